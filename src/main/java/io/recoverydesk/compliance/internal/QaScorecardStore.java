package io.recoverydesk.compliance.internal;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import io.recoverydesk.kernel.SqlValues;
import io.recoverydesk.kernel.TenantId;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The QA settings and the scorecard versions with their criteria. */
@Repository
class QaScorecardStore {

    static final int DEFAULT_PERCENT = 5;

    private final JdbcClient jdbc;

    QaScorecardStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A scorecard version with its criteria. */
    record Scorecard(UUID id, int version, List<QaScoring.Criterion> criteria, String createdBy, Instant createdAt) {
    }

    // settings

    int samplePercent(TenantId tenant) {
        return jdbc.sql("select sample_percent from qa_setting where tenant_id = ?")
            .param(tenant.value())
            .query(Integer.class)
            .optional()
            .orElse(DEFAULT_PERCENT);
    }

    void saveSamplePercent(TenantId tenant, int percent, String actor, Instant at) {
        int inserted = jdbc.sql("""
                insert into qa_setting (tenant_id, sample_percent, updated_by, updated_at) values (?, ?, ?, ?)
                on conflict do nothing""").params(tenant.value(), percent, actor, SqlValues.utc(at)).update();
        if (inserted == 0) {
            jdbc.sql("update qa_setting set sample_percent = ?, updated_by = ?, updated_at = ? where tenant_id = ?")
                .params(percent, actor, SqlValues.utc(at), tenant.value())
                .update();
        }
    }

    // scorecards

    Optional<Scorecard> currentScorecard(TenantId tenant) {
        return jdbc.sql("select id from qa_scorecard where tenant_id = ? order by version desc fetch first 1 rows only")
            .param(tenant.value())
            .query(UUID.class)
            .optional()
            .map(id -> scorecard(tenant, id).orElseThrow());
    }

    Optional<Scorecard> scorecard(TenantId tenant, UUID id) {
        List<QaScoring.Criterion> criteria = jdbc.sql(
                "select code, label, weight from qa_criterion where tenant_id = ? and scorecard_id = ? order by position")
            .params(tenant.value(), id)
            .query((rs, n) -> new QaScoring.Criterion(rs.getString(1), rs.getString(2), rs.getInt(3)))
            .list();
        return jdbc.sql("select id, version, created_by, created_at from qa_scorecard where tenant_id = ? and id = ?")
            .params(tenant.value(), id)
            .query((rs, n) -> new Scorecard(rs.getObject("id", UUID.class), rs.getInt("version"), criteria,
                    rs.getString("created_by"), SqlValues.instant(rs, "created_at")))
            .optional();
    }

    /**
     * Adds a version after the current one; empty when a concurrent writer took that
     * version number (no exception, so the transaction stays usable on PostgreSQL).
     */
    Optional<Scorecard> addScorecard(TenantId tenant, UUID id, List<QaScoring.Criterion> criteria, String actor,
            Instant at) {
        int version = jdbc.sql("select coalesce(max(version), 0) from qa_scorecard where tenant_id = ?")
            .param(tenant.value())
            .query(Integer.class)
            .single() + 1;
        int inserted = jdbc.sql("""
                insert into qa_scorecard (tenant_id, id, version, created_by, created_at) values (?, ?, ?, ?, ?)
                on conflict do nothing""").params(tenant.value(), id, version, actor, SqlValues.utc(at)).update();
        if (inserted == 0) {
            return Optional.empty();
        }
        for (int i = 0; i < criteria.size(); i++) {
            QaScoring.Criterion c = criteria.get(i);
            jdbc.sql("""
                    insert into qa_criterion (tenant_id, scorecard_id, position, code, label, weight)
                    values (?, ?, ?, ?, ?, ?)""")
                .params(tenant.value(), id, i, c.code(), c.label(), c.weight())
                .update();
        }
        return Optional.of(new Scorecard(id, version, criteria, actor, at));
    }

}
