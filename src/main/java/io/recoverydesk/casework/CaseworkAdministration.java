package io.recoverydesk.casework;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import io.recoverydesk.kernel.TenantId;

/**
 * Casework on behalf of the system (demo seed, batch jobs): each call acts as the named
 * user of the tenant ({@code actor}, {@code agent}, {@code approver}) and goes through
 * the same services, checks, audit and events as that person's request would.
 */
public interface CaseworkAdministration {

    /**
     * Assigns accounts to an agent as {@code assignedBy} (a team lead for their team's
     * agents, a manager or an admin); the priority is computed as for any assignment.
     * Answers how many were newly assigned.
     */
    int assign(TenantId tenant, String assignedBy, String agent, List<UUID> accountIds);

    /**
     * A promise made by {@code agent} as of {@code asOf} (the present or up to 60 days
     * back: the due dates are checked from that day and only payments made since count).
     */
    UUID promise(TenantId tenant, String agent, UUID accountId, List<Installment> installments, Instant asOf);

    /**
     * A payment plan made by {@code agent} as of {@code asOf}: {@code total} in
     * {@code count} installments (WEEKLY, FORTNIGHTLY or MONTHLY) from {@code firstDate}.
     */
    UUID plan(TenantId tenant, String agent, UUID accountId, BigDecimal total, int count, String frequency,
            LocalDate firstDate, Instant asOf);

    /**
     * A settlement requested by {@code agent} now; answers its id and status (APPROVED
     * when within the agent's own limit, else PENDING_APPROVAL).
     */
    Arrangement requestSettlement(TenantId tenant, String agent, UUID accountId, BigDecimal amount,
            LocalDate validUntil, String reason);

    /** Approves or rejects a pending settlement as {@code approver}. */
    Arrangement decideSettlement(TenantId tenant, String approver, UUID settlementId, boolean approve, String reason);

    /**
     * A task created by {@code createdBy} as of {@code asOf} (the present or up to 60
     * days back; its due time is not before then) — type CALLBACK, FOLLOW_UP,
     * DOCUMENT_REQUEST or CUSTOM; priority HIGH, NORMAL or LOW — for the account's agent.
     */
    UUID task(TenantId tenant, String createdBy, UUID accountId, String type, String title, Instant dueAt,
            String priority, Instant asOf);

    /** A case note written by {@code author} (screened like any note). */
    UUID note(TenantId tenant, String author, UUID accountId, String body);

    /**
     * The daily checks for today (tenant's zone) now rather than at the next scheduled
     * run: promises and plans whose grace ended, expired settlements, PROMISE_DUE tasks
     * for today's installments. Idempotent; answers how many accounts were checked.
     */
    int runDailyChecks(TenantId tenant);

    /** One installment of a promise. */
    record Installment(BigDecimal amount, LocalDate dueDate) {
    }

    /** An arrangement's id and status. */
    record Arrangement(UUID id, String status) {
    }

}
