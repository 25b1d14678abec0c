package io.recoverydesk.casework.internal;

import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.UUID;

import io.recoverydesk.kernel.DatabaseVendor;
import io.recoverydesk.kernel.TenantId;
import io.recoverydesk.payments.PaymentPosted;
import io.recoverydesk.payments.PaymentReversed;
import io.recoverydesk.portfolio.AccountBalances;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.scheduling.annotation.Async;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Re-evaluates an account's promises, plans and settlement when a payment is posted or
 * reversed (durable listeners: a retry or an out-of-order delivery evaluates the same
 * facts again), and for the daily check of what fell due. Each account is evaluated under
 * its row lock, in its own transaction.
 */
@Component
class ArrangementEvaluator {

    static final String SYSTEM = "system";

    private final Promises promises;

    private final Plans plans;

    private final Settlements settlements;

    private final PromiseStore promiseStore;

    private final PlanStore planStore;

    private final AccountBalances balances;

    private final ArrangementProperties properties;

    private final TransactionTemplate tx;

    private final DatabaseVendor vendor;

    ArrangementEvaluator(Promises promises, Plans plans, Settlements settlements, PromiseStore promiseStore,
            PlanStore planStore, AccountBalances balances, ArrangementProperties properties, TransactionTemplate tx,
            DatabaseVendor vendor) {
        this.vendor = vendor;
        this.promises = promises;
        this.plans = plans;
        this.settlements = settlements;
        this.promiseStore = promiseStore;
        this.planStore = planStore;
        this.balances = balances;
        this.properties = properties;
        this.tx = tx;
    }

    /** What one daily check did. */
    record Checked(int accounts, int settlementsExpired) {
    }

    /**
     * Durable like an {@code @ApplicationModuleListener} (Modulith keeps the publication
     * until this returns), but the transaction is opened only when the account has an
     * arrangement: most payments land on accounts without one, and their check is one
     * read with no lock and no transaction of its own. A promise created in the instant
     * between the posting's commit and that read counts only payments made after it; the
     * daily check evaluates it anyway. The evaluation's commit does not wait for the
     * disk: if a crash loses it, its publication was not yet marked complete either (that
     * mark commits after it and flushes the log past it), so it runs again at restart.
     */
    @Async
    @TransactionalEventListener
    void on(PaymentPosted event) {
        if (promiseStore.anyArrangement(event.tenant(), event.accountId())) {
            tx.executeWithoutResult(s -> {
                vendor.commitWithoutWaitingForFlush();
                account(event.tenant(), event.accountId());
            });
        }
    }

    /**
     * A reversal may have undone what closed a settlement (its write-off, or the payment
     * that paid the balance in full): the settlement is paid again, open again or expired
     * before the rest is evaluated.
     */
    @ApplicationModuleListener
    void on(PaymentReversed event) {
        vendor.commitWithoutWaitingForFlush();
        if (balances.lock(event.tenant(), event.accountId()).isEmpty()) {
            return;
        }
        settlements.reopenAfterReversal(event.tenant(), event.accountId(), SYSTEM);
        account(event.tenant(), event.accountId());
    }

    /** Evaluates everything open on one account, in the caller's transaction. */
    void account(TenantId tenant, UUID accountId) {
        if (balances.lock(tenant, accountId).isEmpty()) {
            return;
        }
        promises.reevaluate(tenant, accountId, SYSTEM);
        plans.reevaluate(tenant, accountId, SYSTEM);
        settlements.checkPaid(tenant, accountId, SYSTEM);
    }

    /**
     * The daily check for a business date: promises and plans with an installment whose
     * grace ended, settlements past their validity. One transaction per account.
     */
    Checked daily(TenantId tenant, LocalDate today, String actor) {
        LocalDate graceEnded = today.minusDays(properties.graceDays());
        Set<UUID> accounts = new LinkedHashSet<>();
        promiseStore.pendingDueBefore(tenant, graceEnded).forEach(p -> accounts.add(p.accountId()));
        planStore.activeWithPendingBefore(tenant, graceEnded).forEach(p -> accounts.add(p.accountId()));
        for (UUID accountId : accounts) {
            try {
                tx.executeWithoutResult(s -> {
                    if (balances.lock(tenant, accountId).isPresent()) {
                        promises.reevaluate(tenant, accountId, actor);
                        plans.reevaluate(tenant, accountId, actor);
                    }
                });
            }
            catch (RuntimeException ex) {
                // one account that fails (a lock timeout, bad data) must not stop the
                // others; the next run tries it again
                org.slf4j.LoggerFactory.getLogger(ArrangementEvaluator.class)
                    .warn("Daily check of account {} failed: {}", accountId, ex.toString());
            }
        }
        Integer expired = tx.execute(s -> settlements.expireBefore(tenant, today, actor));
        return new Checked(accounts.size(), expired == null ? 0 : expired);
    }

}
