package io.recoverydesk.casework.internal;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import io.recoverydesk.casework.CaseworkAdministration;
import io.recoverydesk.identity.CurrentUser;
import io.recoverydesk.kernel.BadRequestException;
import io.recoverydesk.kernel.BusinessRuleException;
import io.recoverydesk.kernel.TenantId;

import org.springframework.stereotype.Service;

/**
 * {@link CaseworkAdministration} over the services the API and the pages use, acting as
 * the named (enabled) user with their roles and effective creditor scope.
 */
@Service
class SystemCaseworkAdministration implements CaseworkAdministration {

    /** How far back the system may date a promise or a plan. */
    static final Duration MAX_BACKDATE = Duration.ofDays(60);

    private final Agents agents;

    private final Assignments assignments;

    private final Promises promises;

    private final Plans plans;

    private final Settlements settlements;

    private final Tasks tasks;

    private final CaseNotes notes;

    private final ArrangementEvaluator evaluator;

    private final PromiseDueJob promiseDue;

    private final ArrangementRules rules;

    private final Clock clock;

    SystemCaseworkAdministration(Agents agents, Assignments assignments, Promises promises, Plans plans,
            Settlements settlements, Tasks tasks, CaseNotes notes, ArrangementEvaluator evaluator,
            PromiseDueJob promiseDue, ArrangementRules rules, Clock clock) {
        this.agents = agents;
        this.assignments = assignments;
        this.promises = promises;
        this.plans = plans;
        this.settlements = settlements;
        this.tasks = tasks;
        this.notes = notes;
        this.evaluator = evaluator;
        this.promiseDue = promiseDue;
        this.rules = rules;
        this.clock = clock;
    }

    @Override
    public int assign(TenantId tenant, String assignedBy, String agent, List<UUID> accountIds) {
        return assignments
            .assign(user(tenant, assignedBy), new Assignments.Request(List.copyOf(accountIds), null, null, agent, null))
            .assigned();
    }

    @Override
    public UUID promise(TenantId tenant, String agent, UUID accountId, List<Installment> installments, Instant asOf) {
        List<io.recoverydesk.casework.internal.Installment> parts = new ArrayList<>();
        for (int i = 0; i < installments.size(); i++) {
            parts.add(new io.recoverydesk.casework.internal.Installment(i + 1, installments.get(i).amount(),
                    installments.get(i).dueDate()));
        }
        return promises.create(user(tenant, agent), accountId, parts, asOf(asOf)).id();
    }

    @Override
    public UUID plan(TenantId tenant, String agent, UUID accountId, BigDecimal total, int count, String frequency,
            LocalDate firstDate, Instant asOf) {
        return plans
            .create(user(tenant, agent), accountId, new Plans.Terms(total, count, frequency, firstDate, null),
                    asOf(asOf))
            .id();
    }

    @Override
    public Arrangement requestSettlement(TenantId tenant, String agent, UUID accountId, BigDecimal amount,
            LocalDate validUntil, String reason) {
        SettlementStore.View s = settlements.request(user(tenant, agent), accountId, amount, validUntil, reason);
        return new Arrangement(s.id(), s.status());
    }

    @Override
    public Arrangement decideSettlement(TenantId tenant, String approver, UUID settlementId, boolean approve,
            String reason) {
        SettlementStore.View s = settlements.decide(user(tenant, approver), settlementId, approve, reason);
        return new Arrangement(s.id(), s.status());
    }

    @Override
    public UUID task(TenantId tenant, String createdBy, UUID accountId, String type, String title, Instant dueAt,
            String priority, Instant asOf) {
        TaskType kind;
        try {
            kind = TaskType.valueOf(type == null ? "" : type.strip().toUpperCase(Locale.ROOT));
        }
        catch (IllegalArgumentException ex) {
            throw new BadRequestException("bad-type", "type is CALLBACK, FOLLOW_UP, DOCUMENT_REQUEST or CUSTOM.");
        }
        return tasks
            .create(user(tenant, createdBy), accountId, new Tasks.Request(kind, title, dueAt, priority, null),
                    asOf(asOf))
            .id();
    }

    @Override
    public UUID note(TenantId tenant, String author, UUID accountId, String body) {
        return notes.add(user(tenant, author), accountId, body).id();
    }

    @Override
    public int runDailyChecks(TenantId tenant) {
        LocalDate today = rules.today(tenant);
        ArrangementEvaluator.Checked checked = evaluator.daily(tenant, today, ArrangementEvaluator.SYSTEM);
        promiseDue.run(tenant, today);
        return checked.accounts();
    }

    private CurrentUser user(TenantId tenant, String username) {
        return agents.find(tenant, username)
            .orElseThrow(() -> new BusinessRuleException("unknown-user", "No active user " + username + "."));
    }

    private Instant asOf(Instant asOf) {
        Instant now = clock.instant();
        if (asOf == null) {
            return now;
        }
        if (asOf.isAfter(now) || asOf.isBefore(now.minus(MAX_BACKDATE))) {
            throw new BadRequestException("bad-as-of",
                    "asOf is the present or up to " + MAX_BACKDATE.toDays() + " days back.");
        }
        return asOf;
    }

}
