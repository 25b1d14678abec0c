package io.recoverydesk.casework.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import io.recoverydesk.identity.Tenants;
import io.recoverydesk.kernel.TenantId;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Every hour (so a node that was down at dawn catches up): a PROMISE_DUE task for each
 * promise or plan installment that falls due today in the tenant's zone. Cluster-safe and
 * idempotent: the task's unique key (tenant, type, arrangement, due date) makes a second
 * run, on this node or another, insert nothing. Does nothing until promises exist
 * ({@link DueArrangements} absent).
 */
@Component
class PromiseDueJob {

    private static final Logger log = LoggerFactory.getLogger(PromiseDueJob.class);

    private final ObjectProvider<DueArrangements> dueArrangements;

    private final SystemTasks systemTasks;

    private final Tenants tenants;

    private final Clock clock;

    private final TransactionTemplate tx;

    PromiseDueJob(ObjectProvider<DueArrangements> dueArrangements, SystemTasks systemTasks, Tenants tenants,
            Clock clock, TransactionTemplate tx) {
        this.dueArrangements = dueArrangements;
        this.systemTasks = systemTasks;
        this.tenants = tenants;
        this.clock = clock;
        this.tx = tx;
    }

    @Scheduled(cron = "${rd.casework.promise-due-cron:0 5 * * * *}")
    void runAll() {
        tenants.all().forEach(t -> {
            int made = run(t.id(), LocalDate.ofInstant(clock.instant(), t.zone()));
            if (made > 0) {
                log.info("promise-due tasks for tenant {}: {}", t.code(), made);
            }
        });
    }

    /** Creates the day's PROMISE_DUE tasks of a tenant; answers how many were new. */
    int run(TenantId tenant, LocalDate day) {
        DueArrangements source = dueArrangements.getIfAvailable();
        if (source == null) {
            return 0;
        }
        List<DueArrangements.Due> due = source.dueOn(tenant, day);
        Integer made = tx.execute(s -> {
            int n = 0;
            for (DueArrangements.Due d : due) {
                if (systemTasks.createDue(tenant, d)) {
                    n++;
                }
            }
            return n;
        });
        return made == null ? 0 : made;
    }

}
