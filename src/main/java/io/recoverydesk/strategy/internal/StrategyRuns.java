package io.recoverydesk.strategy.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import io.recoverydesk.audit.AuditLog;
import io.recoverydesk.kernel.Ids;
import io.recoverydesk.kernel.NotFoundException;
import io.recoverydesk.kernel.SqlValues;
import io.recoverydesk.kernel.TenantId;
import io.recoverydesk.portfolio.OpenAccounts;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Run requests and their state. A tenant has at most one run queued or running: its id
 * holds the tenant's row in {@code strategy_run_slot} until the run ends, so a second
 * request (from a person, the nightly job or another node) gets the running one back.
 */
@Component
class StrategyRuns {

    private final JdbcClient jdbc;

    private final StrategyVersions versions;

    private final OpenAccounts openAccounts;

    private final AuditLog audit;

    private final Clock clock;

    StrategyRuns(JdbcClient jdbc, StrategyVersions versions, OpenAccounts openAccounts, AuditLog audit, Clock clock) {
        this.jdbc = jdbc;
        this.versions = versions;
        this.openAccounts = openAccounts;
        this.audit = audit;
        this.clock = clock;
    }

    /** A request's answer: the run that was created, or the one already under way. */
    record Requested(UUID runId, boolean created) {
    }

    /**
     * Queues a run for the tenant's business date unless one is queued or running; a
     * NIGHTLY request is also skipped when that date already had a nightly run.
     */
    @Transactional
    Requested request(TenantId tenant, String requestedBy, String trigger) {
        UUID id = Ids.newId();
        int slot = jdbc.sql("insert into strategy_run_slot (tenant_id, run_id) values (?, ?) on conflict do nothing")
            .params(tenant.value(), id)
            .update();
        if (slot == 0) {
            UUID running = jdbc.sql("select run_id from strategy_run_slot where tenant_id = ?")
                .param(tenant.value())
                .query(UUID.class)
                .single();
            return new Requested(running, false);
        }
        LocalDate runDate = versions.today(tenant);
        if ("NIGHTLY".equals(trigger)) {
            Optional<UUID> done = jdbc
                .sql("select id from strategy_run where tenant_id = ? and trigger = 'NIGHTLY' and run_date = ?")
                .params(tenant.value(), runDate)
                .query(UUID.class)
                .optional();
            if (done.isPresent()) {
                jdbc.sql("delete from strategy_run_slot where tenant_id = ? and run_id = ?")
                    .params(tenant.value(), id)
                    .update();
                return new Requested(done.get(), false);
            }
        }
        StrategyVersions.Version version = versions.inEffect(tenant, runDate);
        Instant now = clock.instant();
        jdbc.sql("""
                insert into strategy_run (tenant_id, id, status, version_id, run_date, trigger, requested_by,
                                          requested_at, accounts_total, accounts_processed, failures)
                values (?, ?, 'QUEUED', ?, ?, ?, ?, ?, ?, 0, 0)""")
            .params(tenant.value(), id, version.id(), runDate, trigger, requestedBy, SqlValues.utc(now),
                    openAccounts.count(tenant))
            .update();
        audit.record(tenant, requestedBy, "STRATEGY_RUN_REQUESTED", "strategy_run", id.toString(),
                trigger + " run of version " + version.number() + " for " + runDate);
        return new Requested(id, true);
    }

    /**
     * A run as the API and the pages show it, read at {@code asOf} (the duration of a run
     * still going is measured to then).
     */
    record RunView(UUID id, String status, int versionNumber, String versionName, LocalDate runDate, String trigger,
            String requestedBy, Instant requestedAt, Instant startedAt, Instant finishedAt, long accountsTotal,
            long accountsProcessed, String error, Map<String, Long> actions, Map<String, Long> segments, Instant asOf) {

        RunView withCounts(Map<String, Long> runActions, Map<String, Long> runSegments) {
            return new RunView(id, status, versionNumber, versionName, runDate, trigger, requestedBy, requestedAt,
                    startedAt, finishedAt, accountsTotal, accountsProcessed, error, runActions, runSegments, asOf);
        }

        public Long durationMs() {
            if (startedAt == null) {
                return null;
            }
            Instant end = finishedAt != null ? finishedAt : asOf;
            return java.time.Duration.between(startedAt, end).toMillis();
        }

        public int percent() {
            if (accountsTotal <= 0) {
                return "COMPLETED".equals(status) ? 100 : 0;
            }
            return (int) Math.min(100, accountsProcessed * 100 / accountsTotal);
        }

        public boolean active() {
            return "QUEUED".equals(status) || "RUNNING".equals(status);
        }

    }

    private static final String SELECT = """
            select r.*, v.number as version_number, v.name as version_name
            from strategy_run r join strategy_version v on v.tenant_id = r.tenant_id and v.id = r.version_id
            """;

    RunView get(TenantId tenant, UUID id) {
        RunView run = jdbc.sql(SELECT + " where r.tenant_id = ? and r.id = ?")
            .params(tenant.value(), id)
            .query((rs, n) -> view(rs, Map.of(), Map.of()))
            .optional()
            .orElseThrow(() -> new NotFoundException("No strategy run " + id));
        Map<String, Long> actions = new LinkedHashMap<>();
        Map<String, Long> segments = new LinkedHashMap<>();
        jdbc.sql("select kind, count_key, count_value from strategy_run_count where tenant_id = ? and run_id = ?"
                + " order by kind, count_key")
            .params(tenant.value(), id)
            .query((rs, n) -> ("ACTION".equals(rs.getString(1)) ? actions : segments).put(rs.getString(2),
                    rs.getLong(3)))
            .list();
        return run.withCounts(actions, segments);
    }

    /** The latest runs, newest first, without their counts. */
    List<RunView> recent(TenantId tenant, int limit) {
        return jdbc
            .sql(SELECT + " where r.tenant_id = ? order by r.requested_at desc fetch first " + limit + " rows only")
            .param(tenant.value())
            .query((rs, n) -> view(rs, Map.of(), Map.of()))
            .list();
    }

    /**
     * Runs that should be going but have no live lease (queued, or their node stopped).
     */
    List<Object[]> orphans(Instant now) {
        return jdbc
            .sql("select tenant_id, id from strategy_run where status in ('QUEUED', 'RUNNING')"
                    + " and (lease_until is null or lease_until < ?)")
            .param(SqlValues.utc(now))
            .query((rs, n) -> new Object[] { new TenantId(rs.getObject(1, UUID.class)), rs.getObject(2, UUID.class) })
            .list();
    }

    private RunView view(java.sql.ResultSet rs, Map<String, Long> actions, Map<String, Long> segments)
            throws java.sql.SQLException {
        return new RunView(rs.getObject("id", UUID.class), rs.getString("status"), rs.getInt("version_number"),
                rs.getString("version_name"), SqlValues.date(rs, "run_date"), rs.getString("trigger"),
                rs.getString("requested_by"), SqlValues.instant(rs, "requested_at"),
                SqlValues.instant(rs, "started_at"), SqlValues.instant(rs, "finished_at"), rs.getLong("accounts_total"),
                rs.getLong("accounts_processed"), rs.getString("error"), actions, segments, clock.instant());
    }

}
