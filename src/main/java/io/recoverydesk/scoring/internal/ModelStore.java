package io.recoverydesk.scoring.internal;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import io.recoverydesk.kernel.SqlValues;
import io.recoverydesk.kernel.TenantId;
import io.recoverydesk.scoring.model.ModelMetrics;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Model versions of a tenant: metadata, metrics (JSON), band cut points and the model
 * bytes.
 */
@Component
class ModelStore {

    private final JdbcClient jdbc;

    private final JsonMapper json;

    ModelStore(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    /**
     * A stored version; {@code bandCuts} are the probabilities at which bands A, B, C and
     * D begin (E below the last).
     */
    record Version(UUID id, int version, String trainer, String trainedBy, Instant trainedAt, LocalDate snapshotFrom,
            LocalDate snapshotTo, BigDecimal labelShare, int rows, int positives, ModelMetrics metrics,
            double[] bandCuts) {

        String band(double probability) {
            String[] names = { "A", "B", "C", "D" };
            for (int i = 0; i < bandCuts.length; i++) {
                if (probability >= bandCuts[i]) {
                    return names[i];
                }
            }
            return "E";
        }

    }

    int nextVersion(TenantId tenant) {
        return jdbc.sql("select coalesce(max(version), 0) + 1 from scoring_model where tenant_id = ?")
            .param(tenant.value())
            .query(Integer.class)
            .single();
    }

    /** Saves a version; false when the number was taken meanwhile. */
    boolean save(TenantId tenant, Version v, byte[] model) {
        return jdbc.sql("""
                insert into scoring_model (tenant_id, id, version, trainer, trained_by, trained_at, snapshot_from,
                                           snapshot_to, label_share, rows_total, positives, metrics, band_cuts, model)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) on conflict do nothing""")
            .params(tenant.value(), v.id(), v.version(), v.trainer(), v.trainedBy(), SqlValues.utc(v.trainedAt()),
                    v.snapshotFrom(), v.snapshotTo(), v.labelShare(), v.rows(), v.positives(),
                    json.writeValueAsString(v.metrics()), cuts(v.bandCuts()), model)
            .update() == 1;
    }

    List<Version> list(TenantId tenant) {
        return jdbc.sql("select * from scoring_model where tenant_id = ? order by version desc")
            .param(tenant.value())
            .query(this::map)
            .list();
    }

    Optional<Version> latest(TenantId tenant) {
        return jdbc.sql("select * from scoring_model where tenant_id = ? order by version desc fetch first 1 rows only")
            .param(tenant.value())
            .query(this::map)
            .optional();
    }

    Optional<Version> get(TenantId tenant, int version) {
        return jdbc.sql("select * from scoring_model where tenant_id = ? and version = ?")
            .params(tenant.value(), version)
            .query(this::map)
            .optional();
    }

    byte[] bytes(TenantId tenant, UUID id) {
        return jdbc.sql("select model from scoring_model where tenant_id = ? and id = ?")
            .params(tenant.value(), id)
            .query((rs, n) -> rs.getBytes(1))
            .single();
    }

    private Version map(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
        return new Version(rs.getObject("id", UUID.class), rs.getInt("version"), rs.getString("trainer"),
                rs.getString("trained_by"), SqlValues.instant(rs, "trained_at"), SqlValues.date(rs, "snapshot_from"),
                SqlValues.date(rs, "snapshot_to"), rs.getBigDecimal("label_share"), rs.getInt("rows_total"),
                rs.getInt("positives"), json.readValue(rs.getString("metrics"), ModelMetrics.class),
                Arrays.stream(rs.getString("band_cuts").split(",")).mapToDouble(Double::parseDouble).toArray());
    }

    private static String cuts(double[] cuts) {
        return String.join(",", Arrays.stream(cuts).mapToObj(Double::toString).toList());
    }

}
