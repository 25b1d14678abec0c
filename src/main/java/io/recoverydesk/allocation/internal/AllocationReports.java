package io.recoverydesk.allocation.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import io.recoverydesk.identity.CurrentUser;
import io.recoverydesk.kernel.BadRequestException;
import io.recoverydesk.kernel.NotFoundException;
import io.recoverydesk.kernel.SqlValues;
import io.recoverydesk.kernel.TenantId;
import io.recoverydesk.portfolio.AccountDirectory;
import io.recoverydesk.portfolio.AccountDirectory.Selection;
import io.recoverydesk.portfolio.AccountDirectory.Workable;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The allocation report: runs with their counts, each agent's load and why, each team's
 * fairness band, and the account lines — only those of creditors the reader may see.
 */
@Component
class AllocationReports {

    static final int MAX_LINES = 500;

    private final JdbcClient jdbc;

    private final AccountDirectory accounts;

    AllocationReports(JdbcClient jdbc, AccountDirectory accounts) {
        this.jdbc = jdbc;
        this.accounts = accounts;
    }

    /** A run's counts. */
    record RunView(UUID id, UUID strategyRunId, LocalDate runDate, String requestedBy, Instant startedAt,
            Instant finishedAt, BigDecimal fairnessBand, boolean keepContinuity, long accountsOpen, long needingPerson,
            int considered, int placed, int added, int moved, int kept, int released, int skippedLeased, int unassigned,
            long waiting, int agents, long capacity) {

        public long durationMs() {
            return finishedAt.toEpochMilli() - startedAt.toEpochMilli();
        }

    }

    /** One agent's load in a run; {@code reasons} counts accounts per reason. */
    record AgentRow(String agent, String team, int cases, BigDecimal balance, BigDecimal expectedValue, int capacity,
            BigDecimal hoursShare, String status, Map<String, Integer> reasons, List<String> notes) {

        /** Expected value per full-time share, what the fairness band compares. */
        public BigDecimal valuePerShare() {
            return hoursShare.signum() == 0 ? BigDecimal.ZERO
                    : expectedValue.divide(hoursShare, 2, RoundingMode.HALF_EVEN);
        }

        /** Cases as a percentage of capacity (0 without capacity). */
        public int utilisation() {
            return capacity == 0 ? 0 : (int) Math.round(cases * 100.0 / capacity);
        }

    }

    /** A team's band after the run. */
    record TeamRow(String team, BigDecimal mean, BigDecimal low, BigDecimal high, int moves, List<String> gaps) {

        public boolean withinBand() {
            return gaps.isEmpty();
        }

    }

    /** One account's line. */
    record Line(UUID accountId, String creditorRef, String debtorName, String agent, String previousAgent,
            String reason, String detail, BigDecimal balance, BigDecimal expectedValue) {
    }

    @Transactional(readOnly = true)
    List<RunView> runs(TenantId tenant, int limit) {
        return jdbc.sql("select * from allocation_run where tenant_id = ? order by started_at desc, id limit ?")
            .params(tenant.value(), limit)
            .query((rs, n) -> run(rs))
            .list();
    }

    @Transactional(readOnly = true)
    Optional<RunView> run(TenantId tenant, UUID id) {
        if (id == null) {
            return runs(tenant, 1).stream().findFirst();
        }
        return jdbc.sql("select * from allocation_run where tenant_id = ? and id = ?")
            .params(tenant.value(), id)
            .query((rs, n) -> run(rs))
            .optional();
    }

    RunView require(TenantId tenant, UUID id) {
        return run(tenant, id).orElseThrow(() -> new NotFoundException("No allocation run " + id + "."));
    }

    @Transactional(readOnly = true)
    List<AgentRow> agents(TenantId tenant, UUID runId) {
        return jdbc
            .sql("select * from allocation_agent where tenant_id = ? and run_id = ? order by team, agent_username")
            .params(tenant.value(), runId)
            .query((rs, n) -> new AgentRow(rs.getString("agent_username"), rs.getString("team"), rs.getInt("cases"),
                    rs.getBigDecimal("balance"), rs.getBigDecimal("expected_value"), rs.getInt("capacity"),
                    rs.getBigDecimal("hours_share"), rs.getString("status"), counts(rs.getString("reasons")),
                    lines(rs.getString("notes"))))
            .list();
    }

    @Transactional(readOnly = true)
    List<TeamRow> teams(TenantId tenant, UUID runId) {
        return jdbc.sql("select * from allocation_team where tenant_id = ? and run_id = ? order by team")
            .params(tenant.value(), runId)
            .query((rs, n) -> new TeamRow(rs.getString("team"), rs.getBigDecimal("mean"), rs.getBigDecimal("low"),
                    rs.getBigDecimal("high"), rs.getInt("moves"), lines(rs.getString("gaps"))))
            .list();
    }

    /** Lines left unplaced or released, counted by reason. */
    @Transactional(readOnly = true)
    Map<String, Long> unplacedCounts(TenantId tenant, UUID runId) {
        Map<String, Long> counts = new LinkedHashMap<>();
        jdbc.sql("select reason, count(*) from allocation_line where tenant_id = ? and run_id = ?"
                + " and agent_username is null group by reason order by reason")
            .params(tenant.value(), runId)
            .query((rs, n) -> counts.put(rs.getString(1), rs.getLong(2)))
            .list();
        return counts;
    }

    /**
     * Up to {@value #MAX_LINES} lines of a run, by agent or (without one) the unplaced
     * ones by reason, highest balance first, within the reader's scope.
     */
    @Transactional(readOnly = true)
    List<Line> lines(CurrentUser user, UUID runId, String agent, String reason) {
        if (agent == null && reason == null) {
            throw new BadRequestException("agent-or-reason", "Give an agent or a reason.");
        }
        StringBuilder sql = new StringBuilder("select * from allocation_line where tenant_id = ? and run_id = ?");
        List<Object> params = new java.util.ArrayList<>(List.of(user.tenantId().value(), runId));
        if (agent != null) {
            sql.append(" and agent_username = ?");
            params.add(agent);
        }
        else {
            sql.append(" and agent_username is null");
        }
        if (reason != null) {
            sql.append(" and reason = ?");
            params.add(reason);
        }
        sql.append(" order by balance desc, account_id limit ").append(MAX_LINES);
        record Raw(UUID accountId, String agent, String previous, String reason, String detail, BigDecimal balance,
                BigDecimal expectedValue) {
        }
        List<Raw> raws = jdbc.sql(sql.toString())
            .params(params)
            .query((rs, n) -> new Raw(rs.getObject("account_id", UUID.class), rs.getString("agent_username"),
                    rs.getString("previous_agent"), rs.getString("reason"), rs.getString("detail"),
                    rs.getBigDecimal("balance"), rs.getBigDecimal("expected_value")))
            .list();
        Map<UUID, Workable> visible = accounts
            .select(user, new Selection(raws.stream().map(Raw::accountId).toList(), null, null, null, null),
                    MAX_LINES * 2)
            .stream()
            .collect(Collectors.toMap(Workable::id, Function.identity()));
        return raws.stream()
            .filter(r -> visible.containsKey(r.accountId()))
            .map(r -> new Line(r.accountId(), visible.get(r.accountId()).creditorRef(),
                    visible.get(r.accountId()).debtorName(), r.agent(), r.previous(), r.reason(), r.detail(),
                    r.balance(), r.expectedValue()))
            .toList();
    }

    private static RunView run(java.sql.ResultSet rs) throws java.sql.SQLException {
        return new RunView(rs.getObject("id", UUID.class), rs.getObject("strategy_run_id", UUID.class),
                SqlValues.date(rs, "run_date"), rs.getString("requested_by"), SqlValues.instant(rs, "started_at"),
                SqlValues.instant(rs, "finished_at"), rs.getBigDecimal("fairness_band"),
                rs.getBoolean("keep_continuity"), rs.getLong("accounts_open"), rs.getLong("needing_person"),
                rs.getInt("considered"), rs.getInt("placed"), rs.getInt("added"), rs.getInt("moved"), rs.getInt("kept"),
                rs.getInt("released"), rs.getInt("skipped_leased"), rs.getInt("unassigned"), rs.getLong("waiting"),
                rs.getInt("agents"), rs.getLong("capacity"));
    }

    private static Map<String, Integer> counts(String text) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        if (text == null || text.isBlank()) {
            return counts;
        }
        for (String part : text.split(",")) {
            int eq = part.indexOf('=');
            if (eq > 0) {
                counts.put(part.substring(0, eq), Integer.valueOf(part.substring(eq + 1)));
            }
        }
        return counts;
    }

    private static List<String> lines(String text) {
        return text == null || text.isBlank() ? List.of() : Arrays.asList(text.split("\n"));
    }

}
