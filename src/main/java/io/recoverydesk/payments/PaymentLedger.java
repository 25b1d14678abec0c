package io.recoverydesk.payments;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import io.recoverydesk.kernel.TenantId;

/**
 * What other modules read of an account's payments, and the write-off that closes a
 * settled account. Callers check the user's visibility of the account first.
 */
public interface PaymentLedger {

    /**
     * The sum of the account's payments with {@code from <= paidAt < to} that are not
     * reversed (promises and plans are measured by it).
     */
    BigDecimal paidBetween(TenantId tenant, UUID accountId, Instant from, Instant to);

    /** The account's postings, reversals and write-offs, newest first. */
    List<Line> history(TenantId tenant, UUID accountId);

    /**
     * Writes off the account's remaining balance after a settlement was paid: every part
     * goes to zero, the amount is recorded as a write-off (not as a payment) and the
     * account becomes SETTLED; audited. Doing it twice writes nothing the second time.
     */
    void writeOffSettled(TenantId tenant, String actor, UUID accountId, UUID settlementId, String reason);

    /**
     * One line of an account's money history: {@code kind} PAYMENT or WRITE_OFF;
     * {@code reversedAt}/{@code reversedBy}/{@code reversalReason} set when a payment was
     * reversed ({@code reversedBy} is who reversed it, not who posted it).
     */
    record Line(UUID id, String kind, BigDecimal amount, String currency, Instant paidAt, String method,
            String reference, String postedBy, Instant postedAt, Instant reversedAt, String reversedBy,
            String reversalReason) {
    }

}
