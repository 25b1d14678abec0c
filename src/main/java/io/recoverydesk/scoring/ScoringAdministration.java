package io.recoverydesk.scoring;

import io.recoverydesk.kernel.TenantId;

/** Scoring on behalf of the system (demo seed, jobs). */
public interface ScoringAdministration {

    /**
     * Trains a new model version on the tenant's history and scores the open accounts
     * with it; answers the version, or 0 when the history is too thin to train on.
     */
    int trainAndScore(TenantId tenant, String actor);

}
