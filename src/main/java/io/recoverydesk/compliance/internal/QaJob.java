package io.recoverydesk.compliance.internal;

import java.time.Clock;
import java.time.Duration;

import io.recoverydesk.kernel.TenantId;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Samples each tenant's last completed week (in the tenant's zone) for QA. It runs daily
 * so that every zone's week is sampled soon after it ends; sampling is idempotent, so the
 * later runs of a week add nothing (or only contacts reported late).
 */
@Component
class QaJob {

    private static final Logger log = LoggerFactory.getLogger(QaJob.class);

    private final QaSampler sampler;

    private final QaStore store;

    private final Clock clock;

    QaJob(QaSampler sampler, QaStore store, Clock clock) {
        this.sampler = sampler;
        this.store = store;
        this.clock = clock;
    }

    @Scheduled(cron = "${rd.qa.sampling-cron:0 20 2 * * *}", zone = "UTC")
    void sampleLastWeek() {
        for (TenantId tenant : store.tenantsWithContacts(clock.instant().minus(Duration.ofDays(16)))) {
            try {
                sampler.sample(tenant, QaRoles.SYSTEM, sampler.lastCompletedWeek(tenant));
            }
            catch (RuntimeException ex) {
                log.warn("QA sampling failed for tenant {}", tenant.value(), ex);
            }
        }
    }

}
