package io.recoverydesk;

import io.recoverydesk.identity.Role;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

class AuditChainIT extends IntegrationTest {

    @Test
    void theChainVerifiesAndATamperedRowIsNamed() {
        TestTenant tenant = tenants.create();
        Api admin = api(tenant.user(Role.ADMIN));
        admin.post("/api/v1/creditors", java.util.Map.of("code", "AUD", "name", "Audited creditor"));

        JsonNode ok = admin.get("/api/v1/audit/verify").json();
        assertThat(ok.get("valid").asBoolean()).isTrue();
        long entries = ok.get("entries").asLong();
        assertThat(entries).isGreaterThanOrEqualTo(13);

        jdbc.sql("update audit_entry set actor = 'mallory' where tenant_id = ? and seq = 5")
            .param(tenant.id().value())
            .update();
        JsonNode broken = api(tenant.user(Role.COMPLIANCE)).get("/api/v1/audit/verify").json();
        assertThat(broken.get("valid").asBoolean()).isFalse();
        assertThat(broken.get("firstBrokenEntry").asLong()).isEqualTo(5);
        assertThat(broken.get("problem").asString()).contains("altered");
    }

    @Test
    void aDeletedEntryOrATruncatedTailIsDetected() {
        TestTenant tenant = tenants.create();
        Api admin = api(tenant.user(Role.ADMIN));
        jdbc.sql("delete from audit_entry where tenant_id = ? and seq = 3").param(tenant.id().value()).update();
        JsonNode gap = admin.get("/api/v1/audit/verify").json();
        assertThat(gap.get("valid").asBoolean()).isFalse();
        assertThat(gap.get("firstBrokenEntry").asLong()).isEqualTo(3);

        TestTenant other = tenants.create();
        long last = jdbc.sql("select max(seq) from audit_entry where tenant_id = ?")
            .param(other.id().value())
            .query(Long.class)
            .single();
        jdbc.sql("delete from audit_entry where tenant_id = ? and seq = ?").params(other.id().value(), last).update();
        JsonNode tail = api(other.user(Role.ADMIN)).get("/api/v1/audit/verify").json();
        assertThat(tail.get("valid").asBoolean()).isFalse();
        assertThat(tail.get("problem").asString()).contains("removed");
    }

    @Test
    void aDeletedChainHeadIsReportedAndAppendsGoOnWithANote() {
        TestTenant tenant = tenants.create();
        Api admin = api(tenant.user(Role.ADMIN));
        jdbc.sql("delete from audit_chain where tenant_id = ?").param(tenant.id().value()).update();
        JsonNode missing = admin.get("/api/v1/audit/verify").json();
        assertThat(missing.get("valid").asBoolean()).isFalse();
        assertThat(missing.get("problem").asString()).contains("head is missing");

        assertThat(admin
            .post("/api/v1/teams", java.util.Map.of("code", "TX", "name", "x", "creditorScopes", java.util.List.of()))
            .status()).isEqualTo(201);
        assertThat(jdbc.sql("select action from audit_entry where tenant_id = ? order by seq desc")
            .param(tenant.id().value())
            .query(String.class)
            .list()).startsWith("TEAM_CREATED", "AUDIT_HEAD_REBUILT");
        assertThat(admin.get("/api/v1/audit/verify").json().get("valid").asBoolean()).isTrue();
    }

    @Test
    void revealsAreAuditedInTheSameTransaction() {
        TestTenant tenant = tenants.create();
        Api manager = api(tenant.user(Role.MANAGER));
        manager.upload("/api/v1/placements", java.util.Map.of("creditor", "C1"), "p.csv",
                ("creditor_ref,debtor_name,national_id,phone_1,principal,first_delinquency_date\n"
                        + "R-1,王芳,110101199003071233,13800138000,100,2026-01-01\n")
                    .getBytes());
        String id = manager.get("/api/v1/accounts?ref=R-1").json().get("items").get(0).get("id").asString();
        JsonNode account = manager.get("/api/v1/accounts/" + id).json();
        String debtor = account.get("debtor").get("id").asString();
        String phone = account.get("contactPoints").get(0).get("id").asString();

        assertThat(manager.post("/api/v1/debtors/" + debtor + "/national-id/reveal", "{}")
            .json()
            .get("nationalId")
            .asString()).isEqualTo("110101199003071233");
        assertThat(manager.post("/api/v1/contact-points/" + phone + "/reveal", "{}").json().get("value").asString())
            .isEqualTo("+8613800138000");
        assertThat(jdbc.sql("select action from audit_entry where tenant_id = ? order by seq desc limit 2")
            .param(tenant.id().value())
            .query(String.class)
            .list()).containsExactly("PHONE_REVEALED", "NATIONAL_ID_REVEALED");
        String stored = jdbc.sql("select national_id_enc from debtor where tenant_id = ? and id = ?")
            .params(tenant.id().value(), java.util.UUID.fromString(debtor))
            .query(String.class)
            .single();
        assertThat(stored).doesNotContain("110101199003071233");
    }

}
