package io.recoverydesk.portfolio;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import io.recoverydesk.Api;
import io.recoverydesk.IntegrationTest;
import io.recoverydesk.TestTenant;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import static io.recoverydesk.identity.Role.AGENT;
import static io.recoverydesk.identity.Role.MANAGER;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A debtor shared by two creditors of a tenant: a user scoped to one creditor sees only
 * what that creditor supplied (contact points, national id, birth date), in the account
 * view, the search and the reveals.
 */
class SharedDebtorScopeIT extends IntegrationTest {

    static final String HEADER = "creditor_ref,debtor_name,national_id,birth_date,phone_1,phone_2,email,principal,first_delinquency_date\n";

    TestTenant tenant;

    Api manager;

    Api agent;

    @BeforeEach
    void importSharedDebtor() {
        tenant = tenants.create();
        manager = api(tenant.user(MANAGER));
        agent = api(tenant.user(AGENT)); // team T1 serves C1 only
        // C2 knows the national id, the birth date, a second phone and an email.
        upload("C2",
                "C2-1,王小明,110101199003074514,1990-03-07,13800138000,13911112222,wxm@example.com,1000,2026-01-15\n");
        // C1 knows only the name and the shared phone: matched to the same debtor.
        upload("C1", "C1-1,王小明,,,13800138000,,,2000,2026-02-01\n");
    }

    void upload(String creditor, String row) {
        JsonNode report = manager
            .upload("/api/v1/placements", Map.of("creditor", creditor), creditor + ".csv",
                    (HEADER + row).getBytes(StandardCharsets.UTF_8))
            .json();
        assertThat(report.get("status").asString()).isEqualTo("COMPLETED");
    }

    JsonNode account(Api api, String ref) {
        String id = api.get("/api/v1/accounts?ref=" + ref).json().get("items").get(0).get("id").asString();
        return api.get("/api/v1/accounts/" + id).json();
    }

    static List<String> contactValues(JsonNode account) {
        List<String> values = new ArrayList<>();
        account.get("contactPoints").forEach(cp -> values.add(cp.toString()));
        return values;
    }

    @Test
    void bothCreditorsAccountsShareOneDebtor() {
        assertThat(account(manager, "C1-1").get("debtor").get("id"))
            .isEqualTo(account(manager, "C2-1").get("debtor").get("id"));
        assertThat(account(manager, "C2-1").get("contactPoints")).hasSize(3);
    }

    @Test
    void scopedUserSeesOnlyTheContactPointsItsCreditorSupplied() {
        JsonNode seen = account(agent, "C1-1");
        assertThat(seen.get("contactPoints")).hasSize(1);
        assertThat(contactValues(seen).get(0)).contains("8000").doesNotContain("2222");
        JsonNode all = account(manager, "C2-1");
        all.get("contactPoints").forEach(cp -> {
            int status = agent.post("/api/v1/contact-points/" + cp.get("id").asString() + "/reveal", Map.of()).status();
            boolean shared = cp.toString().contains("8000");
            assertThat(status).as(cp.toString()).isEqualTo(shared ? 200 : 404);
        });
    }

    @Test
    void scopedUserDoesNotSeeAnIdentityAnotherCreditorSupplied() {
        JsonNode seen = account(agent, "C1-1");
        assertThat(seen.get("debtor").get("nationalIdMasked").isNull()).isTrue();
        String debtorId = seen.get("debtor").get("id").asString();
        assertThat(agent.post("/api/v1/debtors/" + debtorId + "/national-id/reveal", Map.of()).status()).isEqualTo(404);
        assertThat(manager.post("/api/v1/debtors/" + debtorId + "/national-id/reveal", Map.of()).status())
            .isEqualTo(200);
    }

    @Test
    void searchDoesNotMatchOnAnotherCreditorsData() {
        assertThat(agent.get("/api/v1/accounts?q=4514").json().get("total").asLong()).isZero();
        assertThat(agent.get("/api/v1/accounts?q=13911112222").json().get("total").asLong()).isZero();
        assertThat(agent.get("/api/v1/accounts?q=13800138000").json().get("total").asLong()).isEqualTo(1);
        assertThat(manager.get("/api/v1/accounts?q=4514").json().get("total").asLong()).isEqualTo(2);
    }

}
