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
     * What a run did: accounts placed (of which new to the queues, moved, unchanged),
     * assignments released, accounts left unplaced with a reason, and accounts needing a
     * person beyond the team's capacity that the run did not consider.
     */
    record Summary(UUID runId, int placed, int added, int moved, int kept, int released, int unassigned, long waiting) {
    }

}
