package io.recoverydesk.casework.internal;

import java.lang.management.ManagementFactory;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;

import io.recoverydesk.identity.Tenants;
import io.recoverydesk.kernel.SqlValues;
import io.recoverydesk.kernel.TenantId;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * The daily check of promises, plans and settlements, per tenant once its business date
 * has begun. The job fires hourly on every node; the first node to claim (tenant, date)
 * in {@code casework_job_claim} runs it, and a claim left unfinished for an hour (a node
 * died) may be taken over. The check itself is idempotent, so a double run is harmless.
 */
@Component
class ArrangementJob {

    static final String JOB = "arrangements-daily";

    private static final Logger log = LoggerFactory.getLogger(ArrangementJob.class);

    private final Tenants tenants;

    private final ArrangementEvaluator evaluator;

    private final JdbcClient jdbc;

    private final Clock clock;

    private final String node = ManagementFactory.getRuntimeMXBean().getName();

    ArrangementJob(Tenants tenants, ArrangementEvaluator evaluator, JdbcClient jdbc, Clock clock) {
        this.tenants = tenants;
        this.evaluator = evaluator;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Scheduled(cron = "${rd.casework.arrangements.job-cron:0 20 * * * *}")
    void runAll() {
        for (Tenants.Tenant tenant : tenants.all()) {
            LocalDate today = LocalDate.ofInstant(clock.instant(), tenant.zone());
            if (!claim(tenant.id(), today)) {
                continue;
            }
            try {
                ArrangementEvaluator.Checked checked = evaluator.daily(tenant.id(), today, ArrangementEvaluator.SYSTEM);
                finish(tenant.id(), today);
                if (checked.accounts() + checked.settlementsExpired() > 0) {
                    log.info("arrangement check for tenant {} on {}: {}", tenant.code(), today, checked);
                }
            }
            catch (RuntimeException ex) {
                log.warn("arrangement check for tenant {} on {} failed; another run takes it over", tenant.code(),
                        today, ex);
            }
        }
    }

    /** True when this node may run the tenant's check for the date. */
    boolean claim(TenantId tenant, LocalDate day) {
        Instant now = clock.instant();
        try {
            jdbc.sql("insert into casework_job_claim (tenant_id, job, run_date, claimed_by, claimed_at)"
                    + " values (?, ?, ?, ?, ?)")
                .params(tenant.value(), JOB, day, node, SqlValues.utc(now))
                .update();
            return true;
        }
        catch (DuplicateKeyException ex) {
            return jdbc.sql("""
                    update casework_job_claim set claimed_by = ?, claimed_at = ?
                    where tenant_id = ? and job = ? and run_date = ? and finished_at is null and claimed_at < ?""")
                .params(node, SqlValues.utc(now), tenant.value(), JOB, day,
                        SqlValues.utc(now.minus(Duration.ofHours(1))))
                .update() == 1;
        }
    }

    private void finish(TenantId tenant, LocalDate day) {
        jdbc.sql("update casework_job_claim set finished_at = ? where tenant_id = ? and job = ? and run_date = ?")
            .params(SqlValues.utc(clock.instant()), tenant.value(), JOB, day)
            .update();
    }

}
