package io.recoverydesk.casework.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.recoverydesk.kernel.SqlLists;
import io.recoverydesk.kernel.SqlValues;
import io.recoverydesk.kernel.TenantId;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Installments falling due, read from the promise and plan tables: installments of
 * pending promises and active plans that are not yet met.
 */
@Component
class JdbcDueArrangements implements DueArrangements {

    private static final int CHUNK = 500;

    private final JdbcClient jdbc;

    JdbcDueArrangements(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<Due> dueOn(TenantId tenant, LocalDate day) {
        List<Due> due = new ArrayList<>();
        due.addAll(jdbc.sql("""
                select p.id, p.account_id, i.due_date, i.amount, p.currency, p.created_by, p.created_at
                from promise_installment i join promise p on p.tenant_id = i.tenant_id and p.id = i.promise_id
                where i.tenant_id = ? and i.due_date = ? and i.status = 'PENDING' and p.status = 'PENDING'
                order by p.created_at, i.seq""")
            .params(tenant.value(), day)
            .query((rs, n) -> due("PROMISE", rs))
            .list());
        due.addAll(jdbc.sql("""
                select p.id, p.account_id, i.due_date, i.amount, p.currency, p.created_by, p.created_at
                from plan_installment i join payment_plan p on p.tenant_id = i.tenant_id and p.id = i.plan_id
                where i.tenant_id = ? and i.due_date = ? and i.status = 'PENDING' and p.status = 'ACTIVE'
                order by p.created_at, i.seq""").params(tenant.value(), day).query((rs, n) -> due("PLAN", rs)).list());
        return due;
    }

    @Override
    public Map<UUID, Integer> dueNowCounts(TenantId tenant, Collection<UUID> accountIds, LocalDate today) {
        Map<UUID, Integer> counts = new HashMap<>();
        List<UUID> ids = List.copyOf(accountIds);
        for (int from = 0; from < ids.size(); from += CHUNK) {
            List<UUID> chunk = ids.subList(from, Math.min(ids.size(), from + CHUNK));
            String in = SqlLists.marks(chunk.size());
            List<Object> args = new ArrayList<>();
            args.add(tenant.value());
            args.add(today);
            args.addAll(chunk);
            args.add(tenant.value());
            args.add(today);
            args.addAll(chunk);
            jdbc.sql("select account_id, count(*) n from ("
                    + " select p.account_id from promise_installment i join promise p on p.tenant_id = i.tenant_id"
                    + " and p.id = i.promise_id where i.tenant_id = ? and i.status = 'PENDING' and i.due_date <= ?"
                    + " and p.status = 'PENDING' and p.account_id in (" + in + ")"
                    + " union all select p.account_id from plan_installment i join payment_plan p"
                    + " on p.tenant_id = i.tenant_id and p.id = i.plan_id where i.tenant_id = ? and i.status = 'PENDING'"
                    + " and i.due_date <= ? and p.status = 'ACTIVE' and p.account_id in (" + in + ")"
                    + ") d group by account_id")
                .params(args)
                .query(rs -> {
                    counts.merge(rs.getObject("account_id", UUID.class), rs.getInt("n"), Integer::sum);
                });
        }
        return counts;
    }

    private static Due due(String kind, java.sql.ResultSet rs) throws java.sql.SQLException {
        return new Due(kind, rs.getObject("id", UUID.class), rs.getObject("account_id", UUID.class),
                SqlValues.date(rs, "due_date"), rs.getBigDecimal("amount"), rs.getString("currency"),
                rs.getString("created_by"), SqlValues.instant(rs, "created_at"));
    }

}
