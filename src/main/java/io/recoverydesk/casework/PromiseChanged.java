package io.recoverydesk.casework;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

import io.recoverydesk.kernel.TenantId;

/**
 * A promise to pay was made or changed status (PENDING, KEPT, PARTIALLY_KEPT, BROKEN,
 * CANCELLED); persisted in the event publication registry for KPIs and incentives.
 * {@code amount} is the promised total, {@code paid} what counted towards it,
 * {@code dueDate} the last installment's date.
 */
public record PromiseChanged(TenantId tenant, UUID promiseId, UUID accountId, String status, BigDecimal amount,
        BigDecimal paid, String currency, LocalDate dueDate, String agent, String changedBy) {
}
