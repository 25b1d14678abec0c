package io.recoverydesk.casework;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import io.recoverydesk.kernel.TenantId;

/**
 * The work queues as the allocation run reads and rewrites them: who works which account,
 * which of those a person pinned, and the creditors each agent may work.
 */
public interface WorkAssignments {

    /** Every assignment of the tenant, by account id. */
    Map<UUID, Held> all(TenantId tenant);

    /** Who works the account now; empty when nobody does. */
    java.util.Optional<String> holder(TenantId tenant, UUID accountId);

    /**
     * The creditor codes each enabled agent may see; an agent who may see every creditor
     * maps to {@link AgentScope#ALL}. Unknown or disabled users are absent.
     */
    Map<String, AgentScope> scopes(TenantId tenant, Collection<String> agents);

    /**
     * Makes the queues follow a plan, in the caller's transaction: each placement adds or
     * moves the account to its agent (a lease in progress is never broken: such an
     * account stays where it is until the next run) or refreshes its priority; every
     * assignment that is neither pinned nor placed is released. Pinned assignments never
     * change. One audit entry tells the counts.
     */
    Applied apply(TenantId tenant, String actor, List<Placement> placements, Instant now);

    /** An assignment: the agent, whether a person pinned it, and its lease end if any. */
    record Held(String agent, boolean pinned, Instant leasedUntil) {
    }

    /** Which creditors an agent may see; {@code all} for every creditor. */
    record AgentScope(boolean all, Set<String> creditors) {

        public static final AgentScope ALL = new AgentScope(true, Set.of());

        public AgentScope {
            creditors = Set.copyOf(creditors);
        }

        public boolean sees(String creditor) {
            return all || creditors.contains(creditor);
        }

    }

    /** Where an account goes, with the queue priority to store. */
    record Placement(UUID accountId, String agent, BigDecimal priority, List<String> reasons) {

        public Placement {
            reasons = List.copyOf(reasons);
        }

    }

    /**
     * What {@link #apply} did: new assignments, moves, unchanged (priority refreshed),
     * released, and moves or releases left for a lease in progress.
     */
    record Applied(int added, int moved, int kept, int released, int skippedLeased) {
    }

}
