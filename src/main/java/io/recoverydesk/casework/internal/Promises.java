package io.recoverydesk.casework.internal;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import io.recoverydesk.casework.PromiseChanged;
import io.recoverydesk.identity.CurrentUser;
import io.recoverydesk.kernel.BadRequestException;
import io.recoverydesk.kernel.BusinessRuleException;
import io.recoverydesk.kernel.ConflictException;
import io.recoverydesk.kernel.Ids;
import io.recoverydesk.kernel.NotFoundException;
import io.recoverydesk.kernel.TenantId;
import io.recoverydesk.portfolio.AccountBalances;
import io.recoverydesk.portfolio.AccountStatus;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Promises to pay: made by an agent (one open per account, within the balance and the
 * horizon), evaluated from the payments (see {@link ArrangementEvaluation}), cancelled
 * with a reason. The account is PROMISED while a promise is pending.
 */
@Service
class Promises {

    private final PlanStore planStore;

    private final PromiseStore store;

    private final ArrangementRules rules;

    private final AccountBalances balances;

    private final ArrangementHistory history;

    private final ArrangementLedger ledger;

    private final ApplicationEventPublisher events;

    private final ArrangementProperties properties;

    private final Clock clock;

    Promises(PlanStore planStore, PromiseStore store, ArrangementRules rules, AccountBalances balances,
            ArrangementHistory history, ArrangementLedger ledger, ApplicationEventPublisher events,
            ArrangementProperties properties, Clock clock) {
        this.planStore = planStore;
        this.store = store;
        this.rules = rules;
        this.balances = balances;
        this.history = history;
        this.ledger = ledger;
        this.events = events;
        this.properties = properties;
        this.clock = clock;
    }

    @Transactional
    PromiseStore.View create(CurrentUser user, UUID accountId, List<Installment> requested) {
        return create(user, accountId, requested, clock.instant());
    }

    /**
     * Makes a promise as of {@code now}: the checks (due dates from that day to the
     * horizon, within the balance, nothing else open) and the measurement of payments
     * start then. People make promises at the present instant; the system (demo seed) may
     * record one made earlier.
     */
    @Transactional
    PromiseStore.View create(CurrentUser user, UUID accountId, List<Installment> requested, Instant now) {
        if (requested.isEmpty()) {
            throw new BadRequestException("installments-required", "Give amount and dueDate, or installments.");
        }
        AccountBalances.Snapshot account = rules.lockOpen(user, accountId);
        TenantId tenant = user.tenantId();
        List<Installment> installments = ArrangementRules.installments(requested, account.currency(),
                LocalDate.ofInstant(now, rules.zone(tenant)), properties.promiseHorizonDays(), "installments");
        BigDecimal total = InstallmentSchedule.sum(installments);
        ArrangementRules.requireWithinBalance(total, account.balance(),
                requested.size() == 1 ? "amount" : "installments");
        if (store.openId(tenant, accountId).isPresent()) {
            throw new ConflictException("promise-open", "The account already has an open promise; cancel it first.");
        }
        if (openPlan(tenant, accountId)) {
            throw new ConflictException("plan-open", "The account is on an active payment plan.");
        }
        UUID id = Ids.newId();
        try {
            store.insert(tenant, id, accountId, total, account.currency(), installments, user.username(), now);
        }
        catch (DuplicateKeyException ex) {
            throw new ConflictException("promise-open", "The account already has an open promise; cancel it first.");
        }
        balances.changeStatus(tenant, user.username(), accountId, Set.of(AccountStatus.NEW, AccountStatus.ACTIVE),
                AccountStatus.PROMISED, "promise " + id);
        history.record(tenant, user.username(), accountId, "PROMISE", id, "CREATED", total, account.currency(),
                installments.size() == 1 ? "due " + installments.get(0).dueDate() : installments.size()
                        + " installments to " + installments.get(installments.size() - 1).dueDate(),
                now);
        PromiseStore.View view = store.find(tenant, id).orElseThrow();
        publish(tenant, view, user.username());
        return view;
    }

    @Transactional(readOnly = true)
    List<PromiseStore.View> list(CurrentUser user, UUID accountId) {
        rules.requireVisible(user, accountId);
        return store.ofAccount(user.tenantId(), accountId);
    }

    @Transactional
    PromiseStore.View cancel(CurrentUser user, UUID promiseId, String reason) {
        if (reason == null || reason.isBlank()) {
            throw new BusinessRuleException("reason-required", "Say why the promise is cancelled.",
                    List.of(new BusinessRuleException.FieldProblem("reason", "required")));
        }
        TenantId tenant = user.tenantId();
        PromiseStore.View p = store.find(tenant, promiseId)
            .orElseThrow(() -> new NotFoundException("No promise " + promiseId + "."));
        rules.requireVisible(user, p.accountId());
        balances.lock(tenant, p.accountId());
        p = store.find(tenant, promiseId).orElseThrow();
        if (!p.status().equals("PENDING")) {
            throw new ConflictException("promise-closed", "The promise is " + p.status() + " and cannot be cancelled.");
        }
        store.close(tenant, promiseId, "CANCELLED", p.paid(), clock.instant(), reason.strip());
        balances.changeStatus(tenant, user.username(), p.accountId(), Set.of(AccountStatus.PROMISED),
                AccountStatus.ACTIVE, "promise " + promiseId + " cancelled");
        history.record(tenant, user.username(), p.accountId(), "PROMISE", promiseId, "CANCELLED", p.amount(),
                p.currency(), reason.strip());
        PromiseStore.View view = store.find(tenant, promiseId).orElseThrow();
        publish(tenant, view, user.username());
        return view;
    }

    /**
     * Evaluates the account's promises that a payment could change (pending ones, and
     * closed ones whose window is still measured); the caller holds the account's lock.
     */
    void reevaluate(TenantId tenant, UUID accountId, String actor) {
        for (PromiseStore.View p : store.ofAccount(tenant, accountId)) {
            if (!p.status().equals("CANCELLED")) {
                evaluate(tenant, p, actor);
            }
        }
    }

    /** Evaluates one promise again; idempotent. The caller holds the account's lock. */
    void evaluate(TenantId tenant, PromiseStore.View p, String actor) {
        Instant now = clock.instant();
        ArrangementEvaluation.Outcome outcome = ArrangementEvaluation.promise(p.plan(),
                until -> ledger.paidBetween(tenant, p.accountId(), p.createdAt(), until), now, rules.zone(tenant),
                properties.graceDays());
        store.updateInstallments(tenant, p.id(), p.installments(), outcome.installments());
        String before = p.status();
        String after = outcome.status();
        if (before.equals(after)) {
            if (p.paid().compareTo(outcome.paid()) != 0) {
                store.updatePaid(tenant, p.id(), outcome.paid());
            }
            return;
        }
        if (after.equals("PENDING")) {
            if (store.openId(tenant, p.accountId()).isPresent() || openPlan(tenant, p.accountId())) {
                return; // another promise or a plan is open now; this one stays closed
            }
            store.reopen(tenant, p.id(), p.accountId(), outcome.paid());
            balances.changeStatus(tenant, actor, p.accountId(), Set.of(AccountStatus.ACTIVE), AccountStatus.PROMISED,
                    "promise " + p.id() + " pending again");
        }
        else {
            store.close(tenant, p.id(), after, outcome.paid(), now, null);
            // also after KEPT → BROKEN (a reversal restored PROMISED on a paid account):
            // PROMISED without an open promise is never right
            if (store.openId(tenant, p.accountId()).isEmpty()) {
                balances.changeStatus(tenant, actor, p.accountId(), Set.of(AccountStatus.PROMISED),
                        AccountStatus.ACTIVE, "promise " + p.id() + " " + after.toLowerCase());
            }
        }
        history.record(tenant, actor, p.accountId(), "PROMISE", p.id(), after, outcome.paid(), p.currency(),
                "was " + before);
        publish(tenant, store.find(tenant, p.id()).orElseThrow(), actor);
    }

    private boolean openPlan(TenantId tenant, UUID accountId) {
        return planStore.openId(tenant, accountId).isPresent();
    }

    private void publish(TenantId tenant, PromiseStore.View p, String actor) {
        LocalDate last = p.lastDue();
        events.publishEvent(new PromiseChanged(tenant, p.id(), p.accountId(), p.status(), p.amount(), p.paid(),
                p.currency(), last, p.createdBy(), actor));
    }

}
