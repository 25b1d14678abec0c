package io.recoverydesk.strategy.internal;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import io.recoverydesk.audit.AuditLog;
import io.recoverydesk.identity.CurrentUser;
import io.recoverydesk.kernel.BusinessRuleException;
import io.recoverydesk.kernel.Ids;
import io.recoverydesk.kernel.NotFoundException;
import io.recoverydesk.kernel.SqlValues;
import io.recoverydesk.kernel.TenantId;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Champion / challenger experiments: a challenger path for a share of one segment. The
 * run puts each account of the segment in an arm by a stable hash of experiment and
 * account ({@link io.recoverydesk.strategy.experiments.ArmSplit}), so it stays there, and
 * records the member with its balance when it joined. One running experiment per segment.
 */
@Component
class Experiments {

    static final BigDecimal MAX_SHARE = new BigDecimal("0.9");

    private final JdbcClient jdbc;

    private final StrategyVersions versions;

    private final AuditLog audit;

    private final Clock clock;

    Experiments(JdbcClient jdbc, StrategyVersions versions, AuditLog audit, Clock clock) {
        this.jdbc = jdbc;
        this.versions = versions;
        this.audit = audit;
        this.clock = clock;
    }

    /** An experiment; {@code share} is the challenger's share of the segment (0–0.9). */
    record Experiment(UUID id, String name, String segment, String challengerPath, BigDecimal share, String status,
            String startedBy, Instant startedAt, Instant stoppedAt) {

        public boolean running() {
            return "RUNNING".equals(status);
        }

    }

    List<Experiment> list(TenantId tenant) {
        return jdbc.sql("select * from strategy_experiment where tenant_id = ? order by started_at desc")
            .param(tenant.value())
            .query(this::map)
            .list();
    }

    /** The running experiments by segment code. */
    Map<String, Experiment> runningBySegment(TenantId tenant) {
        return jdbc.sql("select * from strategy_experiment where tenant_id = ? and status = 'RUNNING'")
            .param(tenant.value())
            .query(this::map)
            .list()
            .stream()
            .collect(Collectors.toMap(Experiment::segment, Function.identity(), (a, b) -> a));
    }

    Experiment get(TenantId tenant, UUID id) {
        return jdbc.sql("select * from strategy_experiment where tenant_id = ? and id = ?")
            .params(tenant.value(), id)
            .query(this::map)
            .optional()
            .orElseThrow(() -> new NotFoundException("No experiment " + id));
    }

    @Transactional
    Experiment start(CurrentUser user, String name, String segment, String challengerPath, BigDecimal share) {
        if (name == null || name.isBlank() || name.strip().length() > 100) {
            throw new BusinessRuleException("experiment-name", "An experiment needs a name of at most 100 characters.");
        }
        if (share == null || share.signum() <= 0 || share.compareTo(MAX_SHARE) > 0) {
            throw new BusinessRuleException("experiment-share",
                    "The challenger's share is more than 0 and at most 90 %.");
        }
        StrategyDefinition definition = versions.inEffect(user.tenantId(), versions.today(user.tenantId()))
            .definition();
        var rule = definition.segments()
            .stream()
            .filter(r -> r.code().equals(segment))
            .findFirst()
            .orElseThrow(() -> new BusinessRuleException("experiment-segment",
                    "Segment " + segment + " is not in the strategy in effect."));
        if (definition.path(challengerPath).isEmpty() || challengerPath.equals(rule.pathCode())) {
            throw new BusinessRuleException("experiment-path",
                    "The challenger path must be another path of the strategy in effect.");
        }
        if (runningBySegment(user.tenantId()).containsKey(segment)) {
            throw new BusinessRuleException("experiment-running",
                    "Segment " + segment + " already has a running experiment; stop it first.");
        }
        UUID id = Ids.newId();
        jdbc.sql("""
                insert into strategy_experiment (tenant_id, id, name, segment_code, challenger_path, share, status,
                                                 started_by, started_at)
                values (?, ?, ?, ?, ?, ?, 'RUNNING', ?, ?)""")
            .params(user.tenantId().value(), id, name.strip(), segment, challengerPath, share, user.username(),
                    SqlValues.utc(clock.instant()))
            .update();
        audit.record(user.tenantId(), user.username(), "EXPERIMENT_STARTED", "strategy_experiment", id.toString(),
                segment + ": " + challengerPath + " for " + share.movePointRight(2).stripTrailingZeros().toPlainString()
                        + " % against " + rule.pathCode());
        return get(user.tenantId(), id);
    }

    @Transactional
    Experiment stop(CurrentUser user, UUID id) {
        int stopped = jdbc
            .sql("update strategy_experiment set status = 'STOPPED', stopped_at = ? where tenant_id = ? and id = ?"
                    + " and status = 'RUNNING'")
            .params(SqlValues.utc(clock.instant()), user.tenantId().value(), id)
            .update();
        if (stopped == 1) {
            audit.record(user.tenantId(), user.username(), "EXPERIMENT_STOPPED", "strategy_experiment", id.toString(),
                    null);
        }
        return get(user.tenantId(), id);
    }

    private Experiment map(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
        return new Experiment(rs.getObject("id", UUID.class), rs.getString("name"), rs.getString("segment_code"),
                rs.getString("challenger_path"), rs.getBigDecimal("share"), rs.getString("status"),
                rs.getString("started_by"), SqlValues.instant(rs, "started_at"), SqlValues.instant(rs, "stopped_at"));
    }

}
