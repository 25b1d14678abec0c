package io.recoverydesk.casework.internal;

import java.math.BigDecimal;
import java.time.Clock;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.recoverydesk.audit.AuditLog;
import io.recoverydesk.identity.Role;
import io.recoverydesk.kernel.BusinessRuleException;
import io.recoverydesk.kernel.BusinessRuleException.FieldProblem;
import io.recoverydesk.kernel.SqlValues;
import io.recoverydesk.kernel.TenantId;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * A tenant's settlement approval limits: the configured defaults, replaced role by role
 * by the tenant's own (rows {@code settlement-limit.<ROLE>} of {@code casework_setting}).
 */
@Component
class SettlementLimits {

    static final List<Role> SETTABLE = List.of(Role.AGENT, Role.TEAM_LEAD, Role.MANAGER);

    private final JdbcClient jdbc;

    private final ArrangementProperties properties;

    private final AuditLog audit;

    private final Clock clock;

    SettlementLimits(JdbcClient jdbc, ArrangementProperties properties, AuditLog audit, Clock clock) {
        this.jdbc = jdbc;
        this.properties = properties;
        this.audit = audit;
        this.clock = clock;
    }

    SettlementApprovalPolicy policy(TenantId tenant) {
        Map<Role, BigDecimal> limits = new EnumMap<>(Role.class);
        limits.put(Role.AGENT, properties.agentLimit());
        limits.put(Role.TEAM_LEAD, properties.teamLeadLimit());
        limits.put(Role.MANAGER, properties.managerLimit());
        jdbc.sql("select setting, setting_value from casework_setting where tenant_id = ? and setting like ?")
            .params(tenant.value(), "settlement-limit.%")
            .query(rs -> {
                limits.put(Role.valueOf(rs.getString(1).substring("settlement-limit.".length())),
                        new BigDecimal(rs.getString(2)));
            });
        return new SettlementApprovalPolicy(limits);
    }

    /** The limits by role name, as fractions. */
    Map<String, BigDecimal> view(TenantId tenant) {
        Map<String, BigDecimal> out = new LinkedHashMap<>();
        SettlementApprovalPolicy policy = policy(tenant);
        SettlementApprovalPolicy.LADDER.forEach(r -> out.put(r.name(), policy.limits().get(r)));
        return out;
    }

    /** Replaces the tenant's limits (fractions 0..1, rising up the ladder); audited. */
    @Transactional
    Map<String, BigDecimal> save(TenantId tenant, String actor, Map<String, BigDecimal> values) {
        Map<Role, BigDecimal> limits = new EnumMap<>(Role.class);
        policy(tenant).limits().forEach(limits::put);
        for (var e : values.entrySet()) {
            Role role;
            try {
                role = Role.valueOf(e.getKey());
            }
            catch (IllegalArgumentException ex) {
                role = null;
            }
            if (role == null || !SETTABLE.contains(role) || e.getValue() == null) {
                throw new BusinessRuleException("invalid-limits", "Limits are set for AGENT, TEAM_LEAD and MANAGER.",
                        List.of(new FieldProblem(e.getKey(), "not a settable role")));
            }
            limits.put(role, e.getValue());
        }
        try {
            new SettlementApprovalPolicy(limits);
        }
        catch (IllegalArgumentException ex) {
            throw new BusinessRuleException("invalid-limits", ex.getMessage() + ".");
        }
        for (Role role : SETTABLE) {
            String key = "settlement-limit." + role.name();
            jdbc.sql("delete from casework_setting where tenant_id = ? and setting = ?")
                .params(tenant.value(), key)
                .update();
            jdbc.sql("insert into casework_setting (tenant_id, setting, setting_value, updated_by, updated_at)"
                    + " values (?, ?, ?, ?, ?)")
                .params(tenant.value(), key, limits.get(role).toPlainString(), actor, SqlValues.utc(clock.instant()))
                .update();
        }
        audit.record(tenant, actor, "SETTLEMENT_LIMITS_SET", "casework_setting", "settlement-limit", limits.toString());
        return view(tenant);
    }

}
