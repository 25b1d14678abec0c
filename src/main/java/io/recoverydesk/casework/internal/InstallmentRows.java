package io.recoverydesk.casework.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import io.recoverydesk.kernel.SqlValues;
import io.recoverydesk.kernel.TenantId;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The installments of a promise or a plan: the same rows in two tables
 * ({@code promise_installment} by {@code promise_id}, {@code plan_installment} by
 * {@code plan_id}).
 */
final class InstallmentRows {

    /** An installment with its state: PENDING, then MET or PAID, or MISSED. */
    record Part(int seq, BigDecimal amount, LocalDate dueDate, String status) {
    }

    private final JdbcClient jdbc;

    private final String table;

    private final String owner;

    InstallmentRows(JdbcClient jdbc, String table, String owner) {
        this.jdbc = jdbc;
        this.table = table;
        this.owner = owner;
    }

    void insert(TenantId tenant, UUID id, List<Installment> installments) {
        for (Installment in : installments) {
            jdbc.sql("insert into " + table + " (tenant_id, " + owner + ", seq, amount, due_date, status)"
                    + " values (?, ?, ?, ?, ?, 'PENDING')")
                .params(tenant.value(), id, in.seq(), in.amount(), in.dueDate())
                .update();
        }
    }

    List<Part> of(TenantId tenant, UUID id) {
        return jdbc
            .sql("select seq, amount, due_date, status from " + table + " where tenant_id = ? and " + owner
                    + " = ? order by seq")
            .params(tenant.value(), id)
            .query((rs, n) -> new Part(rs.getInt("seq"), rs.getBigDecimal("amount"), SqlValues.date(rs, "due_date"),
                    rs.getString("status")))
            .list();
    }

    void setStatus(TenantId tenant, UUID id, int seq, String status) {
        jdbc.sql("update " + table + " set status = ? where tenant_id = ? and " + owner + " = ? and seq = ?")
            .params(status, tenant.value(), id, seq)
            .update();
    }

}
