package io.recoverydesk.payments;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

import io.recoverydesk.kernel.TenantId;

/**
 * A payment was posted to an account (persisted in the event publication registry; KPI,
 * promises, plans and settlements listen). {@code applied} went to the balance parts,
 * {@code credit} is the overpayment kept as a credit; {@code balanceAfter} is the
 * account's outstanding balance after the posting.
 */
public record PaymentPosted(TenantId tenant, UUID paymentId, UUID accountId, String creditorCode, BigDecimal amount,
        String currency, Instant paidAt, BigDecimal applied, BigDecimal credit, BigDecimal balanceAfter,
        String postedBy) {
}
