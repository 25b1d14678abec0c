package io.recoverydesk.portfolio.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import io.recoverydesk.audit.AuditLog;
import io.recoverydesk.kernel.DatabaseVendor;
import io.recoverydesk.kernel.Ids;
import io.recoverydesk.kernel.SqlValues;
import io.recoverydesk.kernel.TenantId;
import io.recoverydesk.portfolio.AccountBalances;
import io.recoverydesk.portfolio.AccountStatus;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** {@link AccountBalances} over the account table. */
@Component
class JdbcAccountBalances implements AccountBalances {

    private static final String SELECT = """
            select a.id, a.creditor_id, c.code, a.creditor_ref, a.currency, a.principal, a.interest, a.fees,
                   a.penalty, a.status, a.last_payment_date, a.last_payment_amount
            from account a join creditor c on c.tenant_id = a.tenant_id and c.id = a.creditor_id
            where a.tenant_id = ? and a.id = ?""";

    private final JdbcClient jdbc;

    private final AuditLog audit;

    private final Clock clock;

    private final String lockClause;

    private final boolean postgres;

    JdbcAccountBalances(JdbcClient jdbc, AuditLog audit, Clock clock, DatabaseVendor vendor) {
        this.jdbc = jdbc;
        this.audit = audit;
        this.clock = clock;
        // NO KEY on PostgreSQL: rows that reference the account (payments, contacts) can
        // still be inserted by others while a posting holds the lock
        this.postgres = vendor.postgres();
        this.lockClause = postgres ? " for no key update" : " for update";
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<Snapshot> read(TenantId tenant, UUID accountId) {
        return jdbc.sql(SELECT).params(tenant.value(), accountId).query(JdbcAccountBalances::snapshot).optional();
    }

    @Override
    @Transactional(propagation = Propagation.MANDATORY)
    public Optional<Snapshot> lock(TenantId tenant, UUID accountId) {
        if (postgres) {
            // one round trip: the account's row alone is locked, read with its creditor
            return jdbc.sql(SELECT + " for no key update of a")
                .params(tenant.value(), accountId)
                .query(JdbcAccountBalances::snapshot)
                .optional();
        }
        // H2 locks no joined query: the account row alone first, then read with its
        // creditor
        boolean found = jdbc.sql("select id from account where tenant_id = ? and id = ?" + lockClause)
            .params(tenant.value(), accountId)
            .query(UUID.class)
            .optional()
            .isPresent();
        return found ? read(tenant, accountId) : Optional.empty();
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<UUID> idByCreditorRef(TenantId tenant, String creditorCode, String creditorRef) {
        return jdbc.sql("""
                select a.id from account a join creditor c on c.tenant_id = a.tenant_id and c.id = a.creditor_id
                where a.tenant_id = ? and c.code = ? and a.creditor_ref = ?""")
            .params(tenant.value(), creditorCode, creditorRef)
            .query(UUID.class)
            .optional();
    }

    @Override
    @Transactional
    public void apply(TenantId tenant, String actor, Change change) {
        apply(tenant, actor, change, status(tenant, change.accountId())
            .orElseThrow(() -> new IllegalArgumentException("no account " + change.accountId())));
    }

    @Override
    @Transactional
    public void apply(TenantId tenant, String actor, Change change, AccountStatus before) {
        Parts p = change.parts();
        String lastPayment = change.replaceLastPayment() ? "last_payment_date = ?, last_payment_amount = ?"
                : "last_payment_date = coalesce(?, last_payment_date), last_payment_amount = coalesce(?, last_payment_amount)";
        jdbc.sql("update account set principal = ?, interest = ?, fees = ?, penalty = ?, status = ?, " + lastPayment
                + ", updated_at = ? where tenant_id = ? and id = ?")
            .params(p.principal(), p.interest(), p.fees(), p.penalty(), change.status().name(),
                    change.lastPaymentDate(), change.lastPaymentAmount(), SqlValues.utc(clock.instant()),
                    tenant.value(), change.accountId())
            .update();
        audit.record(tenant, actor, "ACCOUNT_BALANCE_CHANGED", "account", change.accountId().toString(), "principal="
                + p.principal().toPlainString() + " interest=" + p.interest().toPlainString() + " fees="
                + p.fees().toPlainString() + " penalty=" + p.penalty().toPlainString() + " status=" + change.status()
                + (change.replaceLastPayment() ? " lastPayment=" + change.lastPaymentDate() + " "
                        + (change.lastPaymentAmount() == null ? null : change.lastPaymentAmount().toPlainString()) : "")
                + (change.reason() == null ? "" : " reason=" + change.reason()));
        if (before != change.status()) {
            history(tenant, actor, change.accountId(), before, change.status(), change.reason());
        }
    }

    @Override
    @Transactional
    public boolean changeStatus(TenantId tenant, String actor, UUID accountId, Set<AccountStatus> from,
            AccountStatus to, String reason) {
        Optional<AccountStatus> before = jdbc
            .sql("select status from account where tenant_id = ? and id = ?" + lockClause)
            .params(tenant.value(), accountId)
            .query((rs, n) -> AccountStatus.valueOf(rs.getString(1)))
            .optional();
        if (before.isEmpty() || before.get() == to || (!from.isEmpty() && !from.contains(before.get()))) {
            return false;
        }
        jdbc.sql("update account set status = ?, updated_at = ? where tenant_id = ? and id = ?")
            .params(to.name(), SqlValues.utc(clock.instant()), tenant.value(), accountId)
            .update();
        audit.record(tenant, actor, "ACCOUNT_STATUS_CHANGED", "account", accountId.toString(),
                before.get() + " -> " + to + (reason == null ? "" : ": " + reason));
        history(tenant, actor, accountId, before.get(), to, reason);
        return true;
    }

    @Override
    @Transactional(readOnly = true)
    public List<StatusChange> statusHistory(TenantId tenant, UUID accountId) {
        return jdbc.sql("""
                select changed_at, actor, from_status, to_status, reason from account_status_change
                where tenant_id = ? and account_id = ? order by changed_at desc, id desc""")
            .params(tenant.value(), accountId)
            .query((rs, n) -> new StatusChange(SqlValues.instant(rs, "changed_at"), rs.getString("actor"),
                    AccountStatus.valueOf(rs.getString("from_status")),
                    AccountStatus.valueOf(rs.getString("to_status")), rs.getString("reason")))
            .list();
    }

    private Optional<AccountStatus> status(TenantId tenant, UUID accountId) {
        return jdbc.sql("select status from account where tenant_id = ? and id = ?")
            .params(tenant.value(), accountId)
            .query((rs, n) -> AccountStatus.valueOf(rs.getString(1)))
            .optional();
    }

    private void history(TenantId tenant, String actor, UUID accountId, AccountStatus from, AccountStatus to,
            String reason) {
        jdbc.sql("""
                insert into account_status_change (tenant_id, id, account_id, changed_at, actor, from_status,
                  to_status, reason) values (?, ?, ?, ?, ?, ?, ?, ?)""")
            .params(tenant.value(), Ids.newId(), accountId, SqlValues.utc(clock.instant()), actor, from.name(),
                    to.name(), reason == null ? null : reason.substring(0, Math.min(reason.length(), 500)))
            .update();
    }

    private static Snapshot snapshot(ResultSet rs, int n) throws SQLException {
        return new Snapshot(rs.getObject("id", UUID.class), rs.getObject("creditor_id", UUID.class),
                rs.getString("code"), rs.getString("creditor_ref"), rs.getString("currency"),
                new Parts(rs.getBigDecimal("principal"), rs.getBigDecimal("interest"), rs.getBigDecimal("fees"),
                        rs.getBigDecimal("penalty")),
                AccountStatus.valueOf(rs.getString("status")), SqlValues.date(rs, "last_payment_date"),
                rs.getBigDecimal("last_payment_amount"));
    }

}
