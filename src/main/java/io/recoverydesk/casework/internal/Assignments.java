package io.recoverydesk.casework.internal;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import io.recoverydesk.audit.AuditLog;
import io.recoverydesk.casework.PriorityPolicy;
import io.recoverydesk.identity.CurrentUser;
import io.recoverydesk.identity.Role;
import io.recoverydesk.kernel.BadRequestException;
import io.recoverydesk.kernel.BusinessRuleException;
import io.recoverydesk.kernel.NotFoundException;
import io.recoverydesk.kernel.SqlLists;
import io.recoverydesk.kernel.SqlValues;
import io.recoverydesk.portfolio.AccountDirectory;
import io.recoverydesk.portfolio.AccountDirectory.Selection;
import io.recoverydesk.portfolio.AccountDirectory.Workable;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Assigning accounts to agents (by ids/refs or by filter), audited once per call;
 * reassigning moves the assignment and drops the old agent's lease. The priority is
 * stored at assignment time and recomputed on reassignment or on demand.
 */
@Service
class Assignments {

    static final int MAX_LIMIT = 1000;

    private static final int FILTER_SCAN = 5000;

    /** The widest look at a tenant's accounts one filtered assignment takes. */
    private static final int FILTER_SCAN_MAX = 1 << 20;

    private final JdbcClient jdbc;

    private final AccountDirectory accounts;

    private final PriorityPolicy priority;

    /** Callbacks and promise-due tasks due now count in the priority. */
    private final TaskStore taskStore;

    private final Agents agents;

    private final AuditLog audit;

    private final Clock clock;

    Assignments(JdbcClient jdbc, AccountDirectory accounts, PriorityPolicy priority, Agents agents, AuditLog audit,
            Clock clock, TaskStore taskStore) {
        this.taskStore = taskStore;
        this.jdbc = jdbc;
        this.accounts = accounts;
        this.priority = priority;
        this.agents = agents;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * A filter: creditor code, bucket label, minimum balance, only accounts nobody has.
     */
    record Filter(String creditor, String bucket, BigDecimal minBalance, Boolean unassignedOnly) {
    }

    /**
     * Either ids (account ids) / refs (creditor refs), or a filter with a limit;
     * {@code pin} (default true) makes the assignment a manual override that the
     * allocation run leaves alone until someone unpins it.
     */
    record Request(List<UUID> accountIds, List<String> creditorRefs, Filter filter, String agent, Integer limit,
            Boolean pin) {

        Request(List<UUID> accountIds, List<String> creditorRefs, Filter filter, String agent, Integer limit) {
            this(accountIds, creditorRefs, filter, agent, limit, null);
        }

        boolean pinned() {
            return pin == null || pin;
        }

    }

    /**
     * What a call did: new assignments, moved from another agent, already the agent's
     * (priority refreshed), filter matches the agent may not see, and accounts a team
     * lead left alone because another team's agent works them (never moved).
     */
    record Result(String agent, int assigned, int reassigned, int unchanged, int skipped, int skippedOtherTeams,
            List<UUID> accountIds) {
    }

    /** One agent's queue in short. */
    record AgentLoad(String agent, long assigned, long leasedNow) {
    }

    /** One assignment. */
    record Row(UUID accountId, String creditorRef, String debtorName, String agent, BigDecimal priority,
            List<String> reasons, String leasedBy, Instant leasedUntil, String assignedBy, Instant assignedAt,
            boolean pinned) {
    }

    @Transactional
    Result assign(CurrentUser user, Request request) {
        if (request.agent() == null || request.agent().isBlank()) {
            throw new BadRequestException("agent-required", "agent (a username) is required.");
        }
        CurrentUser agent = agents.find(user.tenantId(), request.agent().strip())
            .filter(a -> a.hasRole(Role.AGENT))
            .orElseThrow(() -> new BusinessRuleException("unknown-agent",
                    "No active agent " + request.agent() + " in this tenant."));
        if (!user.hasAnyRole(Role.MANAGER, Role.ADMIN)
                && (user.teamId() == null || !user.teamId().equals(agent.teamId()))) {
            throw new BusinessRuleException("agent-not-in-team",
                    "A team lead assigns only to agents of their own team; " + agent.username() + " is not.");
        }
        boolean byIds = request.accountIds() != null && !request.accountIds().isEmpty()
                || request.creditorRefs() != null && !request.creditorRefs().isEmpty();
        List<Workable> chosen;
        int skipped = 0;
        int limit = Integer.MAX_VALUE;
        if (byIds) {
            if (request.filter() != null) {
                throw new BadRequestException("ids-or-filter",
                        "Give accountIds (or creditorRefs) or a filter, not both.");
            }
            List<UUID> ids = request.accountIds() == null ? List.of() : request.accountIds();
            List<String> refs = request.creditorRefs() == null ? List.of()
                    : request.creditorRefs().stream().map(String::strip).filter(s -> !s.isEmpty()).toList();
            if (ids.size() + refs.size() > MAX_LIMIT) {
                throw new BadRequestException("too-many", "At most " + MAX_LIMIT + " accounts per call.");
            }
            chosen = accounts.select(user, new Selection(ids, refs, null, null, null), MAX_LIMIT * 2);
            Set<UUID> found = chosen.stream().map(Workable::id).collect(Collectors.toSet());
            Set<String> foundRefs = chosen.stream().map(Workable::creditorRef).collect(Collectors.toSet());
            List<String> missing = new ArrayList<>();
            ids.stream().filter(id -> !found.contains(id)).forEach(id -> missing.add(id.toString()));
            refs.stream().filter(r -> !foundRefs.contains(r)).forEach(missing::add);
            if (!missing.isEmpty()) {
                throw new UnknownAccounts(missing);
            }
            List<String> closed = chosen.stream()
                .filter(w -> !WorkQueue.isOpen(w.status()))
                .map(Workable::creditorRef)
                .toList();
            if (!closed.isEmpty()) {
                throw new BusinessRuleException("account-closed",
                        "Closed accounts are not worked: " + truncate(closed) + ".");
            }
            Set<UUID> agentSees = visibleTo(agent, chosen);
            List<String> hidden = chosen.stream()
                .filter(w -> !agentSees.contains(w.id()))
                .map(w -> w.creditorRef())
                .toList();
            if (!hidden.isEmpty()) {
                throw new BusinessRuleException("agent-cannot-see", agent.username()
                        + " does not serve the creditor of " + truncate(hidden) + "; assign to an agent who does.");
            }
        }
        else {
            Filter filter = request.filter();
            if (filter == null) {
                throw new BadRequestException("ids-or-filter", "Give accountIds (or creditorRefs) or a filter.");
            }
            limit = request.limit() == null ? 100 : request.limit();
            if (limit < 1 || limit > MAX_LIMIT) {
                throw new BadRequestException("bad-limit", "limit is 1 to " + MAX_LIMIT + ".");
            }
            List<Workable> matches = matches(user, filter, limit);
            Set<UUID> agentSees = visibleTo(agent, matches);
            List<Workable> visible = matches.stream().filter(w -> agentSees.contains(w.id())).toList();
            skipped = Math.min(matches.size(), limit) - Math.min(visible.size(), limit);
            chosen = visible;
        }
        Map<UUID, String> before = currentAgents(user, chosen.stream().map(Workable::id).toList());
        // a team lead takes no account from an agent they do not supervise (as with
        // tasks)
        Set<String> team = teamFilter(user);
        int skippedOtherTeams = 0;
        if (team != null) {
            List<Workable> ours = chosen.stream()
                .filter(w -> before.get(w.id()) == null || team.contains(before.get(w.id())))
                .toList();
            skippedOtherTeams = Math.min(chosen.size(), limit) - Math.min(ours.size(), limit);
            chosen = ours;
        }
        chosen = chosen.stream().limit(limit).toList();
        Instant now = clock.instant();
        Map<UUID, Integer> dueNow = taskStore.dueNowCounts(user.tenantId(), chosen.stream().map(Workable::id).toList(),
                now);
        int assigned = 0;
        int reassigned = 0;
        int unchanged = 0;
        int tasksMoved = 0;
        for (Workable w : chosen) {
            PriorityPolicy.Priority p = score(w, dueNow.getOrDefault(w.id(), 0));
            String previous = before.get(w.id());
            if (previous == null) {
                jdbc.sql("insert into work_assignment (tenant_id, account_id, agent_username, assigned_by, assigned_at,"
                        + " priority, priority_reasons, pinned) values (?, ?, ?, ?, ?, ?, ?, ?)")
                    .params(user.tenantId().value(), w.id(), agent.username(), user.username(), SqlValues.utc(now),
                            p.score(), String.join("; ", p.reasons()), request.pinned())
                    .update();
                assigned++;
            }
            else if (previous.equals(agent.username())) {
                jdbc.sql("update work_assignment set priority = ?, priority_reasons = ?, pinned = ?"
                        + " where tenant_id = ? and account_id = ?")
                    .params(p.score(), String.join("; ", p.reasons()), request.pinned(), user.tenantId().value(),
                            w.id())
                    .update();
                unchanged++;
            }
            else {
                jdbc.sql(
                        "update work_assignment set agent_username = ?, assigned_by = ?, assigned_at = ?, priority = ?,"
                                + " priority_reasons = ?, leased_by = null, leased_until = null, pinned = ?"
                                + " where tenant_id = ? and account_id = ?")
                    .params(agent.username(), user.username(), SqlValues.utc(now), p.score(),
                            String.join("; ", p.reasons()), request.pinned(), user.tenantId().value(), w.id())
                    .update();
                // the previous agent's open tasks on the case go with it
                tasksMoved += jdbc
                    .sql("update casework_task set assignee = ? where tenant_id = ? and account_id = ?"
                            + " and status = 'OPEN' and assignee = ?")
                    .params(agent.username(), user.tenantId().value(), w.id(), previous)
                    .update();
                reassigned++;
            }
        }
        // tasks held by no one (made while a case had no agent) go to its agent now
        tasksMoved += taskStore.handUnheldToAgents(user.tenantId(), chosen.stream().map(Workable::id).toList());
        List<UUID> ids = chosen.stream().map(Workable::id).toList();
        audit.record(user.tenantId(), user.username(), "WORK_ASSIGNED", "AGENT", agent.username(),
                "assigned=" + assigned + " reassigned=" + reassigned + " unchanged=" + unchanged + " skipped=" + skipped
                        + " skippedOtherTeams=" + skippedOtherTeams + " pinned=" + request.pinned() + " tasksMoved="
                        + tasksMoved + (byIds ? "" : " filter=" + request.filter()) + " accounts="
                        + truncate(ids.stream().map(UUID::toString).toList()));
        return new Result(agent.username(), assigned, reassigned, unchanged, skipped, skippedOtherTeams, ids);
    }

    /** Recomputes the stored priority of every assignment the user may see. */
    @Transactional
    int reprioritise(CurrentUser user) {
        List<UUID> all = jdbc.sql("select account_id from work_assignment where tenant_id = ? order by account_id")
            .param(user.tenantId().value())
            .query(UUID.class)
            .list();
        int updated = 0;
        for (int from = 0; from < all.size(); from += 500) {
            List<UUID> batch = all.subList(from, Math.min(all.size(), from + 500));
            Map<UUID, Integer> dueNow = taskStore.dueNowCounts(user.tenantId(), batch, clock.instant());
            for (Workable w : accounts.select(user, new Selection(batch, null, null, null, null), batch.size())) {
                PriorityPolicy.Priority p = score(w, dueNow.getOrDefault(w.id(), 0));
                updated += jdbc
                    .sql("update work_assignment set priority = ?, priority_reasons = ?"
                            + " where tenant_id = ? and account_id = ?")
                    .params(p.score(), String.join("; ", p.reasons()), user.tenantId().value(), w.id())
                    .update();
            }
        }
        audit.record(user.tenantId(), user.username(), "WORK_REPRIORITISED", "TENANT", user.tenantId().toString(),
                "updated=" + updated);
        return updated;
    }

    /** Agents' loads (a team lead: their team's agents). */
    @Transactional(readOnly = true)
    List<AgentLoad> loads(CurrentUser user) {
        Instant now = clock.instant();
        Set<String> team = teamFilter(user);
        List<AgentLoad> loads = jdbc
            .sql("select agent_username, count(*) as n, sum(case when leased_until > ? then 1 else 0 end) as leased"
                    + " from work_assignment where tenant_id = ? group by agent_username order by agent_username")
            .params(SqlValues.utc(now), user.tenantId().value())
            .query((rs, n) -> new AgentLoad(rs.getString("agent_username"), rs.getLong("n"), rs.getLong("leased")))
            .list();
        return loads.stream().filter(l -> team == null || team.contains(l.agent())).toList();
    }

    /**
     * One agent's assignments, highest priority first (at most 500), within the user's
     * scope.
     */
    @Transactional(readOnly = true)
    List<Row> of(CurrentUser user, String agent) {
        Set<String> team = teamFilter(user);
        if (team != null && !team.contains(agent)) {
            throw new NotFoundException("No agent " + agent + " in your team.");
        }
        record Raw(UUID accountId, BigDecimal priority, String reasons, String leasedBy, Instant leasedUntil,
                String assignedBy, Instant assignedAt, boolean pinned) {
        }
        List<Raw> raws = jdbc
            .sql("select * from work_assignment where tenant_id = ? and agent_username = ?"
                    + " order by priority desc, account_id limit 500")
            .params(user.tenantId().value(), agent)
            .query((rs, n) -> new Raw(rs.getObject("account_id", UUID.class), rs.getBigDecimal("priority"),
                    rs.getString("priority_reasons"), rs.getString("leased_by"), SqlValues.instant(rs, "leased_until"),
                    rs.getString("assigned_by"), SqlValues.instant(rs, "assigned_at"), rs.getBoolean("pinned")))
            .list();
        Map<UUID, Workable> facts = new HashMap<>();
        accounts.select(user, new Selection(raws.stream().map(Raw::accountId).toList(), null, null, null, null), 1000)
            .forEach(w -> facts.put(w.id(), w));
        Instant now = clock.instant();
        return raws.stream()
            .filter(r -> facts.containsKey(r.accountId()))
            .map(r -> new Row(r.accountId(), facts.get(r.accountId()).creditorRef(),
                    facts.get(r.accountId()).debtorName(), agent, r.priority(), WorkQueue.reasons(r.reasons()),
                    r.leasedUntil() != null && r.leasedUntil().isAfter(now) ? r.leasedBy() : null,
                    r.leasedUntil() != null && r.leasedUntil().isAfter(now) ? r.leasedUntil() : null, r.assignedBy(),
                    r.assignedAt(), r.pinned()))
            .toList();
    }

    /**
     * Lets the allocation run move these accounts again: clears the pin of those the user
     * may see and whose agent they supervise; answers how many were unpinned. Audited.
     */
    @Transactional
    int unpin(CurrentUser user, List<UUID> accountIds) {
        if (accountIds == null || accountIds.isEmpty() || accountIds.size() > MAX_LIMIT) {
            throw new BadRequestException("bad-ids", "Give 1 to " + MAX_LIMIT + " account ids.");
        }
        Set<UUID> visible = accounts.select(user, new Selection(accountIds, null, null, null, null), MAX_LIMIT * 2)
            .stream()
            .map(Workable::id)
            .collect(Collectors.toSet());
        Map<UUID, String> holders = currentAgents(user, List.copyOf(visible));
        List<UUID> unpinned = new ArrayList<>();
        for (Map.Entry<UUID, String> held : holders.entrySet()) {
            if (supervises(user, held.getValue()) && jdbc.sql(
                    "update work_assignment set pinned = false where tenant_id = ? and account_id = ? and pinned = true")
                .params(user.tenantId().value(), held.getKey())
                .update() == 1) {
                unpinned.add(held.getKey());
            }
        }
        if (!unpinned.isEmpty()) {
            audit.record(user.tenantId(), user.username(), "WORK_UNPINNED", "TENANT", user.tenantId().toString(),
                    "accounts=" + truncate(unpinned.stream().map(UUID::toString).toList()));
        }
        return unpinned.size();
    }

    /**
     * Whether the user may end leases of {@code agent}'s cases: managers and admins
     * always, a team lead for agents of their team.
     */
    boolean supervises(CurrentUser user, String agent) {
        if (user.hasAnyRole(Role.MANAGER, Role.ADMIN)) {
            return true;
        }
        return user.hasRole(Role.TEAM_LEAD) && user.teamId() != null
                && agents.ofTeam(user.tenantId(), user.teamId()).contains(agent);
    }

    /**
     * Agents the user may assign to: a team lead's team, else every agent of the tenant.
     */
    List<String> assignable(CurrentUser user) {
        Set<String> team = teamFilter(user);
        if (team != null) {
            return team.stream().sorted().toList();
        }
        return jdbc.sql("select username, roles from app_user where tenant_id = ? and enabled = true order by username")
            .param(user.tenantId().value())
            .query((rs, n) -> rs.getString("roles").contains(Role.AGENT.name()) ? rs.getString("username") : null)
            .list()
            .stream()
            .filter(Objects::nonNull)
            .toList();
    }

    private Set<String> teamFilter(CurrentUser user) {
        if (user.hasAnyRole(Role.MANAGER, Role.ADMIN)) {
            return null;
        }
        return user.teamId() == null ? Set.of() : new HashSet<>(agents.ofTeam(user.tenantId(), user.teamId()));
    }

    private PriorityPolicy.Priority score(Workable w, int dueNow) {
        return priority.score(new PriorityPolicy.Facts(w.id(), w.balance(), w.dpd(), w.bucket(), dueNow));
    }

    private Set<UUID> visibleTo(CurrentUser agent, List<Workable> candidates) {
        Set<UUID> out = new HashSet<>();
        for (List<UUID> batch : SqlLists.chunks(candidates.stream().map(Workable::id).toList())) {
            accounts.select(agent, new Selection(batch, null, null, null, null), batch.size())
                .forEach(w -> out.add(w.id()));
        }
        return out;
    }

    private Map<UUID, String> currentAgents(CurrentUser user, List<UUID> ids) {
        Map<UUID, String> out = new LinkedHashMap<>();
        for (List<UUID> batch : SqlLists.chunks(ids)) {
            jdbc.sql("select account_id, agent_username from work_assignment where tenant_id = ? and account_id in ("
                    + SqlLists.marks(batch.size()) + ")")
                .params(SqlLists.params(user.tenantId().value(), batch))
                .query((rs, n) -> Map.entry(rs.getObject("account_id", UUID.class), rs.getString("agent_username")))
                .list()
                .forEach(e -> out.put(e.getKey(), e.getValue()));
        }
        return out;
    }

    /**
     * Accounts named by id or reference that do not exist or that the user may not see.
     */
    static final class UnknownAccounts extends NotFoundException {

        private final List<String> named;

        UnknownAccounts(List<String> named) {
            super("No such account: " + truncate(named) + ".");
            this.named = List.copyOf(named);
        }

        /** The first few, as a page lists them. */
        String shown() {
            return truncate(named);
        }

    }

    private static String truncate(List<String> values) {
        if (values.size() <= 20) {
            return String.join(",", values);
        }
        return String.join(",", values.subList(0, 20)) + ",… (" + values.size() + " in all)";
    }

    /**
     * Open accounts matching the filter, largest balance first; with
     * {@code unassignedOnly}, those nobody works, read until {@code limit} of them are
     * found or every match was looked at (the largest accounts are usually taken first,
     * so a fixed window would run dry).
     */
    private List<Workable> matches(CurrentUser user, Filter filter, int limit) {
        Selection selection = new Selection(null, null, filter.creditor(), filter.bucket(), filter.minBalance());
        if (!Boolean.TRUE.equals(filter.unassignedOnly())) {
            return accounts.select(user, selection, FILTER_SCAN)
                .stream()
                .filter(w -> WorkQueue.isOpen(w.status()))
                .toList();
        }
        List<UUID> free = UnassignedWalk.free(limit, FILTER_SCAN, FILTER_SCAN_MAX,
                (offset, size) -> accounts.rank(user, selection, offset, size),
                ids -> currentAgents(user, ids).keySet());
        List<Workable> out = new ArrayList<>(free.size());
        for (List<UUID> batch : SqlLists.chunks(free)) {
            out.addAll(accounts.select(user, new Selection(batch, null, null, null, null), batch.size()));
        }
        return out;
    }

}
