package io.recoverydesk.payments.internal;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;

import io.recoverydesk.audit.AuditLog;
import io.recoverydesk.kernel.Ids;
import io.recoverydesk.kernel.SqlValues;
import io.recoverydesk.kernel.TenantId;
import io.recoverydesk.payments.PaymentLedger;
import io.recoverydesk.portfolio.AccountBalances;
import io.recoverydesk.portfolio.AccountBalances.Parts;
import io.recoverydesk.portfolio.AccountBalances.Snapshot;
import io.recoverydesk.portfolio.AccountStatus;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** {@link PaymentLedger} over the payment and write-off tables. */
@Component
class JdbcPaymentLedger implements PaymentLedger {

    static final String PAYMENT = "PAYMENT";

    static final String WRITE_OFF = "WRITE_OFF";

    private final JdbcClient jdbc;

    private final PaymentStore store;

    private final AccountBalances balances;

    private final AuditLog audit;

    private final Clock clock;

    JdbcPaymentLedger(JdbcClient jdbc, PaymentStore store, AccountBalances balances, AuditLog audit, Clock clock) {
        this.jdbc = jdbc;
        this.store = store;
        this.balances = balances;
        this.audit = audit;
        this.clock = clock;
    }

    @Override
    @Transactional(readOnly = true)
    public BigDecimal paidBetween(TenantId tenant, UUID accountId, Instant from, Instant to) {
        return jdbc.sql("""
                select coalesce(sum(amount), 0) from payment
                where tenant_id = ? and account_id = ? and paid_at >= ? and paid_at < ? and reversed_at is null""")
            .params(tenant.value(), accountId, SqlValues.utc(from), SqlValues.utc(to))
            .query(BigDecimal.class)
            .single()
            .setScale(2);
    }

    @Override
    @Transactional(readOnly = true)
    public List<Line> history(TenantId tenant, UUID accountId) {
        List<Line> lines = new ArrayList<>();
        for (Payment p : store.ofAccount(tenant, accountId)) {
            lines.add(new Line(p.id(), PAYMENT, p.amount(), p.currency(), p.paidAt(), p.method(), p.reference(),
                    p.postedBy(), p.postedAt(), p.reversedAt(), p.reversedBy(), p.reversalReason()));
        }
        lines.addAll(writeOffs(tenant, accountId));
        lines.sort(Comparator.comparing(Line::paidAt).thenComparing(Line::postedAt).reversed());
        return lines;
    }

    List<Line> writeOffs(TenantId tenant, UUID accountId) {
        return jdbc.sql("""
                select id, amount, currency, reason, created_by, created_at from write_off
                where tenant_id = ? and account_id = ?""")
            .params(tenant.value(), accountId)
            .query((rs, n) -> new Line(rs.getObject("id", UUID.class), WRITE_OFF, rs.getBigDecimal("amount"),
                    rs.getString("currency"), SqlValues.instant(rs, "created_at"), null, null,
                    rs.getString("created_by"), SqlValues.instant(rs, "created_at"), null, null,
                    rs.getString("reason")))
            .list();
    }

    @Override
    @Transactional
    public void writeOffSettled(TenantId tenant, String actor, UUID accountId, UUID settlementId, String reason) {
        Snapshot account = balances.lock(tenant, accountId)
            .orElseThrow(() -> new IllegalArgumentException("no account " + accountId));
        boolean done = jdbc.sql("select count(*) from write_off where tenant_id = ? and settlement_id = ?")
            .params(tenant.value(), settlementId)
            .query(Long.class)
            .single() > 0;
        if (done) {
            return;
        }
        Parts p = account.parts();
        Instant now = clock.instant();
        UUID id = Ids.newId();
        String why = reason == null ? null : reason.substring(0, Math.min(reason.length(), 500));
        jdbc.sql("""
                insert into write_off (tenant_id, id, account_id, creditor_code, settlement_id, amount, currency,
                  penalty, fees, interest, principal, reason, created_by, created_at)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
            .params(tenant.value(), id, accountId, account.creditorCode(), settlementId, p.total(), account.currency(),
                    p.penalty(), p.fees(), p.interest(), p.principal(), why, actor, SqlValues.utc(now))
            .update();
        BigDecimal zero = BigDecimal.ZERO.setScale(2);
        balances.apply(tenant, actor, new AccountBalances.Change(accountId, new Parts(zero, zero, zero, zero),
                AccountStatus.SETTLED, null, null, "settlement " + settlementId + " paid; rest written off"));
        audit.record(tenant, actor, "BALANCE_WRITTEN_OFF", "account", accountId.toString(),
                "settlement=" + settlementId + " amount=" + p.total().toPlainString() + " " + account.currency()
                        + (why == null ? "" : " reason=" + why));
    }

}
