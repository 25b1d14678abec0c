package io.recoverydesk.allocation.internal;

import java.math.BigDecimal;
import java.time.Clock;

import io.recoverydesk.audit.AuditLog;
import io.recoverydesk.kernel.BadRequestException;
import io.recoverydesk.kernel.SqlValues;
import io.recoverydesk.kernel.TenantId;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * A tenant's allocation policy: the fairness band, whether continuity outranks fairness,
 * and the propensity assumed for accounts without a score. Its row is also the tenant's
 * allocation lock: a run holds it for update, so two runs (on any nodes) never overlap.
 */
@Component
class AllocationPolicies {

    static final BigDecimal DEFAULT_BAND = new BigDecimal("0.150");

    static final BigDecimal DEFAULT_UNSCORED = new BigDecimal("0.100");

    /** The policy as stored. */
    record Policy(BigDecimal fairnessBand, boolean keepContinuity, BigDecimal unscoredPropensity, String updatedBy) {
    }

    private final JdbcClient jdbc;

    private final AuditLog audit;

    private final Clock clock;

    AllocationPolicies(JdbcClient jdbc, AuditLog audit, Clock clock) {
        this.jdbc = jdbc;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    Policy of(TenantId tenant) {
        return read(tenant, false);
    }

    /** The policy, locked until the caller's transaction ends. */
    Policy lock(TenantId tenant) {
        ensure(tenant);
        return read(tenant, true);
    }

    @Transactional
    Policy update(TenantId tenant, String actor, BigDecimal band, Boolean keepContinuity, BigDecimal unscored) {
        if (band == null || band.signum() < 0 || band.compareTo(BigDecimal.ONE) > 0 || band.scale() > 3) {
            throw new BadRequestException("bad-band",
                    "fairnessBand is a fraction from 0 to 1 with at most 3 decimals (0.15 = ±15 %).");
        }
        if (unscored == null || unscored.signum() < 0 || unscored.compareTo(BigDecimal.ONE) > 0
                || unscored.scale() > 3) {
            throw new BadRequestException("bad-unscored",
                    "unscoredPropensity is a probability from 0 to 1 with at most 3 decimals.");
        }
        if (keepContinuity == null) {
            throw new BadRequestException("bad-continuity", "keepContinuity (true or false) is required.");
        }
        Policy before = lock(tenant);
        jdbc.sql("update allocation_policy set fairness_band = ?, keep_continuity = ?, unscored_propensity = ?,"
                + " updated_by = ?, updated_at = ? where tenant_id = ?")
            .params(band, keepContinuity, unscored, actor, SqlValues.utc(clock.instant()), tenant.value())
            .update();
        audit.record(tenant, actor, "ALLOCATION_POLICY_CHANGED", "TENANT", tenant.toString(),
                "band " + before.fairnessBand().toPlainString() + " -> " + band.toPlainString() + ", keepContinuity "
                        + before.keepContinuity() + " -> " + keepContinuity + ", unscored "
                        + before.unscoredPropensity().toPlainString() + " -> " + unscored.toPlainString());
        return read(tenant, false);
    }

    private Policy read(TenantId tenant, boolean forUpdate) {
        return jdbc
            .sql("select fairness_band, keep_continuity, unscored_propensity, updated_by from allocation_policy"
                    + " where tenant_id = ?" + (forUpdate ? " for update" : ""))
            .param(tenant.value())
            .query((rs, n) -> new Policy(rs.getBigDecimal(1), rs.getBoolean(2), rs.getBigDecimal(3), rs.getString(4)))
            .optional()
            .orElseGet(() -> new Policy(DEFAULT_BAND, true, DEFAULT_UNSCORED, "default"));
    }

    private void ensure(TenantId tenant) {
        jdbc.sql("insert into allocation_policy (tenant_id, fairness_band, keep_continuity, unscored_propensity,"
                + " updated_by, updated_at) values (?, ?, true, ?, 'default', ?) on conflict do nothing")
            .params(tenant.value(), DEFAULT_BAND, DEFAULT_UNSCORED, SqlValues.utc(clock.instant()))
            .update();
    }

}
