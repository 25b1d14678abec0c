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

    /**
     * What was paid from the start of the day of {@code since} (in the tenant's zone) up
     * to {@code to}: payments are often booked by date alone (a bank file, the posting
     * form), which puts them at midnight; a promise made at ten counts the payment booked
     * for that day.
     */
    BigDecimal paidSinceDayOf(TenantId tenant, UUID accountId, Instant since, java.time.ZoneId zone, Instant to) {
        return paidBetween(tenant, accountId, java.time.LocalDate.ofInstant(since, zone).atStartOfDay(zone).toInstant(),
                to);
    }

    /** Whether a write-off of the settlement stands (not undone by a reversal). */
    boolean writtenOff(TenantId tenant, UUID settlementId) {
        return ledger.getObject().writtenOff(tenant, settlementId);
    }

    void writeOffSettled(TenantId tenant, String actor, UUID accountId, UUID settlementId, String reason) {
        ledger.getObject().writeOffSettled(tenant, actor, accountId, settlementId, reason);
    }

}
