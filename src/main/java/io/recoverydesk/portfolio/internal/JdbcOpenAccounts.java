package io.recoverydesk.portfolio.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import io.recoverydesk.kernel.SqlValues;
import io.recoverydesk.kernel.TenantId;
import io.recoverydesk.portfolio.AccountStatus;
import io.recoverydesk.portfolio.Delinquency;
import io.recoverydesk.portfolio.OpenAccounts;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** {@link OpenAccounts} by keyset over the account's primary key. */
@Component
class JdbcOpenAccounts implements OpenAccounts {

    private static final String CLOSED = "('PAID', 'SETTLED', 'CLOSED', 'RECALLED')";

    private final JdbcClient jdbc;

    JdbcOpenAccounts(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public long count(TenantId tenant) {
        return jdbc.sql("select count(*) from account where tenant_id = ? and status not in " + CLOSED)
            .param(tenant.value())
            .query(Long.class)
            .single();
    }

    @Override
    public java.util.Optional<OpenAccount> find(TenantId tenant, UUID id, LocalDate asOf) {
        return query(tenant, "and a.status not in " + CLOSED + " and a.id = ?", id, 1, asOf).stream().findFirst();
    }

    @Override
    public List<OpenAccount> page(TenantId tenant, UUID after, int limit, LocalDate asOf) {
        return query(tenant, "and a.status not in " + CLOSED + (after == null ? "" : " and a.id > ?"), after, limit,
                asOf);
    }

    @Override
    public List<OpenAccount> pageAll(TenantId tenant, UUID after, int limit, LocalDate asOf) {
        return query(tenant, after == null ? "" : "and a.id > ?", after, limit, asOf);
    }

    private List<OpenAccount> query(TenantId tenant, String condition, UUID id, int limit, LocalDate asOf) {
        String sql = """
                select a.id, a.debtor_id, c.code, a.product, a.currency,
                       a.principal + a.interest + a.fees + a.penalty as balance, a.first_delinquency_date,
                       a.last_payment_date, a.status,
                       (select d.language from debtor d where d.tenant_id = a.tenant_id and d.id = a.debtor_id
                        and d.language is not null) as language,
                       (select max(p.province) from contact_point p
                        where p.tenant_id = a.tenant_id and p.debtor_id = a.debtor_id and p.kind = 'ADDRESS') as province
                from account a join creditor c on c.tenant_id = a.tenant_id and c.id = a.creditor_id
                where a.tenant_id = ? %s
                order by a.id fetch first %d rows only"""
            .formatted(condition, limit);
        List<Object> params = id == null ? List.of(tenant.value()) : List.of(tenant.value(), id);
        return jdbc.sql(sql).params(params).query((rs, n) -> {
            LocalDate firstDelinquency = SqlValues.date(rs, "first_delinquency_date");
            BigDecimal balance = rs.getBigDecimal("balance");
            return new OpenAccount(rs.getObject("id", UUID.class), rs.getObject("debtor_id", UUID.class),
                    rs.getString("code"), rs.getString("product"), rs.getString("currency"), balance,
                    Delinquency.on(asOf, firstDelinquency).dpd(), SqlValues.date(rs, "last_payment_date"),
                    rs.getString("province"), AccountStatus.valueOf(rs.getString("status")), rs.getString("language"));
        }).list();
    }

}
