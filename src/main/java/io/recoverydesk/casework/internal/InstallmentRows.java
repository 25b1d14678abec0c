package io.recoverydesk.casework.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.recoverydesk.kernel.SqlLists;
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

    /** All installments of one promise or plan in one statement. */
    void insert(TenantId tenant, UUID id, List<Installment> installments) {
        if (installments.isEmpty()) {
            return;
        }
        List<Object> params = new ArrayList<>(installments.size() * 5);
        for (Installment in : installments) {
            params.addAll(List.of(tenant.value(), id, in.seq(), in.amount(), in.dueDate()));
        }
        jdbc.sql("insert into " + table + " (tenant_id, " + owner + ", seq, amount, due_date, status) values "
                + String.join(", ", Collections.nCopies(installments.size(), "(?, ?, ?, ?, ?, 'PENDING')")))
            .params(params)
            .update();
    }

    /**
     * The installments of the given promises or plans, in order, by owner id: one
     * statement per {@value SqlLists#CHUNK} owners, so that a list of plans is read in
     * two statements, not one per plan. Every given id has an entry (empty if it has
     * none).
     */
    Map<UUID, List<Part>> of(TenantId tenant, Collection<UUID> ids) {
        Map<UUID, List<Part>> parts = new HashMap<>();
        ids.forEach(id -> parts.put(id, new ArrayList<>()));
        for (List<UUID> chunk : SqlLists.chunks(parts.keySet())) {
            jdbc.sql("select " + owner + ", seq, amount, due_date, status from " + table + " where tenant_id = ? and "
                    + owner + " in (" + SqlLists.marks(chunk.size()) + ") order by seq")
                .params(SqlLists.params(tenant.value(), chunk))
                .query(rs -> {
                    parts.get(rs.getObject(owner, UUID.class))
                        .add(new Part(rs.getInt("seq"), rs.getBigDecimal("amount"), SqlValues.date(rs, "due_date"),
                                rs.getString("status")));
                });
        }
        return parts;
    }

    void setStatus(TenantId tenant, UUID id, int seq, String status) {
        jdbc.sql("update " + table + " set status = ? where tenant_id = ? and " + owner + " = ? and seq = ?")
            .params(status, tenant.value(), id, seq)
            .update();
    }

}
