package io.recoverydesk.payments;

import java.util.Map;

import io.recoverydesk.Api;
import io.recoverydesk.TestTenant;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;

import static io.recoverydesk.identity.Role.AGENT;
import static io.recoverydesk.identity.Role.MANAGER;
import static io.recoverydesk.identity.Role.TEAM_LEAD;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Reversal: restores exactly what the payment paid (also with later payments in between),
 * takes back its credit, reopens a PAID account, undoes the write-off of a SETTLED one,
 * at most once, audited and published.
 */
class ReversalIT extends PaymentsTestSupport {

    @Autowired
    RecordedPaymentEvents events;

    @Autowired
    PaymentLedger ledger;

    TestTenant tenant;

    @BeforeEach
    void setUp() {
        tenant = tenants.create();
    }

    Api.Response reverse(String paymentId, String reason) {
        return api(tenant.user(TEAM_LEAD)).post("/api/v1/payments/" + paymentId + "/reversal",
                reason == null ? Map.of() : Map.of("reason", reason));
    }

    @Test
    void restoresExactlyWhatThePaymentPaidEvenAfterLaterPayments() {
        String account = account(tenant, "C1", "X-1", "1000.00", "100.00", "50.00", "30.00");
        String first = pay(tenant, AGENT, body(account, "120.00")).json().get("id").asString();
        pay(tenant, AGENT, body(account, "70.00"));
        // first paid penalty 30, fees 50, interest 40; second interest 60, principal 10
        Api.Response reversed = reverse(first, "bounced");
        assertThat(reversed.status()).as(reversed.body()).isEqualTo(200);
        assertThat(reversed.json().get("reversalReason").asString()).isEqualTo("bounced");
        JsonNode balance = accountJson(tenant, account).get("balance");
        assertThat(decimal(balance.get("penalty"))).isEqualByComparingTo("30.00");
        assertThat(decimal(balance.get("fees"))).isEqualByComparingTo("50.00");
        assertThat(decimal(balance.get("interest"))).isEqualByComparingTo("40.00");
        assertThat(decimal(balance.get("principal"))).isEqualByComparingTo("990.00");
        assertThat(decimal(balance.get("total"))).isEqualByComparingTo("1110.00");

        JsonNode list = payments(tenant, account).get("payments");
        assertThat(list).hasSize(2);
        java.util.List<String> reasons = new java.util.ArrayList<>();
        list.forEach(p -> {
            if (!p.get("reversalReason").isNull()) {
                reasons.add(p.get("id").asString() + ":" + p.get("reversalReason").asString());
            }
        });
        assertThat(reasons).containsExactly(first + ":bounced");

        assertThat(events.await(PaymentReversed.class, e -> e.paymentId().toString().equals(first)).balanceAfter())
            .isEqualByComparingTo("1110.00");
        assertThat(jdbc.sql("select count(*) from audit_entry where tenant_id = ? and action = 'PAYMENT_REVERSED'")
            .param(tenant.id().value())
            .query(Long.class)
            .single()).isEqualTo(1);
    }

    @Test
    void theLastPaymentShownGoesBackToWhatTheReversedPaymentReplaced() {
        String account = account(tenant, "C1", "X-LP", "1000.00", "0", "0", "0");
        jdbc.sql("update account set last_payment_date = ?, last_payment_amount = ? where tenant_id = ? and id = ?")
            .params(java.time.LocalDate.of(2026, 10, 1), new java.math.BigDecimal("55.00"), tenant.id().value(),
                    java.util.UUID.fromString(account))
            .update();
        String a = payAt(account, "100.00", 10);
        Object[] afterA = lastPayment(account);
        String b = payAt(account, "30.00", 2);
        Object[] afterB = lastPayment(account);
        String c = payAt(account, "20.00", 5);
        assertThat(lastPayment(account)).as("an older payment does not replace the last one").isEqualTo(afterB);

        assertThat(reverse(c, "bounced").status()).isEqualTo(200);
        assertThat(lastPayment(account)).as("reversing a payment that is not shown changes nothing").isEqualTo(afterB);
        assertThat(reverse(b, "bounced").status()).isEqualTo(200);
        assertThat(lastPayment(account)).as("the payment before it is shown again").isEqualTo(afterA);
        assertThat(reverse(a, "bounced").status()).isEqualTo(200);
        assertThat(lastPayment(account)).as("the creditor's figure from before any posting")
            .isEqualTo(new Object[] { java.time.LocalDate.of(2026, 10, 1), new java.math.BigDecimal("55.00") });

        String fresh = account(tenant, "C1", "X-LP2", "500.00", "0", "0", "0");
        jdbc.sql(
                "update account set last_payment_date = null, last_payment_amount = null where tenant_id = ? and id = ?")
            .params(tenant.id().value(), java.util.UUID.fromString(fresh))
            .update();
        String only = payAt(fresh, "50.00", 1);
        assertThat(lastPayment(fresh)[1]).isEqualTo(new java.math.BigDecimal("50.00"));
        assertThat(reverse(only, "bounced").status()).isEqualTo(200);
        assertThat(lastPayment(fresh)).as("no payment at all again").isEqualTo(new Object[] { null, null });
    }

    private String payAt(String account, String amount, int daysAgo) {
        Map<String, Object> body = new java.util.LinkedHashMap<>(body(account, amount));
        body.put("paidAt", java.time.Instant.now().minus(java.time.Duration.ofDays(daysAgo)).toString());
        Api.Response posted = pay(tenant, AGENT, body);
        assertThat(posted.status()).as(posted.body()).isEqualTo(201);
        return posted.json().get("id").asString();
    }

    private Object[] lastPayment(String account) {
        return jdbc.sql("select last_payment_date, last_payment_amount from account where tenant_id = ? and id = ?")
            .params(tenant.id().value(), java.util.UUID.fromString(account))
            .query((rs,
                    n) -> new Object[] { io.recoverydesk.kernel.SqlValues.date(rs, "last_payment_date"),
                            rs.getBigDecimal("last_payment_amount") == null ? null
                                    : rs.getBigDecimal("last_payment_amount").setScale(2) })
            .single();
    }

    @Test
    void reopensAPaidAccountInItsEarlierStatusAndTakesBackTheCredit() {
        String account = account(tenant, "C1", "X-2", "100.00", "0", "0", "0");
        String before = accountJson(tenant, account).get("status").asString();
        String payment = pay(tenant, AGENT, body(account, "150.00")).json().get("id").asString();
        assertThat(accountJson(tenant, account).get("status").asString()).isEqualTo("PAID");
        assertThat(decimal(payments(tenant, account).get("credit"))).isEqualByComparingTo("50");

        assertThat(reverse(payment, "chargeback").status()).isEqualTo(200);
        JsonNode detail = accountJson(tenant, account);
        assertThat(detail.get("status").asString()).isEqualTo(before);
        assertThat(decimal(detail.get("balance").get("total"))).isEqualByComparingTo("100.00");
        assertThat(decimal(payments(tenant, account).get("credit"))).isEqualByComparingTo("0");
    }

    @Test
    void aPaymentIsReversedAtMostOnceAndOnlyWithAReason() {
        String account = account(tenant, "C1", "X-3", "100.00", "0", "0", "0");
        String payment = pay(tenant, AGENT, body(account, "10.00")).json().get("id").asString();
        assertThat(reverse(payment, null).status()).isEqualTo(422);
        assertThat(reverse(payment, " ").status()).isEqualTo(422);
        assertThat(api(tenant.user(AGENT)).post("/api/v1/payments/" + payment + "/reversal", Map.of("reason", "x"))
            .status()).isEqualTo(403);
        assertThat(reverse(payment, "bounced").status()).isEqualTo(200);
        Api.Response twice = api(tenant.user(MANAGER)).post("/api/v1/payments/" + payment + "/reversal",
                Map.of("reason", "again"));
        assertThat(twice.status()).isEqualTo(409);
        assertThat(twice.body()).contains("already-reversed");
        assertThat(decimal(accountJson(tenant, account).get("balance").get("total"))).isEqualByComparingTo("100.00");
        assertThat(reverse(java.util.UUID.randomUUID().toString(), "x").status()).isEqualTo(404);
    }

    @Test
    void onASettledAccountUndoesTheWriteOffExactlyAndTheSettlementCanBeWrittenOffAgain() {
        String account = account(tenant, "C1", "X-4", "800.00", "150.00", "50.00", "20.00");
        java.util.UUID id = java.util.UUID.fromString(account);
        // pays penalty 20, fees 50, interest 150, principal 380; 420 principal left
        String payment = pay(tenant, AGENT, body(account, "600.00")).json().get("id").asString();
        java.util.UUID settlement = java.util.UUID.randomUUID();
        ledger.writeOffSettled(tenant.id(), "lead", id, settlement, "settled at 60 %");
        assertThat(accountJson(tenant, account).get("status").asString()).isEqualTo("SETTLED");
        assertThat(ledger.writtenOff(tenant.id(), settlement)).isTrue();
        // a payment on the settled account goes to credit: its reversal undoes nothing
        String late = pay(tenant, AGENT, body(account, "5.00")).json().get("id").asString();
        assertThat(reverse(late, "wrong account").status()).isEqualTo(200);
        assertThat(accountJson(tenant, account).get("status").asString()).isEqualTo("SETTLED");
        assertThat(ledger.writtenOff(tenant.id(), settlement)).isTrue();

        Api.Response reversed = reverse(payment, "bounced");
        assertThat(reversed.status()).as(reversed.body()).isEqualTo(200);
        JsonNode detail = accountJson(tenant, account);
        assertThat(detail.get("status").asString()).isEqualTo("ACTIVE");
        JsonNode balance = detail.get("balance");
        assertThat(decimal(balance.get("penalty"))).isEqualByComparingTo("20.00");
        assertThat(decimal(balance.get("fees"))).isEqualByComparingTo("50.00");
        assertThat(decimal(balance.get("interest"))).isEqualByComparingTo("150.00");
        assertThat(decimal(balance.get("principal"))).isEqualByComparingTo("800.00");
        assertThat(ledger.writtenOff(tenant.id(), settlement)).isFalse();
        JsonNode writeOffs = payments(tenant, account).get("writeOffs");
        assertThat(writeOffs).singleElement().satisfies(w -> {
            assertThat(w.get("reversedAt").isNull()).as("marked reversed, kept").isFalse();
            assertThat(decimal(w.get("amount"))).isEqualByComparingTo("420.00");
        });
        assertThat(events.await(PaymentReversed.class, e -> e.paymentId().toString().equals(payment)).balanceAfter())
            .isEqualByComparingTo("1020.00");
        assertThat(jdbc.sql("select count(*) from audit_entry where tenant_id = ? and action = 'WRITE_OFF_REVERSED'")
            .param(tenant.id().value())
            .query(Long.class)
            .single()).isEqualTo(1);

        // paid again: the same settlement is written off again, one write-off stands
        pay(tenant, AGENT, body(account, "600.00"));
        ledger.writeOffSettled(tenant.id(), "lead", id, settlement, "settled at 60 %");
        ledger.writeOffSettled(tenant.id(), "lead", id, settlement, "settled at 60 %");
        assertThat(accountJson(tenant, account).get("status").asString()).isEqualTo("SETTLED");
        assertThat(ledger.writtenOff(tenant.id(), settlement)).isTrue();
        java.util.List<Map<String, Object>> rows = jdbc
            .sql("select amount, reversed_at from write_off where tenant_id = ? and settlement_id = ?")
            .params(tenant.id().value(), settlement)
            .query()
            .listOfRows();
        assertThat(rows).hasSize(2);
        assertThat(rows).filteredOn(r -> r.get("reversed_at") == null)
            .singleElement()
            .satisfies(r -> assertThat((java.math.BigDecimal) r.get("amount")).isEqualByComparingTo("420.00"));
    }

    @Test
    void creditOtherPaymentsLeftPaysWhatAReversalGivesBack() {
        String account = account(tenant, "C1", "X-CR", "80.00", "20.00", "0", "0");
        String first = pay(tenant, AGENT, body(account, "100.00")).json().get("id").asString();
        String second = pay(tenant, AGENT, body(account, "30.00")).json().get("id").asString();
        String third = pay(tenant, AGENT, body(account, "25.00")).json().get("id").asString();
        assertThat(decimal(payments(tenant, account).get("credit"))).isEqualByComparingTo("55.00");

        // the first paid interest 20 and principal 80; the credit of the second and then
        // of
        // the third pays them again in the creditor's order (interest first)
        assertThat(reverse(first, "bounced").status()).isEqualTo(200);
        JsonNode detail = accountJson(tenant, account);
        assertThat(decimal(detail.get("balance").get("interest"))).isEqualByComparingTo("0");
        assertThat(decimal(detail.get("balance").get("principal"))).isEqualByComparingTo("45.00");
        assertThat(detail.get("status").asString()).isNotEqualTo("PAID");
        assertThat(decimal(payments(tenant, account).get("credit"))).isEqualByComparingTo("0");
        JsonNode secondNow = paymentJson(account, second);
        assertThat(decimal(secondNow.get("applied").get("interest"))).isEqualByComparingTo("20.00");
        assertThat(decimal(secondNow.get("applied").get("principal"))).isEqualByComparingTo("10.00");
        assertThat(decimal(secondNow.get("credit"))).isEqualByComparingTo("0");
        assertThat(decimal(paymentJson(account, third).get("applied").get("principal"))).isEqualByComparingTo("25.00");
        assertThat(events.await(PaymentReversed.class, e -> e.paymentId().toString().equals(first)).balanceAfter())
            .isEqualByComparingTo("45.00");
        assertThat(
                jdbc.sql("select count(*) from audit_entry where tenant_id = ? and action = 'PAYMENT_CREDIT_APPLIED'")
                    .param(tenant.id().value())
                    .query(Long.class)
                    .single())
            .isEqualTo(2);

        // reversing a payment whose credit was applied gives back what it pays now
        assertThat(reverse(second, "chargeback").status()).isEqualTo(200);
        detail = accountJson(tenant, account);
        assertThat(decimal(detail.get("balance").get("interest"))).isEqualByComparingTo("20.00");
        assertThat(decimal(detail.get("balance").get("principal"))).isEqualByComparingTo("55.00");
        assertThat(decimal(payments(tenant, account).get("credit"))).isEqualByComparingTo("0");
    }

    @Test
    void anAccountStaysPaidWhenOtherPaymentsCreditCoversWhatTheReversalGivesBack() {
        String account = account(tenant, "C1", "X-CR2", "100.00", "0", "0", "0");
        String first = pay(tenant, AGENT, body(account, "100.00")).json().get("id").asString();
        pay(tenant, AGENT, body(account, "130.00"));
        assertThat(reverse(first, "bounced").status()).isEqualTo(200);
        JsonNode detail = accountJson(tenant, account);
        assertThat(detail.get("status").asString()).isEqualTo("PAID");
        assertThat(decimal(detail.get("balance").get("total"))).isEqualByComparingTo("0");
        assertThat(decimal(payments(tenant, account).get("credit"))).isEqualByComparingTo("30.00");
    }

    private JsonNode paymentJson(String account, String id) {
        for (JsonNode p : payments(tenant, account).get("payments")) {
            if (p.get("id").asString().equals(id)) {
                return p;
            }
        }
        throw new AssertionError("no payment " + id);
    }

}
