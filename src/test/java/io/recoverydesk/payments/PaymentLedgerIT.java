package io.recoverydesk.payments;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import io.recoverydesk.TestTenant;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;

import static io.recoverydesk.identity.Role.AGENT;
import static io.recoverydesk.identity.Role.MANAGER;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * What other modules read and do through {@link PaymentLedger}: paid amounts in a period
 * without reversed payments, the history newest first, and the write-off after a paid
 * settlement (once per settlement).
 */
class PaymentLedgerIT extends PaymentsTestSupport {

    @Autowired
    PaymentLedger ledger;

    @Test
    void paidBetweenCountsUnreversedPaymentsInThePeriod() {
        TestTenant tenant = tenants.create();
        String account = account(tenant, "C1", "L-1", "1000", "0", "0", "0");
        UUID id = UUID.fromString(account);
        clock.set(Instant.parse("2026-05-01T02:00:00Z"));
        pay(tenant, AGENT, body(account, "10.00"));
        String reversed = pay(tenant, AGENT, body(account, "20.00")).json().get("id").asString();
        clock.set(Instant.parse("2026-05-03T02:00:00Z"));
        pay(tenant, AGENT, body(account, "40.00"));
        api(tenant.user(MANAGER)).post("/api/v1/payments/" + reversed + "/reversal", java.util.Map.of("reason", "x"));
        assertThat(ledger.paidBetween(tenant.id(), id, Instant.parse("2026-05-01T00:00:00Z"),
                Instant.parse("2026-05-02T00:00:00Z")))
            .isEqualByComparingTo("10.00");
        assertThat(ledger.paidBetween(tenant.id(), id, Instant.parse("2026-04-01T00:00:00Z"),
                Instant.parse("2026-06-01T00:00:00Z")))
            .isEqualByComparingTo("50.00");
        List<PaymentLedger.Line> history = ledger.history(tenant.id(), id);
        assertThat(history).hasSize(3);
        assertThat(history.get(0).amount()).isEqualByComparingTo("40.00");
        assertThat(history.stream().filter(l -> l.reversedAt() != null).count()).isEqualTo(1);
        // the reversal is credited to who reversed it, not to who posted the payment
        PaymentLedger.Line reversal = history.stream().filter(l -> l.reversedAt() != null).findFirst().orElseThrow();
        assertThat(reversal.postedBy()).isEqualTo(tenant.user(AGENT));
        assertThat(reversal.reversedBy()).isEqualTo(tenant.user(MANAGER));
        assertThat(reversal.reversalReason()).isEqualTo("x");
        assertThat(history.stream().filter(l -> l.reversedAt() == null).map(PaymentLedger.Line::reversedBy))
            .containsOnlyNulls();
    }

    @Test
    void aPaidSettlementWritesOffTheRestOnce() {
        TestTenant tenant = tenants.create();
        String account = account(tenant, "C1", "L-2", "800.00", "150.00", "50.00", "0");
        UUID id = UUID.fromString(account);
        pay(tenant, AGENT, body(account, "600.00"));
        UUID settlement = UUID.randomUUID();
        ledger.writeOffSettled(tenant.id(), "lead", id, settlement, "settled at 60 %");
        ledger.writeOffSettled(tenant.id(), "lead", id, settlement, "settled at 60 %");
        JsonNode detail = accountJson(tenant, account);
        assertThat(detail.get("status").asString()).isEqualTo("SETTLED");
        assertThat(decimal(detail.get("balance").get("total"))).isEqualByComparingTo("0");
        List<PaymentLedger.Line> history = ledger.history(tenant.id(), id);
        assertThat(history).extracting(PaymentLedger.Line::kind).containsExactlyInAnyOrder("PAYMENT", "WRITE_OFF");
        assertThat(history.stream().filter(l -> l.kind().equals("WRITE_OFF")).findFirst().orElseThrow().amount())
            .isEqualByComparingTo("400.00");
        JsonNode view = payments(tenant, account);
        assertThat(view.get("writeOffs")).hasSize(1);
        assertThat(ledger.paidBetween(tenant.id(), id, Instant.EPOCH, Instant.parse("2100-01-01T00:00:00Z")))
            .as("a write-off is not a payment")
            .isEqualByComparingTo("600.00");
        assertThat(jdbc.sql("select count(*) from audit_entry where tenant_id = ? and action = 'BALANCE_WRITTEN_OFF'")
            .param(tenant.id().value())
            .query(Long.class)
            .single()).isEqualTo(1);
    }

}
