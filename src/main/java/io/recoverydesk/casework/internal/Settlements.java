package io.recoverydesk.casework.internal;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import io.recoverydesk.casework.PlanChanged;
import io.recoverydesk.identity.CurrentUser;
import io.recoverydesk.identity.Role;
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
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Settlements: an offer below the balance, approved by the requester when the discount is
 * within their own limit, else by an approver whose limit covers it (never the requester;
 * a team lead only for their own team). Once the approved amount is paid within the
 * validity, the rest is written off and the account becomes SETTLED.
 */
@Service
class Settlements {

    /** History event: the settlement's amount was paid and the balance in full too. */
    static final String PAID_IN_FULL = "PAID_IN_FULL";

    /**
     * History event: open (APPROVED) again after the payment that paid it was reversed.
     */
    static final String REOPENED = "REOPENED";

    private final SettlementStore store;

    private final SettlementLimits limits;

    private final ArrangementRules rules;

    private final AccountBalances balances;

    private final ArrangementHistory history;

    private final ArrangementLedger ledger;

    private final ApplicationEventPublisher events;

    private final ArrangementProperties properties;

    private final Clock clock;

    Settlements(SettlementStore store, SettlementLimits limits, ArrangementRules rules, AccountBalances balances,
            ArrangementHistory history, ArrangementLedger ledger, ApplicationEventPublisher events,
            ArrangementProperties properties, Clock clock) {
        this.store = store;
        this.limits = limits;
        this.rules = rules;
        this.balances = balances;
        this.history = history;
        this.ledger = ledger;
        this.events = events;
        this.properties = properties;
        this.clock = clock;
    }

    @Transactional
    SettlementStore.View request(CurrentUser user, UUID accountId, BigDecimal amount, LocalDate validUntil,
            String reason) {
        List<FieldProblem> problems = new ArrayList<>();
        if (amount == null || amount.signum() <= 0) {
            problems.add(new FieldProblem("amount", "above zero"));
        }
        if (validUntil == null) {
            problems.add(new FieldProblem("validUntil", "required"));
        }
        if (reason == null || reason.isBlank()) {
            problems.add(new FieldProblem("reason", "required"));
        }
        if (!problems.isEmpty()) {
            throw new BusinessRuleException("invalid-settlement", "The settlement request is not complete.", problems);
        }
        AccountBalances.Snapshot account = rules.lockOpen(user, accountId);
        TenantId tenant = user.tenantId();
        LocalDate today = rules.today(tenant);
        if (amount.stripTrailingZeros().scale() > ArrangementRules.scale(account.currency())) {
            problems.add(new FieldProblem("amount", "too many decimals"));
        }
        if (amount.compareTo(account.balance()) >= 0) {
            problems.add(new FieldProblem("amount", "below the balance " + account.balance().toPlainString()));
        }
        if (validUntil.isBefore(today) || validUntil.isAfter(today.plusDays(properties.promiseHorizonDays()))) {
            problems.add(new FieldProblem("validUntil",
                    "from " + today + " to " + today.plusDays(properties.promiseHorizonDays())));
        }
        if (!problems.isEmpty()) {
            throw new BusinessRuleException("invalid-settlement", "The settlement request is not valid.", problems);
        }
        if (store.open(tenant, accountId).isPresent()) {
            throw new ConflictException("settlement-open", "The account already has an open settlement.");
        }
        SettlementApprovalPolicy policy = limits.policy(tenant);
        BigDecimal discount = SettlementApprovalPolicy.discount(amount, account.balance());
        Role required = policy.requiredRole(discount);
        boolean self = policy.mayDecide(user.roles(), discount);
        Instant now = clock.instant();
        UUID id = Ids.newId();
        SettlementStore.View s = new SettlementStore.View(id, accountId, account.creditorCode(),
                self ? "APPROVED" : "PENDING_APPROVAL", amount.setScale(ArrangementRules.scale(account.currency())),
                account.currency(), account.balance(), discount, required.name(), validUntil, reason.strip(),
                user.username(), user.teamId(), now, self ? user.username() : null, self ? now : null,
                self ? "within the requester's own limit" : null, null);
        try {
            store.insert(tenant, s);
        }
        catch (DuplicateKeyException ex) {
            throw new ConflictException("settlement-open", "The account already has an open settlement.");
        }
        history.record(tenant, user.username(), accountId, "SETTLEMENT", id, "REQUESTED", s.amount(), s.currency(),
                "discount " + percent(discount) + ", needs " + required + ": " + s.reason());
        publish(tenant, s, "PENDING_APPROVAL", user.username());
        if (self) {
            history.record(tenant, user.username(), accountId, "SETTLEMENT", id, "APPROVED", s.amount(), s.currency(),
                    "within own limit");
            publish(tenant, s, "APPROVED", user.username());
        }
        return store.find(tenant, id).orElseThrow();
    }

    @Transactional(readOnly = true)
    List<SettlementStore.View> list(CurrentUser user, UUID accountId) {
        rules.requireVisible(user, accountId);
        return store.ofAccount(user.tenantId(), accountId);
    }

    /**
     * Requests the user may decide: within their limit, not their own, in their scope.
     */
    @Transactional(readOnly = true)
    List<SettlementStore.View> inbox(CurrentUser user) {
        BigDecimal limit = limits.policy(user.tenantId()).limitOf(user.roles());
        if (limit.signum() <= 0 || !user.hasAnyRole(Role.TEAM_LEAD, Role.MANAGER, Role.ADMIN)) {
            return List.of();
        }
        UUID team = user.hasAnyRole(Role.MANAGER, Role.ADMIN) ? null : user.teamId();
        if (team == null && !user.hasAnyRole(Role.MANAGER, Role.ADMIN)) {
            return List.of();
        }
        return store.pending(user.tenantId(), limit, team, user.creditorScope(), 200)
            .stream()
            .filter(s -> !s.requestedBy().equals(user.username()))
            .toList();
    }

    @Transactional
    SettlementStore.View decide(CurrentUser user, UUID id, boolean approve, String reason) {
        TenantId tenant = user.tenantId();
        SettlementStore.View s = store.find(tenant, id)
            .orElseThrow(() -> new NotFoundException("No settlement " + id + "."));
        rules.requireVisible(user, s.accountId());
        balances.lock(tenant, s.accountId());
        s = store.find(tenant, id).orElseThrow();
        if (s.requestedBy().equals(user.username())) {
            throw new AccessDeniedException("The requester cannot decide their own settlement request.");
        }
        if (!limits.policy(tenant).mayDecide(user.roles(), s.discount())) {
            throw new AccessDeniedException("The discount is above your approval limit.");
        }
        if (!user.hasAnyRole(Role.MANAGER, Role.ADMIN)
                && (user.teamId() == null || !user.teamId().equals(s.requesterTeamId()))) {
            throw new AccessDeniedException("A team lead decides only their own team's requests.");
        }
        if (!approve && (reason == null || reason.isBlank())) {
            throw new BusinessRuleException("reason-required", "Say why the settlement is rejected.",
                    List.of(new FieldProblem("reason", "required")));
        }
        if (!s.status().equals("PENDING_APPROVAL")) {
            throw new ConflictException("settlement-decided", "The settlement is " + s.status() + " already.");
        }
        Instant now = clock.instant();
        if (s.validUntil().isBefore(rules.today(tenant))) {
            throw new ConflictException("settlement-expired", "The settlement expired on " + s.validUntil() + ".");
        }
        String to = approve ? "APPROVED" : "REJECTED";
        String why = reason == null || reason.isBlank() ? null : reason.strip();
        store.transition(tenant, id, "PENDING_APPROVAL", to, user.username(), now, why, approve, approve ? null : now);
        history.record(tenant, user.username(), s.accountId(), "SETTLEMENT", id, to, s.amount(), s.currency(), why);
        SettlementStore.View after = store.find(tenant, id).orElseThrow();
        publish(tenant, after, to, user.username());
        return after;
    }

    /**
     * Withdraws an open settlement (waiting for approval, or approved and not yet paid):
     * the requester, or a manager or admin; with a reason.
     */
    @Transactional
    SettlementStore.View cancel(CurrentUser user, UUID id, String reason) {
        TenantId tenant = user.tenantId();
        SettlementStore.View s = store.find(tenant, id)
            .orElseThrow(() -> new NotFoundException("No settlement " + id + "."));
        rules.requireVisible(user, s.accountId());
        if (!s.requestedBy().equals(user.username()) && !user.hasAnyRole(Role.MANAGER, Role.ADMIN)) {
            throw new AccessDeniedException("Only the requester, a manager or an admin withdraws a settlement.");
        }
        if (reason == null || reason.isBlank()) {
            throw new BusinessRuleException("reason-required", "Say why the settlement is withdrawn.",
                    List.of(new FieldProblem("reason", "required")));
        }
        balances.lock(tenant, s.accountId());
        s = store.find(tenant, id).orElseThrow();
        if (!(s.status().equals("PENDING_APPROVAL") || s.status().equals("APPROVED"))
                || !store.transition(tenant, id, s.status(), "CANCELLED", null, null, null, false, clock.instant())) {
            throw new ConflictException("settlement-closed", "The settlement is " + s.status() + " already.");
        }
        history.record(tenant, user.username(), s.accountId(), "SETTLEMENT", id, "CANCELLED", s.amount(), s.currency(),
                reason.strip());
        SettlementStore.View after = store.find(tenant, id).orElseThrow();
        publish(tenant, after, "CANCELLED", user.username());
        return after;
    }

    /**
     * Writes the rest off once the approved amount was paid since the approval and within
     * the validity; idempotent. An account whose balance is paid in full already (PAID)
     * keeps its status: the settlement closes as PAID without a write-off. The caller
     * holds the account's lock.
     */
    void checkPaid(TenantId tenant, UUID accountId, String actor) {
        store.open(tenant, accountId).filter(s -> s.status().equals("APPROVED")).ifPresent(s -> {
            BigDecimal paid = paidSinceApproval(tenant, accountId, s);
            if (paid.compareTo(s.amount()) >= 0) {
                boolean writtenOff = writeOffRest(tenant, accountId, s, paid, actor);
                store.transition(tenant, s.id(), "APPROVED", "PAID", null, null, null, false, clock.instant());
                history.record(tenant, actor, accountId, "SETTLEMENT", s.id(), writtenOff ? "PAID" : PAID_IN_FULL, paid,
                        s.currency(), writtenOff ? null : "the balance was paid in full; nothing written off");
                publish(tenant, s, "PAID", actor);
            }
        });
    }

    /**
     * After a payment on the account was reversed. The account's latest settlement closed
     * as PAID no longer holds when the account is open again and no write-off of it
     * stands (payments undid it with the reversal, or the reversed payment had paid the
     * balance in full): paid again when the payments since the approval still cover the
     * amount (the rest is written off again), else open again as APPROVED while within
     * its validity so that the debtor can pay again, else EXPIRED; in the arrangement
     * history and published as {@link PlanChanged}. Idempotent: a redelivered event finds
     * the settlement open, expired, written off again or the account closed, and changes
     * nothing. The caller holds the account's lock.
     */
    void reopenAfterReversal(TenantId tenant, UUID accountId, String actor) {
        AccountBalances.Snapshot account = balances.read(tenant, accountId).orElse(null);
        if (account == null || !account.status().isOpen()) {
            return;
        }
        SettlementStore.View s = store.ofAccount(tenant, accountId).stream().findFirst().orElse(null);
        if (s == null || !s.status().equals("PAID") || ledger.writtenOff(tenant, s.id())) {
            return;
        }
        BigDecimal paid = paidSinceApproval(tenant, accountId, s);
        if (paid.compareTo(s.amount()) >= 0) {
            if (writeOffRest(tenant, accountId, s, paid, actor)) {
                history.record(tenant, actor, accountId, "SETTLEMENT", s.id(), "PAID", paid, s.currency(),
                        "still paid after a payment was reversed; the rest written off again");
            }
            return;
        }
        LocalDate today = rules.today(tenant);
        boolean valid = !s.validUntil().isBefore(today) && store.open(tenant, accountId).isEmpty();
        String to = valid ? "APPROVED" : "EXPIRED";
        if (!store.transition(tenant, s.id(), "PAID", to, null, null, null, valid, valid ? null : clock.instant())) {
            return;
        }
        String detail = "a payment was reversed: " + paid.toPlainString() + " of " + s.amount().toPlainString() + " "
                + s.currency() + " paid since the approval; "
                + (valid ? "open again until " + s.validUntil() : "valid until " + s.validUntil());
        history.record(tenant, actor, accountId, "SETTLEMENT", s.id(), valid ? REOPENED : "EXPIRED", s.amount(),
                s.currency(), detail);
        publish(tenant, store.find(tenant, s.id()).orElseThrow(), to, actor);
    }

    private BigDecimal paidSinceApproval(TenantId tenant, UUID accountId, SettlementStore.View s) {
        Instant end = ArrangementEvaluation.deadline(s.validUntil(), 0, rules.zone(tenant));
        return ledger.paidBetween(tenant, accountId, s.decidedAt(), end);
    }

    /**
     * Writes off what the paid settlement leaves, unless the balance is paid in full
     * already (then the account keeps its status); true when written off.
     */
    private boolean writeOffRest(TenantId tenant, UUID accountId, SettlementStore.View s, BigDecimal paid,
            String actor) {
        AccountBalances.Snapshot account = balances.read(tenant, accountId).orElseThrow();
        if (account.balance().signum() == 0 || account.status() == AccountStatus.PAID) {
            return false;
        }
        ledger.writeOffSettled(tenant, actor, accountId, s.id(),
                "settlement " + s.id() + " paid " + paid.toPlainString() + " " + s.currency());
        return true;
    }

    /** Closes open settlements whose validity ended before {@code today}. */
    int expireBefore(TenantId tenant, LocalDate today, String actor) {
        int expired = 0;
        for (SettlementStore.View s : store.openExpiredBefore(tenant, today)) {
            balances.lock(tenant, s.accountId());
            if (s.status().equals("APPROVED")) {
                checkPaid(tenant, s.accountId(), actor);
            }
            expired += expire(tenant, s, actor) ? 1 : 0;
        }
        return expired;
    }

    private boolean expire(TenantId tenant, SettlementStore.View s, String actor) {
        if (store.transition(tenant, s.id(), s.status(), "EXPIRED", null, null, null, false, clock.instant())) {
            history.record(tenant, actor, s.accountId(), "SETTLEMENT", s.id(), "EXPIRED", s.amount(), s.currency(),
                    "valid until " + s.validUntil());
            publish(tenant, s, "EXPIRED", actor);
            return true;
        }
        return false;
    }

    static String percent(BigDecimal fraction) {
        return fraction.movePointRight(2).setScale(1, java.math.RoundingMode.HALF_UP).toPlainString() + " %";
    }

    private void publish(TenantId tenant, SettlementStore.View s, String status, String actor) {
        events.publishEvent(new PlanChanged(tenant, s.id(), s.accountId(), "SETTLEMENT", status, s.amount(),
                s.currency(), null, s.requestedBy(), actor));
    }

}
