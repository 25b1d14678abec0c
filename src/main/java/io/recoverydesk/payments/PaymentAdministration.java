package io.recoverydesk.payments;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

import io.recoverydesk.kernel.TenantId;

/**
 * Posting, reversing and importing payments on behalf of the system (demo seed, batch
 * jobs): the same checks, allocation, audit and events as a person's posting through the
 * API, performed as a tenant-wide system user named {@code actor}.
 */
public interface PaymentAdministration {

    /**
     * Posts a payment in the account's currency ({@code paidAt} not in the future);
     * {@code reference} (unique per creditor) also serves as the idempotency key, so
     * posting the same payment twice posts it once. Answers the payment's id.
     */
    UUID post(TenantId tenant, String actor, UUID accountId, BigDecimal amount, Instant paidAt, String method,
            String reference);

    /**
     * Posts several payments in one transaction, all or none (e.g. the lines of a
     * statement for one account): whoever listens to {@link PaymentPosted} after the
     * commit sees them together. Answers the payments' ids in order.
     */
    java.util.List<UUID> postAll(TenantId tenant, String actor, java.util.List<NewPayment> payments);

    /** A payment for {@link #postAll}: as for {@link #post}. */
    record NewPayment(UUID accountId, BigDecimal amount, Instant paidAt, String method, String reference) {
    }

    /** Reverses a posted payment (bounced, chargeback) with a reason. */
    void reverse(TenantId tenant, String actor, UUID paymentId, String reason);

    /**
     * Imports a payment file (CSV: creditor_ref, amount, paid_at, reference[, method])
     * for a creditor; rows matching no account wait for manual matching.
     */
    FileSummary importFile(TenantId tenant, String actor, String creditorCode, String fileName, byte[] content);

    /** What an imported payment file did. */
    record FileSummary(int rows, int posted, int duplicates, int unmatched, int errors) {
    }

}
