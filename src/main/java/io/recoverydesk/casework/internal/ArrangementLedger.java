package io.recoverydesk.casework.internal;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

import io.recoverydesk.kernel.TenantId;
import io.recoverydesk.payments.PaymentLedger;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * The payments module's ledger, looked up when first needed rather than at start-up:
 * promises and plans are created without it, and it is only read when payments exist to
 * evaluate.
 */
@Component
class ArrangementLedger {

    private final ObjectProvider<PaymentLedger> ledger;

    ArrangementLedger(ObjectProvider<PaymentLedger> ledger) {
        this.ledger = ledger;
    }

    BigDecimal paidBetween(TenantId tenant, UUID accountId, Instant from, Instant to) {
        if (!to.isAfter(from)) {
            return BigDecimal.ZERO;
        }
        return ledger.getObject().paidBetween(tenant, accountId, from, to);
    }

    /** Whether a write-off of the settlement stands (not undone by a reversal). */
    boolean writtenOff(TenantId tenant, UUID settlementId) {
        return ledger.getObject().writtenOff(tenant, settlementId);
    }

    void writeOffSettled(TenantId tenant, String actor, UUID accountId, UUID settlementId, String reason) {
        ledger.getObject().writeOffSettled(tenant, actor, accountId, settlementId, reason);
    }

}
