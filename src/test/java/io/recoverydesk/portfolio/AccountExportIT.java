package io.recoverydesk.portfolio;

import java.nio.charset.StandardCharsets;
import java.util.Map;

import io.recoverydesk.Api;
import io.recoverydesk.IntegrationTest;
import io.recoverydesk.TestTenant;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static io.recoverydesk.identity.Role.ADMIN;
import static io.recoverydesk.identity.Role.AGENT;
import static io.recoverydesk.identity.Role.COMPLIANCE;
import static io.recoverydesk.identity.Role.MANAGER;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Exporting accounts: masked for managers, in full only for admins and compliance
 * officers, never for agents; every export audited; spreadsheet formulas defused.
 */
class AccountExportIT extends IntegrationTest {

    TestTenant tenant;

    @BeforeEach
    void importAccounts() {
        tenant = tenants.create();
        String csv = "creditor_ref,debtor_name,national_id,phone_1,email,principal,first_delinquency_date\n"
                + "EX-1,赵敏,110101199003074514,13800138000,zm@example.com,1000,2026-01-15\n"
                + "EX-2,=HYPERLINK(\"x\"),,13900139000,,50.5,2026-02-01\n";
        assertThat(api(tenant.user(MANAGER))
            .upload("/api/v1/placements", Map.of("creditor", "C1"), "ex.csv", csv.getBytes(StandardCharsets.UTF_8))
            .status()).isEqualTo(201);
    }

    long audits(String action) {
        return jdbc.sql("select count(*) from audit_entry where tenant_id = ? and action = ?")
            .params(tenant.id().value(), action)
            .query(Long.class)
            .single();
    }

    @Test
    void managersExportMaskedPersonalData() {
        Api.Response masked = api(tenant.user(MANAGER)).get("/api/v1/accounts/export.csv");
        assertThat(masked.status()).isEqualTo(200);
        assertThat(masked.body()).contains("\"EX-1\"", "**************4514", "+86 138****8000", "z***@example.com")
            .doesNotContain("110101199003074514")
            .doesNotContain("13800138000");
        assertThat(masked.body()).contains("\"'=HYPERLINK(\"\"x\"\")\"");
        assertThat(audits("ACCOUNTS_EXPORTED")).isEqualTo(1);
        assertThat(api(tenant.user(MANAGER)).get("/api/v1/accounts/export.csv?full=true").status()).isEqualTo(403);
    }

    @Test
    void onlyAdminsAndComplianceExportFullPersonalDataAndItIsAudited() {
        Api.Response full = api(tenant.user(COMPLIANCE)).get("/api/v1/accounts/export.csv?full=true&q=赵敏");
        assertThat(full.status()).isEqualTo(200);
        assertThat(full.body()).contains("110101199003074514", "+8613800138000", "zm@example.com")
            .doesNotContain("EX-2");
        assertThat(audits("PII_EXPORTED")).isEqualTo(1);
        assertThat(jdbc.sql("select details from audit_entry where tenant_id = ? and action = 'PII_EXPORTED'")
            .param(tenant.id().value())
            .query(String.class)
            .single()).startsWith("1 accounts");
        assertThat(api(tenant.user(ADMIN)).get("/api/v1/accounts/export.csv?full=true").status()).isEqualTo(200);
        assertThat(api(tenant.user(AGENT)).get("/api/v1/accounts/export.csv").status()).isEqualTo(403);
    }

}
