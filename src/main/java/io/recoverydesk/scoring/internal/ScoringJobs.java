package io.recoverydesk.scoring.internal;

import io.recoverydesk.identity.Tenants;
import io.recoverydesk.kernel.BusinessRuleException;
import io.recoverydesk.kernel.ConflictException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Retrains every tenant's model on a schedule ({@code rd.scoring.retrain-cron}, weekly by
 * default) and rescores the open accounts every night ({@code rd.scoring.score-cron}) so
 * that the strategy run finds fresh bands; a tenant without enough history is skipped
 * with a log line. Every node may fire: training is one at a time per node and scoring is
 * idempotent (the latest score of an account replaces the earlier one).
 */
@Component
class ScoringJobs {

    private static final Logger log = LoggerFactory.getLogger(ScoringJobs.class);

    private final Tenants tenants;

    private final ModelTraining training;

    private final AccountScoring scoring;

    ScoringJobs(Tenants tenants, ModelTraining training, AccountScoring scoring) {
        this.tenants = tenants;
        this.training = training;
        this.scoring = scoring;
    }

    /** Trains a version and scores the open accounts with it. */
    ModelStore.Version trainAndScore(io.recoverydesk.kernel.TenantId tenant, String actor) {
        ModelStore.Version version = training.train(tenant, actor);
        scoring.scoreAll(tenant);
        return version;
    }

    @Scheduled(cron = "${rd.scoring.retrain-cron:0 0 1 * * SUN}")
    void retrainAll() {
        for (Tenants.Tenant tenant : tenants.all()) {
            try {
                ModelStore.Version version = trainAndScore(tenant.id(), "system");
                log.info("propensity model v{} trained for tenant {}", version.version(), tenant.code());
            }
            catch (BusinessRuleException | ConflictException ex) {
                log.info("no new propensity model for tenant {}: {}", tenant.code(), ex.getMessage());
            }
        }
    }

    @Scheduled(cron = "${rd.scoring.score-cron:0 30 1 * * *}")
    void scoreAll() {
        for (Tenants.Tenant tenant : tenants.all()) {
            int scored = scoring.scoreAll(tenant.id());
            if (scored > 0) {
                log.info("scored {} open accounts of tenant {}", scored, tenant.code());
            }
        }
    }

}
