package io.recoverydesk.compliance.internal;

import java.lang.reflect.RecordComponent;
import java.time.Clock;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import io.recoverydesk.audit.AuditLog;
import io.recoverydesk.compliance.policy.PackSettings;
import io.recoverydesk.compliance.policy.RulePack;
import io.recoverydesk.compliance.policy.RulePacks;
import io.recoverydesk.kernel.BusinessRuleException;
import io.recoverydesk.kernel.BusinessRuleException.FieldProblem;
import io.recoverydesk.kernel.SqlValues;
import io.recoverydesk.kernel.TenantId;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * A tenant's tightenings of the rule packs, stored as one row per number (named as the
 * fields of {@link PackSettings}). A tightening that would loosen a pack is refused.
 */
@Component
class ComplianceSettings {

    static final List<String> PACKS = List.of("CN", "US", "GB");

    private static final RecordComponent[] FIELDS = PackSettings.class.getRecordComponents();

    private final JdbcClient jdbc;

    private final AuditLog audit;

    private final Clock clock;

    private final Map<String, RulePack> cache = new ConcurrentHashMap<>();

    ComplianceSettings(JdbcClient jdbc, AuditLog audit, Clock clock) {
        this.jdbc = jdbc;
        this.audit = audit;
        this.clock = clock;
    }

    /** The pack in force for the tenant: the law's numbers tightened by the tenant's. */
    RulePack pack(TenantId tenant, String code) {
        return cache.computeIfAbsent(tenant.value() + "/" + code,
                k -> RulePacks.of(code).tightenedBy(parse(overrides(tenant, code))));
    }

    /** The tenant's own numbers for a pack, by field name (absent = the pack's). */
    Map<String, String> overrides(TenantId tenant, String code) {
        Map<String, String> values = new LinkedHashMap<>();
        jdbc.sql(
                "select setting, setting_value from compliance_setting where tenant_id = ? and pack = ? order by setting")
            .params(tenant.value(), code)
            .query(rs -> {
                values.put(rs.getString(1), rs.getString(2));
            });
        return values;
    }

    /** Replaces the tenant's numbers for a pack; blank values fall back to the pack's. */
    @Transactional
    RulePack save(TenantId tenant, String actor, String code, Map<String, String> values) {
        if (!PACKS.contains(code)) {
            throw new BusinessRuleException("unknown-pack", "No rule pack " + code + "; packs are " + PACKS + ".");
        }
        Map<String, String> clean = new LinkedHashMap<>();
        values.forEach((k, v) -> {
            if (v != null && !v.isBlank()) {
                clean.put(k, v.strip());
            }
        });
        RulePack tightened;
        try {
            tightened = RulePacks.of(code).tightenedBy(parse(clean));
        }
        catch (IllegalArgumentException ex) {
            throw new BusinessRuleException("loosens-pack", ex.getMessage());
        }
        jdbc.sql("delete from compliance_setting where tenant_id = ? and pack = ?")
            .params(tenant.value(), code)
            .update();
        clean.forEach((k, v) -> jdbc.sql("""
                insert into compliance_setting (tenant_id, pack, setting, setting_value, updated_by, updated_at)
                values (?, ?, ?, ?, ?, ?)""")
            .params(tenant.value(), code, k, v, actor, SqlValues.utc(clock.instant()))
            .update());
        audit.record(tenant, actor, "RULE_PACK_TIGHTENED", "rule_pack", code, clean.toString());
        cache.remove(tenant.value() + "/" + code);
        return tightened;
    }

    /** The field names a tenant may set, in order. */
    static List<String> fieldNames() {
        return java.util.Arrays.stream(FIELDS).map(RecordComponent::getName).toList();
    }

    private static PackSettings parse(Map<String, String> values) {
        java.util.List<FieldProblem> problems = new java.util.ArrayList<>();
        Object[] args = new Object[FIELDS.length];
        values.keySet()
            .stream()
            .filter(k -> !fieldNames().contains(k))
            .forEach(k -> problems.add(new FieldProblem(k, "not a rule-pack setting")));
        for (int i = 0; i < FIELDS.length; i++) {
            String raw = values.get(FIELDS[i].getName());
            if (raw == null) {
                continue;
            }
            try {
                args[i] = FIELDS[i].getType() == LocalTime.class ? LocalTime.parse(raw) : Integer.valueOf(raw);
            }
            catch (NumberFormatException | DateTimeParseException ex) {
                problems.add(new FieldProblem(FIELDS[i].getName(),
                        FIELDS[i].getType() == LocalTime.class ? "a time like 21:00" : "a whole number"));
            }
        }
        if (!problems.isEmpty()) {
            throw new BusinessRuleException("invalid-settings", "Some settings are not valid.", problems);
        }
        try {
            return (PackSettings) PackSettings.class
                .getDeclaredConstructor(
                        java.util.Arrays.stream(FIELDS).map(RecordComponent::getType).toArray(Class[]::new))
                .newInstance(args);
        }
        catch (java.lang.reflect.InvocationTargetException ex) {
            throw new BusinessRuleException("invalid-settings", ex.getCause().getMessage());
        }
        catch (ReflectiveOperationException ex) {
            throw new IllegalStateException(ex);
        }
    }

}
