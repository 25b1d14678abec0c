package io.recoverydesk.casework.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
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
import static io.recoverydesk.identity.Role.TEAM_LEAD;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * End to end with the real payments module: a payment posted over HTTP keeps a promise,
 * its reversal reopens it; an approved settlement paid in full is written off and the
 * account becomes SETTLED.
 */
class ArrangementPaymentsIT extends IntegrationTest {

    static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

    TestTenant tenant;

    Api agent;

    Api manager;

    LocalDate today;

    Instant start;

    @BeforeEach
    void setUp() {
        today = LocalDate.now(SHANGHAI).plusDays(1);
        start = today.atTime(10, 0).atZone(SHANGHAI).toInstant();
        clock.set(start);
        tenant = tenants.create();
        agent = api(tenant.user(AGENT));
        manager = api(tenant.user(MANAGER));
    }

    String promiseStatus(String account) {
        return manager.get("/api/v1/accounts/" + account + "/promises")
            .json()
            .get("items")
            .get(0)
            .get("status")
            .asString();
    }

    String accountStatus(String account) {
        return manager.get("/api/v1/accounts/" + account).json().get("status").asString();
    }

    @Test
    void aPostedPaymentKeepsThePromiseAndItsReversalReopensIt() {
        String account = importAccount(tenant, "C1", "EP-1", csv("EP-1", "王芳", "13800138031", "1000"));
        assertThat(agent
            .post("/api/v1/accounts/" + account + "/promises", Map.of("amount", "500", "dueDate", today.plusDays(3)))
            .status()).isEqualTo(201);
        clock.set(start.plusSeconds(600));
        JsonNode payment = pay(manager, account, "500.00", start.plusSeconds(60));
        await("promise kept", () -> promiseStatus(account).equals("KEPT"));
        assertThat(accountStatus(account)).isEqualTo("ACTIVE");

        String paymentId = payment.get("id").asString();
        assertThat(manager.post("/api/v1/payments/" + paymentId + "/reversal", Map.of("reason", "bounced")).status())
            .isIn(200, 201);
        await("promise pending again", () -> promiseStatus(account).equals("PENDING"));
        assertThat(accountStatus(account)).isEqualTo("PROMISED");
    }

    @Test
    void anApprovedSettlementPaidInFullSettlesTheAccount() {
        String account = importAccount(tenant, "C1", "ES-1", csv("ES-1", "张伟", "13800138032", "1000"));
        String id = agent
            .post("/api/v1/accounts/" + account + "/settlements",
                    Map.of("amount", "800", "validUntil", today.plusDays(10), "reason", "lump sum"))
            .json()
            .get("id")
            .asString();
        assertThat(api(tenant.user(TEAM_LEAD)).post("/api/v1/settlements/" + id + "/approve", Map.of()).status())
            .isEqualTo(200);
        clock.set(start.plusSeconds(600));
        pay(manager, account, "800.00", start.plusSeconds(300));
        await("settlement paid",
                () -> manager.get("/api/v1/accounts/" + account + "/settlements")
                    .json()
                    .get("items")
                    .get(0)
                    .get("status")
                    .asString()
                    .equals("PAID"));
        assertThat(accountStatus(account)).isEqualTo("SETTLED");
        assertThat(manager.get("/api/v1/accounts/" + account).json().get("balance").get("total").decimalValue())
            .isZero();
    }

}
