package io.recoverydesk.payments;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

import io.recoverydesk.kernel.TenantId;

/**
 * A posted payment was reversed (bounced, chargeback): the balance parts it paid are
 * restored; persisted in the event publication registry.
 */
public record PaymentReversed(TenantId tenant, UUID paymentId, UUID accountId, String creditorCode, BigDecimal amount,
        String currency, Instant paidAt, BigDecimal balanceAfter, String reason, String reversedBy) {
}
