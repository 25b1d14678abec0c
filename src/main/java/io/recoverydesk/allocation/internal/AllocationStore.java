package io.recoverydesk.allocation.internal;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.UUID;
import java.util.stream.Collectors;

import io.recoverydesk.allocation.Allocations.Summary;
import io.recoverydesk.allocation.engine.AgentLoad;
import io.recoverydesk.allocation.engine.AllocationPlan;
import io.recoverydesk.allocation.engine.Assignment;
import io.recoverydesk.allocation.engine.TeamBalance;
import io.recoverydesk.allocation.engine.Unassigned;
import io.recoverydesk.casework.WorkAssignments.Applied;
import io.recoverydesk.kernel.PgBinaryCopy.Type;
import io.recoverydesk.kernel.SqlValues;
import io.recoverydesk.kernel.TenantId;
import io.recoverydesk.team.Roster.AgentSchedule;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Keeps each allocation run: its counts, one row per agent and per team, and one line per
 * account (placed, left unplaced, or released) for the latest {@value #RUNS_WITH_LINES}
 * runs of the tenant.
 */
@Component
class AllocationStore {

    static final int RUNS_WITH_LINES = 5;

    static final String RELEASED = "RELEASED";

    private static final io.recoverydesk.kernel.BulkInsert.Columns LINE_COLUMNS = new io.recoverydesk.kernel.BulkInsert.Columns(
            "tenant_id, run_id, account_id, agent_username, previous_agent, reason, detail, balance, expected_value",
            Type.UUID, Type.UUID, Type.UUID, Type.TEXT, Type.TEXT, Type.TEXT, Type.TEXT, Type.NUMERIC, Type.NUMERIC);

    private final JdbcClient jdbc;

    private final JdbcTemplate template;

    private final io.recoverydesk.kernel.BulkInsert bulk;

    AllocationStore(JdbcClient jdbc, JdbcTemplate template, io.recoverydesk.kernel.BulkInsert bulk) {
        this.jdbc = jdbc;
        this.template = template;
        this.bulk = bulk;
    }

    /** Everything one run produced. */
    record RunRecord(TenantId tenant, UUID runId, UUID strategyRunId, LocalDate day, String actor, Instant started,
            Instant finished, AllocationPolicies.Policy policy, AllocationPool pool, AllocationPlan plan,
            Applied applied, List<AgentSchedule> roster, int capacity) {
    }

    Optional<Summary> forStrategyRun(TenantId tenant, UUID strategyRunId) {
        return jdbc
            .sql("select id, placed, added, moved, kept, released, unassigned, waiting from allocation_run"
                    + " where tenant_id = ? and strategy_run_id = ?")
            .params(tenant.value(), strategyRunId)
            .query((rs, n) -> new Summary(rs.getObject(1, UUID.class), rs.getInt(2), rs.getInt(3), rs.getInt(4),
                    rs.getInt(5), rs.getInt(6), rs.getInt(7), rs.getLong(8)))
            .optional();
    }

    Optional<io.recoverydesk.allocation.Allocations.Explanation> explain(TenantId tenant, UUID accountId) {
        return jdbc.sql("""
                select l.agent_username, l.reason, l.detail, r.run_date from allocation_line l
                join allocation_run r on r.tenant_id = l.tenant_id and r.id = l.run_id
                where l.tenant_id = ? and l.account_id = ? and l.run_id in
                      (select id from allocation_run where tenant_id = ? order by started_at desc, id limit ?)
                order by r.started_at desc limit 1""")
            .params(tenant.value(), accountId, tenant.value(), RUNS_WITH_LINES)
            .query((rs, n) -> new io.recoverydesk.allocation.Allocations.Explanation(rs.getString(1), rs.getString(2),
                    rs.getString(3), SqlValues.date(rs, "run_date")))
            .optional();
    }

    void save(RunRecord run, Map<UUID, PoolEntry> entries) {
        UUID tenant = run.tenant().value();
        AllocationPlan plan = run.plan();
        jdbc.sql("""
                insert into allocation_run (tenant_id, id, strategy_run_id, run_date, requested_by, started_at,
                    finished_at, fairness_band, keep_continuity, accounts_open, needing_person, considered, placed,
                    added, moved, kept, released, skipped_leased, unassigned, waiting, agents, capacity)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
            .params(tenant, run.runId(), run.strategyRunId(), run.day(), run.actor(), SqlValues.utc(run.started()),
                    SqlValues.utc(run.finished()), run.policy().fairnessBand(), run.policy().keepContinuity(),
                    run.pool().open, run.pool().needing, run.pool().entries.size(), plan.assignments().size(),
                    run.applied().added(), run.applied().moved(), run.applied().kept(), run.applied().released(),
                    run.applied().skippedLeased(), plan.unassigned().size(), run.pool().waiting, run.roster().size(),
                    run.capacity())
            .update();
        Map<String, AgentSchedule> roster = run.roster()
            .stream()
            .collect(Collectors.toMap(AgentSchedule::username, a -> a));
        List<Object[]> agents = new ArrayList<>();
        for (AgentLoad load : plan.loads()) {
            AgentSchedule agent = roster.get(load.agent());
            Map<String, Integer> reasons = new TreeMap<>();
            load.reasons().forEach((reason, count) -> reasons.put(reason.name(), count));
            agents.add(new Object[] { tenant, run.runId(), load.agent(), clip(load.team(), 40), load.count(),
                    load.balance(), load.expectedValue(), load.capacity(),
                    agent == null ? BigDecimal.ZERO : agent.hoursShare(), status(agent), clip(format(reasons), 400),
                    clip(String.join("\n", load.notes()), 2000) });
        }
        template.batchUpdate("""
                insert into allocation_agent (tenant_id, run_id, agent_username, team, cases, balance, expected_value,
                    capacity, hours_share, status, reasons, notes) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
                agents);
        List<Object[]> teams = new ArrayList<>();
        for (TeamBalance team : plan.teams()) {
            teams.add(new Object[] { tenant, run.runId(), clip(team.team(), 40), team.mean(), team.low(), team.high(),
                    team.moves(),
                    clip(team.gaps().stream().map(g -> g.agent() + ": " + g.why()).collect(Collectors.joining("\n")),
                            2000) });
        }
        template.batchUpdate("""
                insert into allocation_team (tenant_id, run_id, team, mean, low, high, moves, gaps)
                values (?, ?, ?, ?, ?, ?, ?, ?)""", teams);
        List<Object[]> lines = new ArrayList<>();
        for (Assignment a : plan.assignments()) {
            PoolEntry entry = entries.get(a.accountId());
            lines.add(line(tenant, run.runId(), a.accountId(), a.agent(), a.previousAgent(), a.reason().name(),
                    a.detail(), entry));
        }
        for (Unassigned u : plan.unassigned()) {
            PoolEntry entry = entries.get(u.accountId());
            lines.add(
                    line(tenant, run.runId(), u.accountId(), null, entry.held(), u.reason().name(), u.detail(), entry));
        }
        for (AllocationPool.Release release : run.pool().releases) {
            lines.add(new Object[] { tenant, run.runId(), release.accountId(), null, release.agent(), RELEASED,
                    clip(release.why(), 600), BigDecimal.ZERO, BigDecimal.ZERO });
        }
        bulk.insert("allocation_line", LINE_COLUMNS, lines);
        prune(run.tenant());
    }

    private static Object[] line(UUID tenant, UUID runId, UUID account, String agent, String previous, String reason,
            String detail, PoolEntry entry) {
        String why = entry.demand().why();
        String text = (why == null || why.isBlank()) ? detail : detail + " — " + why;
        return new Object[] { tenant, runId, account, agent, previous, reason, clip(text, 600), entry.balance(),
                entry.expectedValue() };
    }

    /** Drops the account lines of all but the latest runs; their counts stay. */
    private void prune(TenantId tenant) {
        List<UUID> older = jdbc
            .sql("select id from allocation_run where tenant_id = ? order by started_at desc, id offset "
                    + RUNS_WITH_LINES + " rows")
            .param(tenant.value())
            .query(UUID.class)
            .list();
        for (UUID run : older) {
            jdbc.sql("delete from allocation_line where tenant_id = ? and run_id = ?")
                .params(tenant.value(), run)
                .update();
        }
    }

    private static String status(AgentSchedule agent) {
        if (agent == null) {
            return "UNKNOWN";
        }
        if (!agent.active()) {
            return "LEFT";
        }
        if (agent.absent()) {
            return "ABSENT";
        }
        return agent.hoursShare().signum() == 0 ? "NO_HOURS" : "ACTIVE";
    }

    private static String format(Map<String, Integer> reasons) {
        return reasons.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue()).collect(Collectors.joining(","));
    }

    static String clip(String text, int max) {
        if (text == null) {
            return "";
        }
        return text.length() <= max ? text : text.substring(0, max - 1) + "…";
    }

}
