package io.recoverydesk.casework.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import io.recoverydesk.audit.AuditLog;
import io.recoverydesk.identity.CurrentUser;
import io.recoverydesk.identity.Role;
import io.recoverydesk.identity.Tenants;
import io.recoverydesk.kernel.BadRequestException;
import io.recoverydesk.kernel.BusinessRuleException;
import io.recoverydesk.kernel.ConflictException;
import io.recoverydesk.kernel.Ids;
import io.recoverydesk.kernel.NotFoundException;
import io.recoverydesk.kernel.TenantId;
import io.recoverydesk.portfolio.AccountDirectory;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Tasks and reminders: people create them on an account (assigned by default to the
 * account's agent, else to the creator), mark them done and hand them over; the system
 * adds tasks for callbacks agreed in a contact and for promises and plans. Every change
 * is audited in the same transaction.
 */
@Service
class Tasks {

    static final Set<String> PRIORITIES = Set.of("HIGH", "NORMAL", "LOW");

    /** How far ahead a task's due time may lie. */
    static final Duration HORIZON = Duration.ofDays(366);

    /**
     * How far before now a new task's due time may be: a time picked to the minute for
     * "now" is a few seconds old when it arrives.
     */
    static final Duration PAST_SLACK = Duration.ofMinutes(5);

    /** The title column's length. */
    static final int TITLE_MAX = 200;

    private final TaskStore store;

    private final AccountDirectory accounts;

    private final Assignments assignments;

    private final Agents agents;

    private final JdbcClient jdbc;

    private final AuditLog audit;

    private final Tenants tenants;

    private final Clock clock;

    Tasks(TaskStore store, AccountDirectory accounts, Assignments assignments, Agents agents, JdbcClient jdbc,
            AuditLog audit, Tenants tenants, Clock clock) {
        this.store = store;
        this.accounts = accounts;
        this.assignments = assignments;
        this.agents = agents;
        this.jdbc = jdbc;
        this.audit = audit;
        this.tenants = tenants;
        this.clock = clock;
    }

    /** What a person asks for; null priority = NORMAL, null assignee = the default. */
    record Request(TaskType type, String title, Instant dueAt, String priority, String assignee) {
    }

    @Transactional
    Task create(CurrentUser user, UUID accountId, Request request) {
        return create(user, accountId, request, clock.instant());
    }

    /**
     * A task made as of {@code now} (the present, or earlier for a task recorded late):
     * its due time is checked against that moment, and it is stored as created then.
     */
    @Transactional
    Task create(CurrentUser user, UUID accountId, Request request, Instant now) {
        requireVisible(user, accountId);
        if (request.type() == null || request.type().system()) {
            throw new BadRequestException("bad-type", "type is CALLBACK, FOLLOW_UP, DOCUMENT_REQUEST or CUSTOM.");
        }
        if (request.dueAt() == null || request.dueAt().isAfter(now.plus(HORIZON))) {
            throw new BusinessRuleException("bad-due", "A task needs a due time within a year.");
        }
        if (request.dueAt().isBefore(now.minus(PAST_SLACK))) {
            throw new BusinessRuleException("due-in-past",
                    "A task's due time cannot be in the past (" + request.dueAt() + ").");
        }
        if (request.title() != null && request.title().strip().length() > TITLE_MAX) {
            throw new BusinessRuleException("title-too-long",
                    "A task's title is limited to " + TITLE_MAX + " characters.");
        }
        String priority = request.priority() == null || request.priority().isBlank() ? "NORMAL"
                : request.priority().strip().toUpperCase(java.util.Locale.ROOT);
        if (!PRIORITIES.contains(priority)) {
            throw new BadRequestException("bad-priority", "priority is HIGH, NORMAL or LOW.");
        }
        if (request.type() == TaskType.CUSTOM && (request.title() == null || request.title().isBlank())) {
            throw new BusinessRuleException("title-required", "A custom task needs a title.");
        }
        String assignee = request.assignee() == null || request.assignee().isBlank()
                ? defaultAssignee(user.tenantId(), accountId, user.username()) : request.assignee().strip();
        if (!assignee.equals(user.username())) {
            boolean accountsAgent = assignee.equals(assignedAgent(user.tenantId(), accountId).orElse(null));
            if (!accountsAgent && !assignments.supervises(user, assignee)) {
                throw new BusinessRuleException("bad-assignee",
                        "You may give a task to yourself, the account's agent or, as a lead, your team.");
            }
            requireSees(user.tenantId(), assignee, accountId);
        }
        UUID id = Ids.newId();
        store.insert(user.tenantId(), new TaskStore.NewTask(id, accountId, request.type(), blankToNull(request.title()),
                request.dueAt(), priority, assignee, null, null, null, user.username(), now));
        audit.record(user.tenantId(), user.username(), "TASK_CREATED", "task", id.toString(),
                request.type() + " account=" + accountId + " due=" + request.dueAt() + " assignee=" + assignee);
        return store.byId(user.tenantId(), id).orElseThrow();
    }

    /**
     * A task the system makes (callback agreed in a contact, a promise due or broken, a
     * missed installment), in the caller's transaction; empty when it exists already.
     */
    Optional<UUID> createForSystem(TenantId tenant, String actor, TaskStore.NewTask task) {
        if (!store.insert(tenant, task)) {
            return Optional.empty();
        }
        audit.record(tenant, actor, "TASK_CREATED", "task", task.id().toString(), task.type() + " account="
                + task.accountId() + " due=" + task.dueAt() + " assignee=" + task.assignee() + " (system)");
        return Optional.of(task.id());
    }

    /**
     * Closes, on behalf of the system, the "promise due" tasks of an arrangement that has
     * ended (kept, broken, cancelled, completed, defaulted): nobody needs reminding of it
     * any more, and it stops counting as due now in the work queue; audited.
     */
    @Transactional
    int closeDueOfEndedArrangement(TenantId tenant, UUID arrangementId, String why) {
        int closed = 0;
        for (UUID id : store.openOfArrangement(tenant, arrangementId, TaskType.PROMISE_DUE)) {
            if (store.close(tenant, id, Task.DONE, SystemTasks.SYSTEM, clock.instant())) {
                audit.record(tenant, SystemTasks.SYSTEM, "TASK_DONE", "task", id.toString(), why);
                closed++;
            }
        }
        return closed;
    }

    /** Marks an open task done (or cancelled): its assignee, creator or a supervisor. */
    @Transactional
    Task close(CurrentUser user, UUID taskId, String status) {
        Task task = visibleTask(user, taskId);
        boolean mayClose = user.username().equals(task.assignee()) || user.username().equals(task.createdBy())
                || assignments.supervises(user, task.assignee());
        if (!mayClose) {
            throw new NotFoundException("task " + taskId + " not found");
        }
        if (!store.close(user.tenantId(), taskId, status, user.username(), clock.instant())) {
            throw new ConflictException("task-closed", "Task " + taskId + " is " + task.status() + " already.");
        }
        audit.record(user.tenantId(), user.username(), Task.DONE.equals(status) ? "TASK_DONE" : "TASK_CANCELLED",
                "task", taskId.toString(), task.type() + " account=" + task.accountId());
        return store.byId(user.tenantId(), taskId).orElseThrow();
    }

    /**
     * Hands an open task to another person: a lead within the team, a manager, an admin.
     */
    @Transactional
    Task reassign(CurrentUser user, UUID taskId, String assignee) {
        Task task = visibleTask(user, taskId);
        if (assignee == null || assignee.isBlank()) {
            throw new BadRequestException("assignee-required", "Name the assignee.");
        }
        String to = assignee.strip();
        if (!user.hasAnyRole(Role.TEAM_LEAD, Role.MANAGER, Role.ADMIN) || !assignments.supervises(user, to)
                || !(assignments.supervises(user, task.assignee()) || user.username().equals(task.assignee())
                        || leaverOfTeam(user, task.assignee()))) {
            throw new BusinessRuleException("bad-assignee", "Team leads hand tasks over within their team;"
                    + " managers and admins to anyone who serves the account's creditor.");
        }
        requireSees(user.tenantId(), to, task.accountId());
        if (!store.reassign(user.tenantId(), taskId, to)) {
            throw new ConflictException("task-closed", "Task " + taskId + " is " + task.status() + " already.");
        }
        audit.record(user.tenantId(), user.username(), "TASK_REASSIGNED", "task", taskId.toString(),
                task.assignee() + " -> " + to);
        return store.byId(user.tenantId(), taskId).orElseThrow();
    }

    /**
     * Which tasks: mine or my team's (a lead's team; everyone for managers and admins).
     */
    record Query(boolean team, String status, boolean overdue, int limit) {
    }

    @Transactional(readOnly = true)
    List<Task> list(CurrentUser user, Query query) {
        List<String> assignees;
        Set<String> leavers = Set.of();
        if (query.team()) {
            if (user.hasAnyRole(Role.MANAGER, Role.ADMIN)) {
                assignees = null;
                leavers = null;
            }
            else if (user.hasRole(Role.TEAM_LEAD) && user.teamId() != null) {
                assignees = new ArrayList<>(agents.ofTeam(user.tenantId(), user.teamId()));
                assignees.add(user.username());
                leavers = new java.util.HashSet<>(agents.leaversOfTeam(user.tenantId(), user.teamId()));
                leavers.remove(user.username());
                assignees.addAll(leavers);
            }
            else {
                throw new org.springframework.security.access.AccessDeniedException(
                        "Team lists are for team leads, managers and admins.");
            }
        }
        else {
            assignees = List.of(user.username());
        }
        Instant now = clock.instant();
        List<Task> tasks = store.ofAssignees(user.tenantId(), assignees,
                user.seesAllCreditors() ? null : user.creditorScope(), query.status(), query.overdue() ? now : null,
                query.limit());
        List<Task> named = named(user, tasks);
        if (leavers == null) {
            // every assignee of the tenant: mark those who have left
            leavers = query.team()
                    ? Set.copyOf(agents.disabled(user.tenantId(),
                            named.stream().map(Task::assignee).collect(java.util.stream.Collectors.toSet())))
                    : Set.of();
        }
        Set<String> left = leavers;
        return left.isEmpty() ? named
                : named.stream().map(t -> left.contains(t.assignee()) ? t.ofLeaver() : t).toList();
    }

    /**
     * Keeps the tasks on accounts the user may see, with the account's ref and debtor.
     */
    List<Task> named(CurrentUser user, List<Task> tasks) {
        Map<UUID, AccountDirectory.Workable> facts = new HashMap<>();
        List<UUID> ids = tasks.stream().map(Task::accountId).distinct().toList();
        accounts.select(user, new AccountDirectory.Selection(ids, null, null, null, null), ids.size())
            .forEach(w -> facts.put(w.id(), w));
        return tasks.stream()
            .filter(t -> facts.containsKey(t.accountId()))
            .map(t -> t.named(facts.get(t.accountId()).creditorRef(), facts.get(t.accountId()).debtorName()))
            .toList();
    }

    /**
     * The caller's open tasks: overdue, and due from now to the end of today (tenant's
     * zone), on accounts they may see (as their list).
     */
    TaskStore.Counts badge(CurrentUser user) {
        Instant now = clock.instant();
        ZoneId zone = tenants.get(user.tenantId()).zone();
        Instant endOfDay = LocalDate.ofInstant(now, zone).plusDays(1).atStartOfDay(zone).toInstant();
        return store.counts(user.tenantId(), user.username(), user.seesAllCreditors() ? null : user.creditorScope(),
                now, endOfDay);
    }

    /**
     * The open tasks of an account the caller has checked the user may see (case view).
     */
    List<Task> openOfVisible(CurrentUser user, UUID accountId) {
        return store.openOfAccount(user.tenantId(), accountId, 20);
    }

    /** The account's agent from the work queue, else {@code fallback}. */
    String defaultAssignee(TenantId tenant, UUID accountId, String fallback) {
        return assignedAgent(tenant, accountId).orElse(fallback);
    }

    private Optional<String> assignedAgent(TenantId tenant, UUID accountId) {
        return jdbc.sql("select agent_username from work_assignment where tenant_id = ? and account_id = ?")
            .params(tenant.value(), accountId)
            .query(String.class)
            .optional();
    }

    /** Whether {@code username} is a disabled member of the team the user leads. */
    private boolean leaverOfTeam(CurrentUser user, String username) {
        return user.hasRole(Role.TEAM_LEAD) && user.teamId() != null
                && agents.leaversOfTeam(user.tenantId(), user.teamId()).contains(username);
    }

    private Task visibleTask(CurrentUser user, UUID taskId) {
        return store.byId(user.tenantId(), taskId)
            .filter(t -> accounts.visible(user, t.accountId()).isPresent())
            .orElseThrow(() -> new NotFoundException("task " + taskId + " not found"));
    }

    private void requireVisible(CurrentUser user, UUID accountId) {
        if (accounts.visible(user, accountId).isEmpty()) {
            throw new NotFoundException("account " + accountId + " not found");
        }
    }

    private void requireSees(TenantId tenant, String username, UUID accountId) {
        CurrentUser assignee = agents.find(tenant, username)
            .orElseThrow(() -> new BusinessRuleException("unknown-assignee", "No user " + username + "."));
        if (accounts.visible(assignee, accountId).isEmpty()) {
            throw new BusinessRuleException("assignee-cannot-see",
                    username + " does not serve the creditor of this account.");
        }
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

}
