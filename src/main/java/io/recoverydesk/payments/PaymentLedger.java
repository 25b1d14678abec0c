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

    /**
     * Payments not reversed of the accounts with ids from {@code first} to {@code last}
     * (in the database's id order) paid in {@code [from, to)}: how many, how much, the
     * latest; accounts without any are absent. For batch work (propensity features).
     */
    java.util.Map<UUID, PaymentStats> paymentStats(TenantId tenant, UUID first, UUID last, Instant from, Instant to);

    /** Payments in a period. */
    record PaymentStats(int count, BigDecimal amount, Instant lastPaidAt) {
    }

    /** The account's postings, reversals and write-offs, newest first. */
    List<Line> history(TenantId tenant, UUID accountId);

    /**
     * Writes off the account's remaining balance after a settlement was paid: every part
     * goes to zero, the amount is recorded as a write-off (not as a payment) and the
     * account becomes SETTLED; audited. Doing it twice writes nothing the second time. A
     * write-off undone by the reversal of a payment on the SETTLED account (the parts it
     * zeroed restored, the account reopened ACTIVE) no longer counts: the settlement paid
     * again is written off again.
     */
    void writeOffSettled(TenantId tenant, String actor, UUID accountId, UUID settlementId, String reason);

    /**
     * Whether the settlement's rest is written off now: a write-off of it exists and was
     * not undone by a reversal.
     */
    boolean writtenOff(TenantId tenant, UUID settlementId);

    /**
     * One line of an account's money history: {@code kind} PAYMENT or WRITE_OFF;
     * {@code reversedAt}/{@code reversedBy}/{@code reversalReason} set when a payment or
     * a write-off was reversed ({@code reversedBy} is who reversed it, not who posted it;
     * a write-off that stands carries its own reason in {@code reversalReason}).
     */
    record Line(UUID id, String kind, BigDecimal amount, String currency, Instant paidAt, String method,
            String reference, String postedBy, Instant postedAt, Instant reversedAt, String reversedBy,
            String reversalReason) {
    }

}
