package io.recoverydesk.strategy.internal;

import java.time.Clock;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;

import io.recoverydesk.identity.Tenants;
import io.recoverydesk.kernel.TenantId;
import jakarta.annotation.PreDestroy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Starts runs on this node: right after a request, every night once the tenant's local
 * time passes {@code rd.strategy.nightly-at}, and for any run whose lease ran out (its
 * node stopped) — at start-up and every {@code rd.strategy.resume-every}. Runs execute
 * one at a time per node on a background thread; the lease decides which node advances a
 * run.
 */
@Component
class RunScheduler {

    private static final Logger log = LoggerFactory.getLogger(RunScheduler.class);

    private final StrategyRuns runs;

    private final RunWorker worker;

    private final Tenants tenants;

    private final Clock clock;

    private final LocalTime nightlyAt;

    private final ExecutorService executor = Executors.newSingleThreadExecutor(r -> {
        Thread thread = new Thread(r, "strategy-run");
        thread.setDaemon(true);
        return thread;
    });

    RunScheduler(StrategyRuns runs, RunWorker worker, Tenants tenants, Clock clock,
            @Value("${rd.strategy.nightly-at:02:00}") LocalTime nightlyAt) {
        this.runs = runs;
        this.worker = worker;
        this.tenants = tenants;
        this.clock = clock;
        this.nightlyAt = nightlyAt;
    }

    /** Queues a run and starts it here; or finds the one under way (its node runs it). */
    StrategyRuns.Requested request(TenantId tenant, String requestedBy, String trigger) {
        StrategyRuns.Requested requested = runs.request(tenant, requestedBy, trigger);
        if (requested.created()) {
            submit(tenant, requested.runId());
        }
        return requested;
    }

    void submit(TenantId tenant, UUID runId) {
        try {
            executor.execute(() -> {
                try {
                    worker.execute(tenant, runId);
                }
                catch (RuntimeException ex) {
                    log.warn("strategy run {} stopped; it resumes when its lease runs out", runId, ex);
                }
            });
        }
        catch (RejectedExecutionException ex) {
            log.info("strategy run {} not started: shutting down", runId);
        }
    }

    @Scheduled(cron = "${rd.strategy.nightly-cron:0 5,35 * * * *}")
    void nightly() {
        for (Tenants.Tenant tenant : tenants.all()) {
            ZonedDateTime local = clock.instant().atZone(tenant.zone());
            if (!local.toLocalTime().isBefore(nightlyAt)) {
                request(tenant.id(), "system", "NIGHTLY");
            }
        }
    }

    @EventListener(ApplicationReadyEvent.class)
    @Scheduled(fixedDelayString = "${rd.strategy.resume-every:PT1M}", initialDelayString = "PT1M")
    void resumeOrphans() {
        for (Object[] orphan : runs.orphans(clock.instant())) {
            submit((TenantId) orphan[0], (UUID) orphan[1]);
        }
    }

    @PreDestroy
    void stop() {
        executor.shutdownNow();
    }

}
