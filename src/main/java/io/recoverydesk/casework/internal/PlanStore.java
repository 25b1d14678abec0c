package io.recoverydesk.casework.internal;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import io.recoverydesk.kernel.SqlValues;
import io.recoverydesk.kernel.TenantId;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The payment plan tables. */
@Repository
class PlanStore {

    private final JdbcClient jdbc;

    private final InstallmentRows installmentRows;

    PlanStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
        this.installmentRows = new InstallmentRows(jdbc, "plan_installment", "plan_id");
    }

    /** A plan as the API and the pages show it. */
    record View(UUID id, UUID accountId, String status, BigDecimal total, BigDecimal paid, String currency,
            String frequency, int missed, List<InstallmentRows.Part> installments, String createdBy, Instant createdAt,
            Instant closedAt, String closeReason) {

        List<Installment> plan() {
            return installments.stream().map(p -> new Installment(p.seq(), p.amount(), p.dueDate())).toList();
        }

    }

    void insert(TenantId tenant, UUID id, UUID accountId, BigDecimal total, String currency, String frequency,
            List<Installment> installments, String actor, Instant now) {
        jdbc.sql("""
                insert into payment_plan (tenant_id, id, account_id, open_account_id, status, total, currency, paid,
                  frequency, installment_count, first_due, last_due, missed, created_by, created_at)
                values (?, ?, ?, ?, 'ACTIVE', ?, ?, 0, ?, ?, ?, ?, 0, ?, ?)""")
            .params(tenant.value(), id, accountId, accountId, total, currency, frequency, installments.size(),
                    installments.get(0).dueDate(), installments.get(installments.size() - 1).dueDate(), actor,
                    SqlValues.utc(now))
            .update();
        installmentRows.insert(tenant, id, installments);
    }

    Optional<UUID> openId(TenantId tenant, UUID accountId) {
        return jdbc.sql("select id from payment_plan where tenant_id = ? and open_account_id = ?")
            .params(tenant.value(), accountId)
            .query(UUID.class)
            .optional();
    }

    Optional<View> find(TenantId tenant, UUID id) {
        return list(tenant, "p.id = ?", id).stream().findFirst();
    }

    List<View> ofAccount(TenantId tenant, UUID accountId) {
        return list(tenant, "p.account_id = ?", accountId);
    }

    /** Active plans with an unsettled installment due before {@code day}. */
    List<View> activeWithPendingBefore(TenantId tenant, LocalDate day) {
        return list(tenant, "p.status = 'ACTIVE' and exists (select 1 from plan_installment i where i.tenant_id ="
                + " p.tenant_id and i.plan_id = p.id and i.status = 'PENDING' and i.due_date < ?)", day);
    }

    private List<View> list(TenantId tenant, String where, Object arg) {
        record Row(UUID id, UUID accountId, String status, BigDecimal total, BigDecimal paid, String currency,
                String frequency, int missed, String createdBy, Instant createdAt, Instant closedAt,
                String closeReason) {
        }
        List<Row> rows = jdbc
            .sql("select p.* from payment_plan p where p.tenant_id = ? and " + where + " order by p.created_at desc")
            .params(tenant.value(), arg)
            .query((rs, n) -> new Row(rs.getObject("id", UUID.class), rs.getObject("account_id", UUID.class),
                    rs.getString("status"), rs.getBigDecimal("total"), rs.getBigDecimal("paid"),
                    rs.getString("currency"), rs.getString("frequency"), rs.getInt("missed"),
                    rs.getString("created_by"), SqlValues.instant(rs, "created_at"), SqlValues.instant(rs, "closed_at"),
                    rs.getString("close_reason")))
            .list();
        Map<UUID, List<InstallmentRows.Part>> installments = installmentRows.of(tenant,
                rows.stream().map(Row::id).toList());
        return rows.stream()
            .map(r -> new View(r.id(), r.accountId(), r.status(), r.total(), r.paid(), r.currency(), r.frequency(),
                    r.missed(), installments.get(r.id()), r.createdBy(), r.createdAt(), r.closedAt(), r.closeReason()))
            .toList();
    }

    void updateInstallment(TenantId tenant, UUID id, int seq, String status) {
        installmentRows.setStatus(tenant, id, seq, status);
    }

    void update(TenantId tenant, UUID id, String status, BigDecimal paid, int missed, boolean open, UUID accountId,
            Instant closedAt, String reason) {
        jdbc.sql("""
                update payment_plan set status = ?, paid = ?, missed = ?, open_account_id = ?, closed_at = ?,
                  close_reason = coalesce(?, close_reason) where tenant_id = ? and id = ?""")
            .params(status, paid, missed, open ? accountId : null, SqlValues.utc(closedAt), reason, tenant.value(), id)
            .update();
    }

}
