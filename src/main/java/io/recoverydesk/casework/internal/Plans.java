package io.recoverydesk.casework.internal;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import io.recoverydesk.casework.PlanChanged;
import io.recoverydesk.identity.CurrentUser;
import io.recoverydesk.kernel.BusinessRuleException;
import io.recoverydesk.kernel.BusinessRuleException.FieldProblem;
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
 * Payment plans: N installments from a first date (or explicit ones) summing to the
 * agreed total; ACTIVE (account ON_PLAN) until COMPLETED or DEFAULTED after the
 * configured number of missed installments; each miss is published once.
 */
@Service
class Plans {

    private final PlanStore store;

    private final PromiseStore promises;

    private final ArrangementRules rules;

    private final AccountBalances balances;

    private final ArrangementHistory history;

    private final ArrangementLedger ledger;

    private final ApplicationEventPublisher events;

    private final ArrangementProperties properties;

    private final Clock clock;

    Plans(PlanStore store, PromiseStore promises, ArrangementRules rules, AccountBalances balances,
            ArrangementHistory history, ArrangementLedger ledger, ApplicationEventPublisher events,
            ArrangementProperties properties, Clock clock) {
        this.store = store;
        this.promises = promises;
        this.rules = rules;
        this.balances = balances;
        this.history = history;
        this.ledger = ledger;
        this.events = events;
        this.properties = properties;
        this.clock = clock;
    }

    /** The installments of a plan from its terms (for the preview and for creating). */
    static List<Installment> schedule(BigDecimal total, Integer count, String frequency, LocalDate first, int scale) {
        if (total == null || count == null || frequency == null || first == null) {
            throw new BusinessRuleException("plan-terms-required",
                    "total, installments, frequency and firstDate are" + " required (or explicit installments).");
        }
        InstallmentSchedule.Frequency f;
        try {
            f = InstallmentSchedule.Frequency.valueOf(frequency.strip().toUpperCase());
        }
        catch (IllegalArgumentException ex) {
            throw new BusinessRuleException("bad-frequency", "frequency is WEEKLY, FORTNIGHTLY or MONTHLY.",
                    List.of(new FieldProblem("frequency", "WEEKLY, FORTNIGHTLY or MONTHLY")));
        }
        try {
            return InstallmentSchedule.split(total, count, f, first, scale);
        }
        catch (IllegalArgumentException ex) {
            throw new BusinessRuleException("bad-plan", ex.getMessage() + ".");
        }
    }

    /**
     * A plan's terms: a total split into {@code count} installments from
     * {@code firstDate}, or {@code explicit} installments (then {@code total}, when
     * given, must be their sum).
     */
    record Terms(BigDecimal total, Integer count, String frequency, LocalDate firstDate, List<Installment> explicit) {
    }

    @Transactional
    PlanStore.View create(CurrentUser user, UUID accountId, Terms terms) {
        return create(user, accountId, terms, clock.instant());
    }

    /**
     * Makes a plan as of {@code now} (the checks and the measurement of payments start
     * then); people at the present instant, the system (demo seed) possibly earlier.
     */
    @Transactional
    PlanStore.View create(CurrentUser user, UUID accountId, Terms terms, Instant now) {
        AccountBalances.Snapshot account = rules.lockOpen(user, accountId);
        TenantId tenant = user.tenantId();
        List<Installment> requested;
        String frequency;
        if (terms.explicit() != null) {
            requested = terms.explicit();
            frequency = null;
            if (terms.total() != null && terms.total().compareTo(InstallmentSchedule.sum(requested)) != 0) {
                throw new BusinessRuleException("total-mismatch",
                        "The installments sum to " + InstallmentSchedule.sum(requested).toPlainString()
                                + ", not to the total " + terms.total().toPlainString() + ".",
                        List.of(new FieldProblem("total", "not the sum")));
            }
        }
        else {
            requested = schedule(terms.total(), terms.count(), terms.frequency(), terms.firstDate(),
                    ArrangementRules.scale(account.currency()));
            frequency = terms.frequency().strip().toUpperCase();
        }
        if (requested.size() < 2) {
            throw new BusinessRuleException("plan-too-short", "A plan has at least 2 installments.");
        }
        LocalDate today = LocalDate.ofInstant(now, rules.zone(tenant));
        List<Installment> installments = ArrangementRules.installments(requested, account.currency(), today, -1,
                "installments");
        LocalDate firstDue = installments.get(0).dueDate();
        if (firstDue.isAfter(today.plusDays(properties.promiseHorizonDays()))) {
            throw new BusinessRuleException("first-date-too-late",
                    "The first installment must fall within " + properties.promiseHorizonDays() + " days.",
                    List.of(new FieldProblem("firstDate", "too late")));
        }
        BigDecimal total = InstallmentSchedule.sum(installments);
        ArrangementRules.requireWithinBalance(total, account.balance(), "total");
        if (store.openId(tenant, accountId).isPresent()) {
            throw new ConflictException("plan-open", "The account already has an active plan.");
        }
        if (promises.openId(tenant, accountId).isPresent()) {
            throw new ConflictException("promise-open", "The account has an open promise; cancel it first.");
        }
        UUID id = Ids.newId();
        try {
            store.insert(tenant, id, accountId, total, account.currency(), frequency, installments, user.username(),
                    now);
        }
        catch (DuplicateKeyException ex) {
            throw new ConflictException("plan-open", "The account already has an active plan.");
        }
        balances.changeStatus(tenant, user.username(), accountId, Set.of(AccountStatus.NEW, AccountStatus.ACTIVE),
                AccountStatus.ON_PLAN, "plan " + id);
        history.record(tenant, user.username(), accountId, "PLAN", id, "CREATED", total, account.currency(),
                installments.size() + " × " + (frequency == null ? "" : frequency) + " from " + firstDue, now);
        PlanStore.View view = store.find(tenant, id).orElseThrow();
        publish(tenant, view, "ACTIVE", null, user.username());
        return view;
    }

    @Transactional(readOnly = true)
    List<PlanStore.View> list(CurrentUser user, UUID accountId) {
        rules.requireVisible(user, accountId);
        return store.ofAccount(user.tenantId(), accountId);
    }

    @Transactional
    PlanStore.View cancel(CurrentUser user, UUID planId, String reason) {
        if (reason == null || reason.isBlank()) {
            throw new BusinessRuleException("reason-required", "Say why the plan is cancelled.",
                    List.of(new FieldProblem("reason", "required")));
        }
        TenantId tenant = user.tenantId();
        PlanStore.View p = store.find(tenant, planId)
            .orElseThrow(() -> new NotFoundException("No plan " + planId + "."));
        rules.requireVisible(user, p.accountId());
        balances.lock(tenant, p.accountId());
        p = store.find(tenant, planId).orElseThrow();
        if (!p.status().equals("ACTIVE")) {
            throw new ConflictException("plan-closed", "The plan is " + p.status() + " and cannot be cancelled.");
        }
        store.update(tenant, planId, "CANCELLED", p.paid(), p.missed(), false, p.accountId(), clock.instant(),
                reason.strip());
        balances.changeStatus(tenant, user.username(), p.accountId(), Set.of(AccountStatus.ON_PLAN),
                AccountStatus.ACTIVE, "plan " + planId + " cancelled");
        history.record(tenant, user.username(), p.accountId(), "PLAN", planId, "CANCELLED", p.total(), p.currency(),
                reason.strip());
        PlanStore.View view = store.find(tenant, planId).orElseThrow();
        publish(tenant, view, "CANCELLED", null, user.username());
        return view;
    }

    /**
     * Evaluates the account's active and completed plans again; the caller holds the
     * lock.
     */
    void reevaluate(TenantId tenant, UUID accountId, String actor) {
        for (PlanStore.View p : store.ofAccount(tenant, accountId)) {
            if (p.status().equals("ACTIVE") || p.status().equals("COMPLETED")) {
                evaluate(tenant, p, actor);
            }
        }
    }

    /** Evaluates one plan; idempotent. The caller holds the account's lock. */
    void evaluate(TenantId tenant, PlanStore.View p, String actor) {
        Instant now = clock.instant();
        ArrangementEvaluation.Outcome outcome = ArrangementEvaluation.plan(p.plan(),
                until -> ledger.paidBetween(tenant, p.accountId(), p.createdAt(), until), now, rules.zone(tenant),
                properties.graceDays(), properties.maxMissedInstallments());
        int missed = 0;
        for (int i = 0; i < p.installments().size(); i++) {
            InstallmentRows.Part part = p.installments().get(i);
            String state = outcome.installments().get(i);
            missed += state.equals("MISSED") ? 1 : 0;
            if (!part.status().equals(state)) {
                store.updateInstallment(tenant, p.id(), part.seq(), state);
                if (state.equals("MISSED")) {
                    history.record(tenant, actor, p.accountId(), "PLAN", p.id(), "INSTALLMENT_MISSED", part.amount(),
                            p.currency(), "installment " + part.seq() + " due " + part.dueDate());
                    publish(tenant, p, "INSTALLMENT_MISSED", part.dueDate(), actor);
                }
            }
        }
        String after = outcome.status();
        if (after.equals("ACTIVE") && !p.status().equals("ACTIVE") && store.openId(tenant, p.accountId()).isPresent()) {
            after = p.status(); // another plan is active now; this one stays closed
        }
        boolean open = after.equals("ACTIVE");
        store.update(tenant, p.id(), after, outcome.paid(), missed, open, p.accountId(),
                open ? null : (p.closedAt() == null ? now : p.closedAt()), null);
        if (after.equals(p.status())) {
            return;
        }
        if (open) {
            balances.changeStatus(tenant, actor, p.accountId(), Set.of(AccountStatus.ACTIVE), AccountStatus.ON_PLAN,
                    "plan " + p.id() + " active again");
        }
        else {
            balances.changeStatus(tenant, actor, p.accountId(), Set.of(AccountStatus.ON_PLAN), AccountStatus.ACTIVE,
                    "plan " + p.id() + " " + after.toLowerCase());
        }
        history.record(tenant, actor, p.accountId(), "PLAN", p.id(), after, outcome.paid(), p.currency(),
                "was " + p.status());
        publish(tenant, store.find(tenant, p.id()).orElseThrow(), after, null, actor);
    }

    private void publish(TenantId tenant, PlanStore.View p, String status, LocalDate missedDue, String actor) {
        events.publishEvent(new PlanChanged(tenant, p.id(), p.accountId(), "PLAN", status, p.total(), p.currency(),
                missedDue, p.createdBy(), actor));
    }

}
