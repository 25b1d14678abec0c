package io.recoverydesk.compliance.internal;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import io.recoverydesk.kernel.Ids;
import io.recoverydesk.kernel.SqlValues;
import io.recoverydesk.kernel.TenantId;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Alerts for compliance officers: contacts that broke a rule, until someone closes them.
 */
@Repository
class ComplianceAlerts {

    static final String OPEN = "OPEN";

    static final String CLOSED = "CLOSED";

    private final JdbcClient jdbc;

    ComplianceAlerts(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** An alert as listed. */
    record Alert(UUID id, UUID accountId, UUID contactId, String kind, List<String> rules, String detail,
            Instant createdAt, String status, String closedBy, Instant closedAt) {
    }

    UUID raise(TenantId tenant, UUID accountId, UUID contactId, String kind, List<String> rules, String detail,
            Instant at) {
        UUID id = Ids.newId();
        jdbc.sql(
                """
                        insert into compliance_alert (tenant_id, id, account_id, contact_id, kind, rules, detail, created_at, status)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?)""")
            .params(tenant.value(), id, accountId, contactId, kind, String.join(",", rules),
                    detail.length() > 1000 ? detail.substring(0, 1000) : detail, SqlValues.utc(at), OPEN)
            .update();
        return id;
    }

    List<Alert> list(TenantId tenant, String status, int limit) {
        List<Object> params = new java.util.ArrayList<>(List.of(tenant.value()));
        if (status != null) {
            params.add(status);
        }
        params.add(limit);
        return jdbc
            .sql("select * from compliance_alert where tenant_id = ?" + (status == null ? "" : " and status = ?")
                    + " order by created_at desc, id desc limit ?")
            .params(params)
            .query((rs, n) -> new Alert(rs.getObject("id", UUID.class), rs.getObject("account_id", UUID.class),
                    rs.getObject("contact_id", UUID.class), rs.getString("kind"),
                    List.of(rs.getString("rules").split(",")), rs.getString("detail"),
                    SqlValues.instant(rs, "created_at"), rs.getString("status"), rs.getString("closed_by"),
                    SqlValues.instant(rs, "closed_at")))
            .list();
    }

    /** Closes an open alert; false when there is none open with that id. */
    boolean close(TenantId tenant, UUID id, String by, Instant at) {
        return jdbc
            .sql("update compliance_alert set status = ?, closed_by = ?, closed_at = ? "
                    + "where tenant_id = ? and id = ? and status = ?")
            .params(CLOSED, by, SqlValues.utc(at), tenant.value(), id, OPEN)
            .update() == 1;
    }

}
