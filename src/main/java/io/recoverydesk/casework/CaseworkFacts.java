package io.recoverydesk.casework;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import io.recoverydesk.kernel.TenantId;

/**
 * Casework as batch work (the strategy run) reads and steers it, a range of account ids
 * at a time.
 */
public interface CaseworkFacts {

    /**
     * The casework state of the accounts with ids from {@code first} to {@code last} (in
     * the database's id order) that have any: the open arrangement, how many callbacks
     * and promise reminders are due at {@code now}, and the assigned agent. Accounts
     * without any are absent.
     */
    Map<UUID, CaseState> between(TenantId tenant, UUID first, UUID last, Instant now);

    /**
     * Sets the queue priority of assigned accounts (others are skipped); answers how many
     * assignments changed.
     */
    int reprioritise(TenantId tenant, List<QueuePriority> priorities);

    /**
     * A task for a treatment step that a person carries out ({@code type} LETTER, VISIT
     * or LEGAL_REVIEW), for the account's agent, due at {@code dueAt}; one per
     * {@code actionId}, so a repeated call adds nothing and answers the same task. Empty
     * when the account has no agent yet (the caller tries again later).
     */
    Optional<UUID> stepTask(TenantId tenant, UUID accountId, UUID actionId, String type, String title, Instant dueAt);

    /**
     * {@code arrangement} is NONE, PROMISE, PLAN or SETTLEMENT (an approved or pending
     * one); {@code agent} is null when unassigned.
     */
    record CaseState(String arrangement, int dueNow, String agent) {

        public static final CaseState NONE = new CaseState("NONE", 0, null);

    }

    /** A queue priority and the reasons a person can read. */
    record QueuePriority(UUID accountId, BigDecimal score, List<String> reasons) {
    }

}
