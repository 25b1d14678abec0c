package io.recoverydesk.casework.internal;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.recoverydesk.kernel.TenantId;

/**
 * What promises and plans have falling due, for tasks ("promise due today") and for the
 * work queue's priority (promises due now first).
 */
interface DueArrangements {

    /**
     * Open promise installments and plan installments of the tenant that fall due on
     * {@code day} (the tenant's business date).
     */
    List<Due> dueOn(TenantId tenant, LocalDate day);

    /**
     * For each of the accounts, how many open promise or plan installments are due on or
     * before {@code today} and not yet met; accounts with none are absent.
     */
    Map<UUID, Integer> dueNowCounts(TenantId tenant, Collection<UUID> accountIds, LocalDate today);

    /**
     * An installment falling due: {@code kind} PROMISE or PLAN; {@code agent} is who made
     * the arrangement (the task's assignee when the account has no assigned agent).
     */
    record Due(String kind, UUID arrangementId, UUID accountId, LocalDate dueDate, BigDecimal amount, String currency,
            String agent, Instant createdAt) {
    }

}
