package io.recoverydesk.casework.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import io.recoverydesk.audit.AuditLog;
import io.recoverydesk.casework.WorkAssignments;
import io.recoverydesk.kernel.BulkInsert;
import io.recoverydesk.kernel.PgBinaryCopy.Type;
import io.recoverydesk.kernel.SqlLists;
import io.recoverydesk.kernel.SqlValues;
import io.recoverydesk.kernel.TenantId;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The allocation run's view of the work queues, in set-wise batches. */
@Component
class JdbcWorkAssignments implements WorkAssignments {

    private static final int REASONS_MAX = 500;

    private static final String SYSTEM_ACTOR_PREFIX = "allocation:";

    private final JdbcClient jdbc;

    private final NamedParameterJdbcTemplate named;

    private final Agents agents;

    private final AuditLog audit;

    private static final BulkInsert.Columns INSERTED = new BulkInsert.Columns(
            "tenant_id, account_id, agent_username, assigned_by, assigned_at, priority, priority_reasons, pinned",
            Type.UUID, Type.UUID, Type.TEXT, Type.TEXT, Type.TIMESTAMPTZ, Type.NUMERIC, Type.TEXT, Type.BOOL);

    private final BulkInsert bulk;

    private final TaskStore tasks;

    JdbcWorkAssignments(JdbcClient jdbc, NamedParameterJdbcTemplate named, Agents agents, AuditLog audit,
            BulkInsert bulk, TaskStore tasks) {
        this.bulk = bulk;
        this.tasks = tasks;
        this.jdbc = jdbc;
        this.named = named;
        this.agents = agents;
        this.audit = audit;
    }

    @Override
    public Map<UUID, Held> all(TenantId tenant) {
        Map<UUID, Held> held = new HashMap<>();
        jdbc.sql("select account_id, agent_username, pinned, leased_until from work_assignment where tenant_id = ?")
            .param(tenant.value())
            .query((rs, n) -> held.put(rs.getObject(1, UUID.class),
                    new Held(rs.getString(2), rs.getBoolean(3), SqlValues.instant(rs, "leased_until"))))
            .list();
        return held;
    }

    @Override
    public java.util.Optional<String> holder(TenantId tenant, UUID accountId) {
        return jdbc.sql("select agent_username from work_assignment where tenant_id = ? and account_id = ?")
            .params(tenant.value(), accountId)
            .query(String.class)
            .optional();
    }

    @Override
    public Map<String, AgentScope> scopes(TenantId tenant, Collection<String> usernames) {
        Map<String, AgentScope> scopes = new HashMap<>();
        agents.findAll(tenant, usernames)
            .forEach((username, user) -> scopes.put(username,
                    user.creditorScope() == null ? AgentScope.ALL : new AgentScope(false, user.creditorScope())));
        return scopes;
    }

    @Override
    public Applied apply(TenantId tenant, String actor, List<Placement> placements, Instant now) {
        Map<UUID, Held> before = all(tenant);
        Object at = SqlValues.utc(now);
        List<Object[]> inserts = new ArrayList<>();
        List<MapSqlParameterSource> moves = new ArrayList<>();
        List<MapSqlParameterSource> refreshes = new ArrayList<>();
        int skippedLeased = 0;
        Set<UUID> placed = new HashSet<>();
        for (Placement placement : placements) {
            placed.add(placement.accountId());
            Held held = before.get(placement.accountId());
            String reasons = truncate(String.join("; ", placement.reasons()));
            if (held == null) {
                inserts.add(new Object[] { tenant.value(), placement.accountId(), placement.agent(),
                        SYSTEM_ACTOR_PREFIX + actor, at, placement.priority(), reasons, false });
                continue;
            }
            MapSqlParameterSource row = new MapSqlParameterSource().addValue("tenant", tenant.value())
                .addValue("account", placement.accountId())
                .addValue("agent", placement.agent())
                .addValue("by", SYSTEM_ACTOR_PREFIX + actor)
                .addValue("at", at)
                .addValue("now", at)
                .addValue("priority", placement.priority())
                .addValue("reasons", reasons);
            if (held.pinned() || held.agent().equals(placement.agent())) {
                refreshes.add(row);
            }
            else if (leased(held, now)) {
                skippedLeased++;
            }
            else {
                moves.add(row.addValue("previous", held.agent()));
            }
        }
        List<MapSqlParameterSource> releases = new ArrayList<>();
        for (Map.Entry<UUID, Held> entry : before.entrySet()) {
            Held held = entry.getValue();
            if (held.pinned() || placed.contains(entry.getKey())) {
                continue;
            }
            if (leased(held, now)) {
                skippedLeased++;
                continue;
            }
            releases.add(new MapSqlParameterSource().addValue("tenant", tenant.value())
                .addValue("account", entry.getKey())
                .addValue("now", at));
        }
        int added = bulk.insert("work_assignment", INSERTED, inserts);
        // the lease checks repeat in SQL: an agent may have taken the case since it was
        // read
        int moved = sum(named.batchUpdate("""
                update work_assignment set agent_username = :agent, assigned_by = :by, assigned_at = :at,
                       priority = :priority, priority_reasons = :reasons, leased_by = null, leased_until = null
                where tenant_id = :tenant and account_id = :account and pinned = false
                  and (leased_until is null or leased_until <= :now)""", moves.toArray(MapSqlParameterSource[]::new)));
        // the open tasks an agent had on a case go with it (a callback must be kept by
        // whoever works the case); tasks of anyone else stay theirs
        int tasksMoved = sum(named.batchUpdate("""
                update casework_task set assignee = :agent
                where tenant_id = :tenant and account_id = :account and status = 'OPEN' and assignee = :previous
                  and exists (select 1 from work_assignment w where w.tenant_id = :tenant and w.account_id = :account
                              and w.agent_username = :agent)""", moves.toArray(MapSqlParameterSource[]::new)));
        int kept = sum(named.batchUpdate("""
                update work_assignment set priority = :priority, priority_reasons = :reasons
                where tenant_id = :tenant and account_id = :account""",
                refreshes.toArray(MapSqlParameterSource[]::new)));
        int released = sum(named.batchUpdate("""
                delete from work_assignment
                where tenant_id = :tenant and account_id = :account and pinned = false
                  and (leased_until is null or leased_until <= :now)""",
                releases.toArray(MapSqlParameterSource[]::new)));
        skippedLeased += (moves.size() - moved) + (releases.size() - released);
        tasks.handUnheldToAgents(tenant);
        Applied applied = new Applied(added, moved, kept, released, skippedLeased);
        audit.record(tenant, actor, "ALLOCATION_APPLIED", "TENANT", tenant.toString(), "added=" + added + " moved="
                + moved + " kept=" + kept + " released=" + released + " leftForLease=" + skippedLeased);
        return applied;
    }

    private static boolean leased(Held held, Instant now) {
        return held.leasedUntil() != null && held.leasedUntil().isAfter(now);
    }

    private static int sum(int[] counts) {
        int total = 0;
        for (int count : counts) {
            total += Math.max(count, 0);
        }
        return total;
    }

    private static String truncate(String text) {
        return text.length() <= REASONS_MAX ? text : text.substring(0, REASONS_MAX);
    }

    /** What {@link #releaseOutside} gave up: cases back to the pool, tasks handed on. */
    record Released(int cases, int tasks) {
    }

    /**
     * Deletes the agent's assignments on accounts of creditors outside {@code scope}, and
     * hands their open tasks on those accounts to the account's agent, or to no one
     * ({@code system}) until the case gets one (see
     * {@link TaskStore#handUnheldToAgents}).
     */
    Released releaseOutside(TenantId tenant, String agent, AgentScope scope) {
        List<Object> scopeParams = new ArrayList<>();
        String outside = "";
        if (!scope.creditors().isEmpty()) {
            outside = " and c.code not in (" + SqlLists.marks(scope.creditors().size()) + ")";
            scopeParams.addAll(scope.creditors().stream().sorted().toList());
        }
        String accountsOutside = "select a.id from account a join creditor c on c.tenant_id = a.tenant_id"
                + " and c.id = a.creditor_id where a.tenant_id = ?" + outside;
        List<Object> params = new ArrayList<>(List.of(tenant.value(), agent, tenant.value()));
        params.addAll(scopeParams);
        int cases = jdbc
            .sql("delete from work_assignment where tenant_id = ? and agent_username = ? and account_id in ("
                    + accountsOutside + ")")
            .params(params)
            .update();
        List<Object> taskParams = new ArrayList<>(List.of(SystemTasks.SYSTEM, tenant.value(), agent, tenant.value()));
        taskParams.addAll(scopeParams);
        int tasks = jdbc
            .sql("""
                    update casework_task t set assignee = coalesce((select w.agent_username from work_assignment w
                                                                    where w.tenant_id = t.tenant_id and w.account_id = t.account_id), ?)
                    where t.tenant_id = ? and t.assignee = ? and t.status = 'OPEN' and t.account_id in ("""
                    + accountsOutside + ")")
            .params(taskParams)
            .update();
        return new Released(cases, tasks);
    }

}
