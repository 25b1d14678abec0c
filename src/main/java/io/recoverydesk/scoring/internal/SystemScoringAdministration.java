package io.recoverydesk.scoring.internal;

import io.recoverydesk.kernel.BusinessRuleException;
import io.recoverydesk.kernel.TenantId;
import io.recoverydesk.scoring.ScoringAdministration;

import org.springframework.stereotype.Component;

@Component
class SystemScoringAdministration implements ScoringAdministration {

    private final ScoringJobs jobs;

    SystemScoringAdministration(ScoringJobs jobs) {
        this.jobs = jobs;
    }

    @Override
    public int trainAndScore(TenantId tenant, String actor) {
        try {
            return jobs.trainAndScore(tenant, actor).version();
        }
        catch (BusinessRuleException ex) {
            return 0;
        }
    }

}
