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

/** The promise tables. */
@Repository
class PromiseStore {

    private final JdbcClient jdbc;

    private final InstallmentRows installmentRows;

    PromiseStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
        this.installmentRows = new InstallmentRows(jdbc, "promise_installment", "promise_id");
    }

    /** A promise as the API and the pages show it. */
    record View(UUID id, UUID accountId, String status, BigDecimal amount, BigDecimal paid, String currency,
            LocalDate firstDue, LocalDate lastDue, List<InstallmentRows.Part> installments, String createdBy,
            Instant createdAt, Instant closedAt, String closeReason) {

        List<Installment> plan() {
            return installments.stream().map(p -> new Installment(p.seq(), p.amount(), p.dueDate())).toList();
        }

    }

    void insert(TenantId tenant, UUID id, UUID accountId, BigDecimal total, String currency,
            List<Installment> installments, String actor, Instant now) {
        jdbc.sql("""
                insert into promise (tenant_id, id, account_id, open_account_id, status, amount, currency, paid,
                  first_due, last_due, created_by, created_at) values (?, ?, ?, ?, 'PENDING', ?, ?, 0, ?, ?, ?, ?)""")
            .params(tenant.value(), id, accountId, accountId, total, currency, installments.get(0).dueDate(),
                    installments.get(installments.size() - 1).dueDate(), actor, SqlValues.utc(now))
            .update();
        installmentRows.insert(tenant, id, installments);
    }

    Optional<UUID> openId(TenantId tenant, UUID accountId) {
        return jdbc.sql("select id from promise where tenant_id = ? and open_account_id = ?")
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

    /** Pending promises whose first installment's grace ended before {@code day}. */
    List<View> pendingDueBefore(TenantId tenant, LocalDate day) {
        return list(tenant, "p.status = 'PENDING' and p.first_due < ?", day);
    }

    private List<View> list(TenantId tenant, String where, Object arg) {
        record Row(UUID id, UUID accountId, String status, BigDecimal amount, BigDecimal paid, String currency,
                LocalDate firstDue, LocalDate lastDue, String createdBy, Instant createdAt, Instant closedAt,
                String closeReason) {
        }
        List<Row> rows = jdbc
            .sql("select p.* from promise p where p.tenant_id = ? and " + where + " order by p.created_at desc")
            .params(tenant.value(), arg)
            .query((rs, n) -> new Row(rs.getObject("id", UUID.class), rs.getObject("account_id", UUID.class),
                    rs.getString("status"), rs.getBigDecimal("amount"), rs.getBigDecimal("paid"),
                    rs.getString("currency"), SqlValues.date(rs, "first_due"), SqlValues.date(rs, "last_due"),
                    rs.getString("created_by"), SqlValues.instant(rs, "created_at"), SqlValues.instant(rs, "closed_at"),
                    rs.getString("close_reason")))
            .list();
        Map<UUID, List<InstallmentRows.Part>> installments = installmentRows.of(tenant,
                rows.stream().map(Row::id).toList());
        return rows.stream()
            .map(r -> new View(r.id(), r.accountId(), r.status(), r.amount(), r.paid(), r.currency(), r.firstDue(),
                    r.lastDue(), installments.get(r.id()), r.createdBy(), r.createdAt(), r.closedAt(), r.closeReason()))
            .toList();
    }

    void updateInstallments(TenantId tenant, UUID id, List<InstallmentRows.Part> parts, List<String> states) {
        for (int i = 0; i < parts.size(); i++) {
            if (!parts.get(i).status().equals(states.get(i))) {
                installmentRows.setStatus(tenant, id, parts.get(i).seq(), states.get(i));
            }
        }
    }

    void updatePaid(TenantId tenant, UUID id, BigDecimal paid) {
        jdbc.sql("update promise set paid = ? where tenant_id = ? and id = ?")
            .params(paid, tenant.value(), id)
            .update();
    }

    void close(TenantId tenant, UUID id, String status, BigDecimal paid, Instant at, String reason) {
        jdbc.sql("""
                update promise set status = ?, paid = ?, open_account_id = null, closed_at = ?,
                  close_reason = coalesce(?, close_reason) where tenant_id = ? and id = ?""")
            .params(status, paid, SqlValues.utc(at), reason, tenant.value(), id)
            .update();
    }

    void reopen(TenantId tenant, UUID id, UUID accountId, BigDecimal paid) {
        jdbc.sql("update promise set status = 'PENDING', paid = ?, open_account_id = ?, closed_at = null"
                + " where tenant_id = ? and id = ?")
            .params(paid, accountId, tenant.value(), id)
            .update();
    }

    /**
     * Whether the account has anything a payment can change: a promise or plan that is
     * not cancelled (a closed one is evaluated again too: a backdated payment can keep a
     * broken promise), or an open settlement.
     */
    boolean anyArrangement(TenantId tenant, UUID accountId) {
        return jdbc.sql("""
                select count(*) from (
                  select 1 as x from promise where tenant_id = ? and account_id = ? and status <> 'CANCELLED'
                  union all
                  select 1 from payment_plan where tenant_id = ? and account_id = ? and status <> 'CANCELLED'
                  union all
                  select 1 from settlement where tenant_id = ? and open_account_id = ?) a""")
            .params(tenant.value(), accountId, tenant.value(), accountId, tenant.value(), accountId)
            .query(Long.class)
            .single() > 0;
    }

}
