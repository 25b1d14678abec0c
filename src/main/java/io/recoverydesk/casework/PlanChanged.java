package io.recoverydesk.casework;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

import io.recoverydesk.kernel.TenantId;

/**
 * A payment plan or a settlement was created or changed: {@code kind} PLAN or SETTLEMENT;
 * {@code status} e.g. ACTIVE, COMPLETED, DEFAULTED, INSTALLMENT_MISSED for a plan,
 * PENDING_APPROVAL, APPROVED, REJECTED, PAID for a settlement; persisted in the event
 * publication registry. {@code missedDueDate} is set for INSTALLMENT_MISSED.
 */
public record PlanChanged(TenantId tenant, UUID planId, UUID accountId, String kind, String status, BigDecimal total,
        String currency, LocalDate missedDueDate, String agent, String changedBy) {
}
