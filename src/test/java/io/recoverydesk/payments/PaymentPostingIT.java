package io.recoverydesk.payments;

import java.util.List;
import java.util.Map;

import io.recoverydesk.Api;
import io.recoverydesk.TestTenant;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import static io.recoverydesk.identity.Role.AGENT;
import static io.recoverydesk.identity.Role.MANAGER;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Posting: allocation in the creditor's order, overpayment as credit, PAID when the
 * balance reaches zero, lookup by creditor ref, the account's payments and balance after
 * them, the event and the audit entries.
 */
class PaymentPostingIT extends PaymentsTestSupport {

    @org.springframework.beans.factory.annotation.Autowired
    RecordedPaymentEvents events;

    TestTenant tenant;

    @BeforeEach
    void setUp() {
        tenant = tenants.create();
    }

    @Test
    void allocatesPenaltyFeesInterestPrincipalByDefault() {
        String account = account(tenant, "C1", "A-1", "1000.00", "100.00", "50.00", "30.00");
        Api.Response posted = pay(tenant, AGENT, body(account, "150.50"));
        assertThat(posted.status()).as(posted.body()).isEqualTo(201);
        JsonNode p = posted.json();
        assertThat(decimal(p.get("applied").get("penalty"))).isEqualByComparingTo("30.00");
        assertThat(decimal(p.get("applied").get("fees"))).isEqualByComparingTo("50.00");
        assertThat(decimal(p.get("applied").get("interest"))).isEqualByComparingTo("70.50");
        assertThat(decimal(p.get("applied").get("principal"))).isEqualByComparingTo("0");
        assertThat(decimal(p.get("credit"))).isEqualByComparingTo("0");
        assertThat(decimal(p.get("balanceAfter"))).isEqualByComparingTo("1029.50");
        assertThat(p.get("statusAfter").asString()).isEqualTo(p.get("statusBefore").asString());

        JsonNode detail = accountJson(tenant, account);
        assertThat(decimal(detail.get("balance").get("total"))).isEqualByComparingTo("1029.50");
        assertThat(decimal(detail.get("balance").get("interest"))).isEqualByComparingTo("29.50");
        assertThat(decimal(detail.get("balance").get("penalty"))).isEqualByComparingTo("0");
        assertThat(decimal(detail.get("lastPaymentAmount"))).isEqualByComparingTo("150.50");

        JsonNode list = payments(tenant, account);
        assertThat(list.get("payments")).hasSize(1);
        assertThat(list.get("payments").get(0).get("id").asString()).isEqualTo(p.get("id").asString());
        assertThat(decimal(list.get("balance"))).isEqualByComparingTo("1029.50");

        long audited = jdbc.sql("select count(*) from audit_entry where tenant_id = ? and action = 'PAYMENT_POSTED'")
            .param(tenant.id().value())
            .query(Long.class)
            .single();
        assertThat(audited).isEqualTo(1);
    }

    @Test
    void aCreditorsOwnOrderIsUsedAndOnlyTheBackOfficeMaySetIt() {
        String account = account(tenant, "C1", "O-1", "1000.00", "100.00", "50.00", "30.00");
        Map<String, Object> order = Map.of("order", List.of("PRINCIPAL", "INTEREST", "FEES", "PENALTY"));
        assertThat(api(tenant.user(AGENT)).put("/api/v1/creditors/C1/allocation-order", order).status()).isEqualTo(403);
        Api.Response set = api(tenant.user(MANAGER)).put("/api/v1/creditors/C1/allocation-order", order);
        assertThat(set.status()).as(set.body()).isEqualTo(200);
        assertThat(api(tenant.user(MANAGER))
            .put("/api/v1/creditors/C1/allocation-order", Map.of("order", List.of("PRINCIPAL", "PRINCIPAL")))
            .status()).isEqualTo(422);
        assertThat(
                api(tenant.user(MANAGER)).get("/api/v1/creditors/C1/allocation-order").json().get("order").toString())
            .isEqualTo("[\"PRINCIPAL\",\"INTEREST\",\"FEES\",\"PENALTY\"]");

        JsonNode p = pay(tenant, AGENT, body(account, "1050")).json();
        assertThat(decimal(p.get("applied").get("principal"))).isEqualByComparingTo("1000");
        assertThat(decimal(p.get("applied").get("interest"))).isEqualByComparingTo("50");
        assertThat(decimal(p.get("applied").get("fees"))).isEqualByComparingTo("0");
        assertThat(decimal(p.get("applied").get("penalty"))).isEqualByComparingTo("0");
    }

    @Test
    void anOverpaymentClosesTheAccountAsPaidAndKeepsTheRestAsCredit() {
        String account = account(tenant, "C1", "P-1", "500.00", "20.00", "0", "0");
        JsonNode p = pay(tenant, AGENT, body(account, "600.00")).json();
        assertThat(decimal(p.get("credit"))).isEqualByComparingTo("80.00");
        assertThat(decimal(p.get("balanceAfter"))).isEqualByComparingTo("0");
        assertThat(p.get("statusAfter").asString()).isEqualTo("PAID");
        JsonNode detail = accountJson(tenant, account);
        assertThat(detail.get("status").asString()).isEqualTo("PAID");
        assertThat(decimal(detail.get("balance").get("principal"))).isEqualByComparingTo("0");
        assertThat(decimal(payments(tenant, account).get("credit"))).isEqualByComparingTo("80.00");

        // a later payment on the paid account is all credit; parts stay at zero
        JsonNode more = pay(tenant, AGENT, body(account, "10")).json();
        assertThat(decimal(more.get("credit"))).isEqualByComparingTo("10");
        assertThat(more.get("statusAfter").asString()).isEqualTo("PAID");
        assertThat(decimal(payments(tenant, account).get("credit"))).isEqualByComparingTo("90.00");
        long history = jdbc
            .sql("select count(*) from account_status_change where tenant_id = ? and account_id = ?"
                    + " and to_status = 'PAID'")
            .params(tenant.id().value(), java.util.UUID.fromString(account))
            .query(Long.class)
            .single();
        assertThat(history).isEqualTo(1);
    }

    @Test
    void anExactPaymentByCreditorRefClosesTheAccountWithoutCredit() {
        String account = account(tenant, "C1", "R-1", "99.99", "0.01", "0", "0");
        Map<String, Object> body = body(null, "100");
        body.remove("accountId");
        body.put("creditorCode", "C1");
        body.put("creditorRef", "R-1");
        body.put("paidAt", "2026-03-01");
        body.put("reference", "BANK-0001");
        Api.Response posted = pay(tenant, AGENT, body);
        assertThat(posted.status()).as(posted.body()).isEqualTo(201);
        assertThat(posted.json().get("accountId").asString()).isEqualTo(account);
        assertThat(posted.json().get("statusAfter").asString()).isEqualTo("PAID");
        assertThat(decimal(posted.json().get("credit"))).isEqualByComparingTo("0");
        assertThat(posted.json().get("paidAt").asString()).isEqualTo("2026-03-01T15:59:59Z");
        assertThat(accountJson(tenant, account).get("lastPaymentDate").asString()).isEqualTo("2026-03-01");

        // the same reference for the creditor again, under another key, is a conflict
        Api.Response again = pay(tenant, AGENT, body);
        assertThat(again.status()).as(again.body()).isEqualTo(409);
        assertThat(again.body()).contains("duplicate-reference");
    }

    @Test
    void thePostingIsPublishedAfterCommitThroughTheEventRegistry() {
        String account = account(tenant, "C1", "E-1", "100", "0", "0", "0");
        JsonNode p = pay(tenant, AGENT, body(account, "40")).json();
        PaymentPosted event = events.await(PaymentPosted.class,
                e -> e.paymentId().toString().equals(p.get("id").asString()));
        assertThat(event.accountId().toString()).isEqualTo(account);
        assertThat(event.creditorCode()).isEqualTo("C1");
        assertThat(event.amount()).isEqualByComparingTo("40");
        assertThat(event.applied()).isEqualByComparingTo("40");
        assertThat(event.balanceAfter()).isEqualByComparingTo("60");
        assertThat(event.tenant()).isEqualTo(tenant.id());
        // one publication per listening module (this test's recorder is one of them),
        // deleted once its listener completed (ADR 0021)
        String sql = "select count(*) from event_publication where serialized_event like ? and listener_id like ?";
        long left = 1;
        for (int i = 0; i < 100 && left != 0; i++) {
            left = jdbc.sql(sql)
                .params("%" + p.get("id").asString() + "%", "%RecordedPaymentEvents%")
                .query(Long.class)
                .single();
            sleep(50);
        }
        assertThat(left).as("the publication is gone once the listener ran").isZero();
    }

    static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        }
        catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
        }
    }

}
