package io.recoverydesk.strategy.internal;

import java.util.UUID;

import io.recoverydesk.kernel.TenantId;
import io.recoverydesk.strategy.StrategyAdministration;

import org.springframework.stereotype.Component;

@Component
class SystemStrategyAdministration implements StrategyAdministration {

    private final StrategyRuns runs;

    private final RunWorker worker;

    SystemStrategyAdministration(StrategyRuns runs, RunWorker worker) {
        this.runs = runs;
        this.worker = worker;
    }

    @Override
    public UUID runNow(TenantId tenant, String actor) {
        StrategyRuns.Requested requested = runs.request(tenant, actor, "MANUAL");
        if (requested.created()) {
            worker.execute(tenant, requested.runId());
        }
        return requested.runId();
    }

}
