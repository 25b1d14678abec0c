package io.recoverydesk.compliance;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;

import io.recoverydesk.kernel.TenantId;

/**
 * What batch work (the strategy run) needs from compliance, a range of account ids at a
 * time: account-wide holds in force and the last contact.
 */
public interface ComplianceFacts {

    /**
     * The accounts with ids from {@code first} to {@code last} (in the database's id
     * order) that have an account-wide hold in force or any recorded contact; others are
     * absent.
     */
    Map<UUID, ContactState> between(TenantId tenant, UUID first, UUID last);

    /**
     * What the ledger holds of the accounts with ids from {@code first} to {@code last}
     * for contacts started in {@code [from, to)}; accounts without any are absent.
     */
    Map<UUID, ContactStats> contactStats(TenantId tenant, UUID first, UUID last, Instant from, Instant to);

    /**
     * Complaints received in {@code [from, to)} about the accounts with ids from
     * {@code first} to {@code last}; accounts without any are absent.
     */
    Map<UUID, Integer> complaintCounts(TenantId tenant, UUID first, UUID last, Instant from, Instant to);

    /**
     * Contacts in a period: attempts (every ledger entry), conversations (a person was
     * spoken to), promises to pay and refusals among them, and the latest start.
     */
    record ContactStats(int attempts, int conversations, int promises, int refusals, Instant lastAt) {
    }

    /**
     * {@code hold} is the earliest account-wide hold in force (a
     * {@link io.recoverydesk.compliance.policy.HoldType} name) or null;
     * {@code lastContactAt} the start of the latest recorded contact or null, and
     * {@code lastOutcome} its outcome (an
     * {@link io.recoverydesk.compliance.policy.Outcome} name) or null.
     */
    record ContactState(String hold, Instant lastContactAt, String lastOutcome) {
    }

}
