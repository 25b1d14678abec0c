package io.recoverydesk.strategy;

import java.util.UUID;

import io.recoverydesk.kernel.TenantId;

/** The strategy run on behalf of the system (demo seed). */
public interface StrategyAdministration {

    /**
     * Runs the strategy in effect over the tenant's open accounts now, in the caller's
     * thread, and answers the run's id (the one under way if there is one).
     */
    UUID runNow(TenantId tenant, String actor);

}
