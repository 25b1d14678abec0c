package io.recoverydesk.allocation;

import java.time.LocalDate;
import java.util.UUID;

import io.recoverydesk.kernel.TenantId;

/**
 * The allocation run: places the tenant's open accounts that need a person with the
 * team's agents and rewrites the work queues to match, in the caller's transaction (one
 * run per tenant at a time, cluster-wide).
 */
public interface Allocations {

    /**
     * Allocates for {@code day} as {@code actor}. With a {@code strategyRunId} the
     * allocation belongs to that strategy run and happens once: a repeated call (a
     * resumed run) answers the first allocation and changes nothing.
     */
    Summary allocate(TenantId tenant, String actor, UUID strategyRunId, LocalDate day);

    /**
     * Starts taking in the accounts of a run that reads every open account anyway (the
     * strategy run): reads the roster and today's queues now, then keeps what it is
     * offered within the team's capacity, so that the allocation needs no second pass.
     */
    Intake intake(TenantId tenant, LocalDate day);

    /**
     * As {@link #allocate(TenantId, String, UUID, LocalDate)}, from an intake that was
     * offered every open account of the tenant.
     */
    Summary allocate(TenantId tenant, String actor, UUID strategyRunId, LocalDate day, Intake intake);

    /** Takes in open accounts one by one, in any order, each once. */
    interface Intake {

        /**
         * One open account with what it needs ({@code null}: not placed by the strategy)
         * and its propensity ({@code null}: unscored).
         */
        void offer(io.recoverydesk.portfolio.OpenAccounts.OpenAccount account, WorkDemands.Demand demand,
                java.math.BigDecimal propensity);

    }

    /**
     * Why the account is where it is: its line in the latest allocation run that
     * considered it (within the last runs kept with their lines), if any, in the words of
     * the current request's language.
     */
    java.util.Optional<Explanation> explain(TenantId tenant, UUID accountId);

    /**
     * An account's placement: its agent (null when left unplaced or released), the reason
     * code (an engine reason, an unplaced reason or RELEASED) and the run's words.
     */
    record Explanation(String agent, String reason, String detail, LocalDate runDate) {
    }

    /**
     * What a run did: accounts placed (of which new to the queues, moved, unchanged),
     * assignments released, accounts left unplaced with a reason, and accounts needing a
     * person beyond the team's capacity that the run did not consider.
     */
    record Summary(UUID runId, int placed, int added, int moved, int kept, int released, int unassigned, long waiting) {
    }

}
