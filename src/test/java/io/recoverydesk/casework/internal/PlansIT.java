package io.recoverydesk.casework.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

import io.recoverydesk.Api;
import io.recoverydesk.IntegrationTest;
import io.recoverydesk.TestTenant;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import static io.recoverydesk.casework.internal.ArrangementFixtures.await;
import static io.recoverydesk.casework.internal.ArrangementFixtures.csv;
import static io.recoverydesk.casework.internal.ArrangementFixtures.pay;
import static io.recoverydesk.identity.Role.AGENT;
import static io.recoverydesk.identity.Role.MANAGER;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Payment plans over HTTP: generated and explicit installments, one plan and no promise
 * beside it, the account ON_PLAN, missed installments published once and the plan
 * defaulting after two (with a payment posted over HTTP paying the first).
 */
class PlansIT extends IntegrationTest {

    static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

    TestTenant tenant;

    Api agent;

    Api manager;

    LocalDate today;

    @BeforeEach
    void setUp() {
        today = LocalDate.now(SHANGHAI).plusDays(1);
        clock.set(today.atTime(10, 0).atZone(SHANGHAI).toInstant());
        tenant = tenants.create();
        agent = api(tenant.user(AGENT));
        manager = api(tenant.user(MANAGER));
    }

    String account(String ref) {
        return importAccount(tenant, "C1", ref, csv(ref, "李雷", "13800138012", "1000"));
    }

    JsonNode installments(String account) {
        return agent.get("/api/v1/accounts/" + account + "/plans").json().get("items").get(0).get("installments");
    }

    @Test
    void aPlanSplitsTheTotalExactlyAndPutsTheAccountOnPlan() {
        String account = account("PL-1");
        Api.Response made = agent.post("/api/v1/accounts/" + account + "/plans",
                Map.of("total", "1000", "installments", 3, "frequency", "MONTHLY", "firstDate", today.plusDays(5)));
        assertThat(made.status()).as(made.body()).isEqualTo(201);
        JsonNode parts = made.json().get("installments");
        assertThat(parts).extracting(p -> p.get("amount").decimalValue().toPlainString())
            .containsExactly("333.33", "333.33", "333.34");
        assertThat(parts.get(2).get("dueDate").asString()).isEqualTo(today.plusDays(5).plusMonths(2).toString());
        assertThat(manager.get("/api/v1/accounts/" + account).json().get("status").asString()).isEqualTo("ON_PLAN");
        assertThat(agent.post("/api/v1/accounts/" + account + "/promises", Map.of("amount", "10", "dueDate", today))
            .status()).isEqualTo(409);
        assertThat(agent
            .post("/api/v1/accounts/" + account + "/plans",
                    Map.of("total", "100", "installments", 2, "frequency", "WEEKLY", "firstDate", today))
            .status()).isEqualTo(409);

        String other = account("PL-2");
        Api.Response mismatch = agent.post("/api/v1/accounts/" + other + "/plans",
                Map.of("total", "500", "installments", List.of(Map.of("amount", "200", "dueDate", today),
                        Map.of("amount", "200", "dueDate", today.plusDays(30)))));
        assertThat(mismatch.status()).isEqualTo(422);
        assertThat(mismatch.json().get("type").asString()).endsWith("total-mismatch");
        assertThat(agent
            .post("/api/v1/accounts/" + other + "/plans",
                    Map.of("total", "100", "installments", 2, "frequency", "DAILY", "firstDate", today))
            .status()).isEqualTo(422);
        assertThat(agent
            .post("/api/v1/accounts/" + other + "/plans",
                    Map.of("total", "1000.01", "installments", 2, "frequency", "WEEKLY", "firstDate", today))
            .status()).isEqualTo(422);
        Api.Response explicit = agent.post("/api/v1/accounts/" + other + "/plans", Map.of("installments", List
            .of(Map.of("amount", "200", "dueDate", today), Map.of("amount", "300", "dueDate", today.plusDays(45)))));
        assertThat(explicit.status()).as(explicit.body()).isEqualTo(201);
        assertThat(explicit.json().get("total").decimalValue()).isEqualByComparingTo("500");
        assertThat(agent.get("/api/v1/accounts/" + other + "/plans").json().get("items")).hasSize(1);
    }

    @Test
    void twoMissedInstallmentsDefaultThePlan() {
        String account = account("PL-3");
        String id = agent
            .post("/api/v1/accounts/" + account + "/plans",
                    Map.of("total", "300", "installments", 3, "frequency", "WEEKLY", "firstDate", today))
            .json()
            .get("id")
            .asString();
        Instant paidAt = today.atTime(11, 0).atZone(SHANGHAI).toInstant();
        clock.set(paidAt);
        pay(manager, account, "100.00", paidAt);
        await("first installment paid", () -> installments(account).get(0).get("status").asString().equals("PAID"));
        assertThat(installments(account)).extracting(p -> p.get("status").asString())
            .containsExactly("PAID", "PENDING", "PENDING");
        assertThat(manager.get("/api/v1/accounts/" + account).json().get("status").asString()).isEqualTo("ON_PLAN");

        clock.set(today.plusDays(10).atTime(1, 0).atZone(SHANGHAI).toInstant());
        manager.post("/api/v1/arrangements/daily-check", Map.of());
        JsonNode plan = agent.get("/api/v1/accounts/" + account + "/plans").json().get("items").get(0);
        assertThat(plan.get("status").asString()).isEqualTo("ACTIVE");
        assertThat(plan.get("installments")).extracting(p -> p.get("status").asString())
            .containsExactly("PAID", "MISSED", "PENDING");

        clock.set(today.plusDays(17).atTime(1, 0).atZone(SHANGHAI).toInstant());
        manager.post("/api/v1/arrangements/daily-check", Map.of());
        manager.post("/api/v1/arrangements/daily-check", Map.of());
        plan = agent.get("/api/v1/accounts/" + account + "/plans").json().get("items").get(0);
        assertThat(plan.get("status").asString()).isEqualTo("DEFAULTED");
        assertThat(plan.get("missed").asInt()).isEqualTo(2);
        assertThat(plan.get("paid").decimalValue()).isEqualByComparingTo("100");
        assertThat(manager.get("/api/v1/accounts/" + account).json().get("status").asString()).isEqualTo("ACTIVE");
        JsonNode history = agent.get("/api/v1/accounts/" + account + "/arrangement-history").json().get("items");
        assertThat(history).extracting(h -> h.get("event").asString())
            .containsExactly("DEFAULTED", "INSTALLMENT_MISSED", "INSTALLMENT_MISSED", "CREATED");
        assertThat(agent.post("/api/v1/plans/" + id + "/cancel", Map.of("reason", "x")).status()).isEqualTo(409);

        Api.Response second = agent.post("/api/v1/accounts/" + account + "/plans",
                Map.of("total", "200", "installments", 2, "frequency", "WEEKLY", "firstDate", today.plusDays(17)));
        assertThat(second.status()).as(second.body()).isEqualTo(201);
        JsonNode plans = agent.get("/api/v1/accounts/" + account + "/plans").json().get("items");
        assertThat(plans).extracting(p -> p.get("installments").size()).containsExactly(2, 3);
        assertThat(plans.get(1).get("installments")).extracting(p -> p.get("status").asString())
            .containsExactly("PAID", "MISSED", "MISSED");
    }

}
