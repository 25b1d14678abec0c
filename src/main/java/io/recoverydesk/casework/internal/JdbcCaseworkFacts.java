package io.recoverydesk.casework.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import io.recoverydesk.casework.CaseworkFacts;
import io.recoverydesk.identity.Tenants;
import io.recoverydesk.kernel.Ids;
import io.recoverydesk.kernel.SqlValues;
import io.recoverydesk.kernel.TenantId;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * {@link CaseworkFacts} by range scans over the account-keyed indexes: open arrangements
 * (their {@code open_account_id}), due callbacks and promise reminders, assignments.
 */
@Component
class JdbcCaseworkFacts implements CaseworkFacts {

    private static final int REASONS_MAX = 500;

    private final JdbcClient jdbc;

    private final NamedParameterJdbcTemplate named;

    private final Tasks tasks;

    private final Tenants tenants;

    private final Clock clock;

    JdbcCaseworkFacts(JdbcClient jdbc, NamedParameterJdbcTemplate named, Tasks tasks, Tenants tenants, Clock clock) {
        this.jdbc = jdbc;
        this.named = named;
        this.tasks = tasks;
        this.tenants = tenants;
        this.clock = clock;
    }

    @Override
    public Optional<UUID> stepTask(TenantId tenant, UUID accountId, UUID actionId, String type, String title,
            Instant dueAt) {
        TaskType kind = TaskType.valueOf(type);
        if (kind != TaskType.LETTER && kind != TaskType.VISIT && kind != TaskType.LEGAL_REVIEW) {
            throw new IllegalArgumentException("not a treatment step task: " + type);
        }
        Optional<String> agent = jdbc
            .sql("select agent_username from work_assignment where tenant_id = ? and account_id = ?")
            .params(tenant.value(), accountId)
            .query(String.class)
            .optional();
        if (agent.isEmpty()) {
            return Optional.empty();
        }
        Optional<UUID> existing = jdbc
            .sql("select id from casework_task where tenant_id = ? and task_type = ? and arrangement_id = ?")
            .params(tenant.value(), kind.name(), actionId)
            .query(UUID.class)
            .optional();
        if (existing.isPresent()) {
            return existing;
        }
        Instant now = clock.instant();
        return tasks.createForSystem(tenant, "strategy",
                new TaskStore.NewTask(Ids.newId(), accountId, kind, title, dueAt, "NORMAL", agent.get(), actionId,
                        LocalDate.ofInstant(dueAt, tenants.get(tenant).zone()), null, "strategy", now));
    }

    @Override
    public Map<UUID, CaseState> between(TenantId tenant, UUID first, UUID last, Instant now) {
        Map<UUID, String> arrangements = new HashMap<>();
        // a settlement outranks a plan, a plan a promise: the strongest commitment names
        // the state
        for (String[] source : new String[][] { { "promise", "PROMISE" }, { "payment_plan", "PLAN" },
                { "settlement", "SETTLEMENT" } }) {
            jdbc.sql("select open_account_id from " + source[0]
                    + " where tenant_id = ? and open_account_id between ? and ?")
                .params(tenant.value(), first, last)
                .query(UUID.class)
                .list()
                .forEach(id -> arrangements.put(id, source[1]));
        }
        Map<UUID, Integer> due = new HashMap<>();
        jdbc.sql("""
                select account_id, count(*) from casework_task
                where tenant_id = ? and account_id between ? and ? and status = 'OPEN' and due_at <= ?
                  and task_type in ('CALLBACK', 'PROMISE_DUE')
                group by account_id""")
            .params(tenant.value(), first, last, SqlValues.utc(now))
            .query((rs, n) -> due.put(rs.getObject(1, UUID.class), rs.getInt(2)))
            .list();
        Map<UUID, String> agents = new HashMap<>();
        jdbc.sql(
                "select account_id, agent_username from work_assignment where tenant_id = ? and account_id between ? and ?")
            .params(tenant.value(), first, last)
            .query((rs, n) -> agents.put(rs.getObject(1, UUID.class), rs.getString(2)))
            .list();
        Map<UUID, CaseState> states = new HashMap<>();
        for (UUID id : union(arrangements.keySet(), due.keySet(), agents.keySet())) {
            states.put(id,
                    new CaseState(arrangements.getOrDefault(id, "NONE"), due.getOrDefault(id, 0), agents.get(id)));
        }
        return states;
    }

    @SafeVarargs
    private static Set<UUID> union(Set<UUID>... sets) {
        Set<UUID> all = new HashSet<>();
        for (Set<UUID> set : sets) {
            all.addAll(set);
        }
        return all;
    }

    @Override
    public int reprioritise(TenantId tenant, List<QueuePriority> priorities) {
        if (priorities.isEmpty()) {
            return 0;
        }
        MapSqlParameterSource[] batch = priorities.stream()
            .map(p -> new MapSqlParameterSource().addValue("tenant", tenant.value())
                .addValue("account", p.accountId())
                .addValue("score", p.score())
                .addValue("reasons", truncate(String.join("; ", p.reasons()))))
            .toArray(MapSqlParameterSource[]::new);
        int[] counts = named.batchUpdate("""
                update work_assignment set priority = :score, priority_reasons = :reasons
                where tenant_id = :tenant and account_id = :account
                  and (priority <> :score or priority_reasons <> :reasons)""", batch);
        int changed = 0;
        for (int count : counts) {
            changed += Math.max(count, 0);
        }
        return changed;
    }

    private static String truncate(String text) {
        return text.length() <= REASONS_MAX ? text : text.substring(0, REASONS_MAX);
    }

}
