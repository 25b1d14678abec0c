package io.recoverydesk.strategy.internal;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import io.recoverydesk.allocation.WorkDemands;
import io.recoverydesk.kernel.TenantId;
import io.recoverydesk.strategy.internal.StrategyDefinition.TreatmentPath;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * What the latest strategy run says each account needs from the team: a person once its
 * path reaches (or is about to reach) a call, letter, visit or legal review, or while it
 * follows an arrangement or waits on an exit; {@code LEGAL} in the legal stage or before
 * a legal review; the path's team; and the run's priority.
 */
@Component
class StrategyWorkDemands implements WorkDemands {

    static final String LEGAL = "LEGAL";

    private final JdbcClient jdbc;

    private final StrategyVersions versions;

    /**
     * Parsed definitions by tenant and version number (published versions never change).
     */
    private final Map<String, StrategyDefinition> definitions = new ConcurrentHashMap<>();

    StrategyWorkDemands(JdbcClient jdbc, StrategyVersions versions) {
        this.jdbc = jdbc;
        this.versions = versions;
    }

    @Override
    public Map<UUID, Demand> between(TenantId tenant, UUID first, UUID last) {
        Map<UUID, Demand> demands = new HashMap<>();
        jdbc.sql("""
                select account_id, path_code, step_index, stage, paused_by, priority, priority_parts, version_number
                from account_strategy where tenant_id = ? and account_id between ? and ?""")
            .params(tenant.value(), first, last)
            .query((rs, n) -> {
                UUID id = rs.getObject(1, UUID.class);
                String pathCode = rs.getString(2);
                Optional<TreatmentPath> path = definition(tenant, rs.getInt(8)).flatMap(d -> d.path(pathCode));
                demands.put(id, demand(path.orElse(null), pathCode, rs.getInt(3), rs.getString(4), rs.getString(5),
                        rs.getBigDecimal(6), rs.getString(7)));
                return null;
            })
            .list();
        return demands;
    }

    static Demand demand(TreatmentPath path, String pathCode, int stepIndex, String stage, String pausedBy,
            BigDecimal priority, String parts) {
        return demand(path, pathCode, stepIndex, stage, pausedBy, priority,
                parts == null || parts.isBlank() ? List.of() : Arrays.asList(parts.split("; ")));
    }

    /**
     * As the run decided it: the position, the stage, a pause, the priority and its
     * parts.
     */
    static Demand demand(TreatmentPath path, String pathCode, int stepIndex, String stage, String pausedBy,
            BigDecimal priority, List<String> reasons) {
        if ("CLOSED".equals(pausedBy)) {
            return new Demand(false, Set.of(), null, priority, reasons, "closed");
        }
        if (path == null) {
            return new Demand(true, Set.of(), null, priority, reasons, "path " + pathCode + " (no longer defined)");
        }
        boolean legal = Stage.LEGAL.name().equals(stage) || path.legalAt(stepIndex);
        boolean person = pausedBy != null || path.worksByPerson(stepIndex);
        String where = "path " + path.code()
                + (stepIndex < 0 ? ", before its first step"
                        : ", step " + (stepIndex + 1) + " of " + path.steps().size())
                + (pausedBy == null ? "" : ", paused by " + pausedBy);
        String why = person ? where : where + ": automated messages only so far";
        return new Demand(person, legal ? Set.of(LEGAL) : Set.of(), path.team(), priority, reasons, why);
    }

    private Optional<StrategyDefinition> definition(TenantId tenant, int number) {
        String key = tenant.value() + "#" + number;
        StrategyDefinition known = definitions.get(key);
        if (known != null) {
            return Optional.of(known);
        }
        Optional<StrategyDefinition> read = jdbc
            .sql("select definition from strategy_version where tenant_id = ? and number = ?")
            .params(tenant.value(), number)
            .query(String.class)
            .optional()
            .map(versions::parse);
        read.ifPresent(d -> definitions.put(key, d));
        return read;
    }

}
