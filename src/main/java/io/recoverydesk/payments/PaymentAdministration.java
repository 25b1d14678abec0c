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
