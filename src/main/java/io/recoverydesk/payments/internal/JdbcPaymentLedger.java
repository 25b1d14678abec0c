package io.recoverydesk.payments.internal;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
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
    public java.util.Map<UUID, PaymentStats> paymentStats(TenantId tenant, UUID first, UUID last, Instant from,
            Instant to) {
        java.util.Map<UUID, PaymentStats> stats = new java.util.HashMap<>();
        jdbc.sql("""
                select account_id, count(*) as n, sum(amount) as total, max(paid_at) as last_at from payment
                where tenant_id = ? and account_id between ? and ? and paid_at >= ? and paid_at < ?
                  and reversed_at is null
                group by account_id""")
            .params(tenant.value(), first, last, SqlValues.utc(from), SqlValues.utc(to))
            .query((rs, n) -> stats.put(rs.getObject("account_id", UUID.class),
                    new PaymentStats(rs.getInt("n"), rs.getBigDecimal("total"), SqlValues.instant(rs, "last_at"))))
            .list();
        return stats;
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

    /**
     * The account's write-offs; {@code reversalReason} is the write-off's own reason
     * while it stands and the reason of its reversal once reversed.
     */
    List<Line> writeOffs(TenantId tenant, UUID accountId) {
        return jdbc.sql("""
                select id, amount, currency, reason, created_by, created_at, reversed_at, reversed_by, reversal_reason
                from write_off where tenant_id = ? and account_id = ? order by created_at desc""")
            .params(tenant.value(), accountId)
            .query((rs, n) -> {
                Instant reversedAt = SqlValues.instant(rs, "reversed_at");
                return new Line(rs.getObject("id", UUID.class), WRITE_OFF, rs.getBigDecimal("amount"),
                        rs.getString("currency"), SqlValues.instant(rs, "created_at"), null, null,
                        rs.getString("created_by"), SqlValues.instant(rs, "created_at"), reversedAt,
                        rs.getString("reversed_by"),
                        reversedAt == null ? rs.getString("reason") : rs.getString("reversal_reason"));
            })
            .list();
    }

    @Override
    @Transactional(readOnly = true)
    public boolean writtenOff(TenantId tenant, UUID settlementId) {
        return jdbc.sql("select count(*) from write_off where tenant_id = ? and live_settlement_id = ?")
            .params(tenant.value(), settlementId)
            .query(Long.class)
            .single() > 0;
    }

    /** A write-off that stands (not reversed), with the parts it zeroed. */
    record LiveWriteOff(UUID id, UUID settlementId, BigDecimal amount, Parts parts) {
    }

    /**
     * The account's newest write-off that stands; the caller holds the account's lock.
     */
    Optional<LiveWriteOff> liveWriteOff(TenantId tenant, UUID accountId) {
        return jdbc.sql("""
                select id, settlement_id, amount, penalty, fees, interest, principal from write_off
                where tenant_id = ? and account_id = ? and reversed_at is null
                order by created_at desc""")
            .params(tenant.value(), accountId)
            .query((rs, n) -> new LiveWriteOff(rs.getObject("id", UUID.class),
                    rs.getObject("settlement_id", UUID.class), rs.getBigDecimal("amount"),
                    new Parts(rs.getBigDecimal("principal"), rs.getBigDecimal("interest"), rs.getBigDecimal("fees"),
                            rs.getBigDecimal("penalty"))))
            .list()
            .stream()
            .findFirst();
    }

    /**
     * Marks a write-off reversed (kept, never deleted): it no longer counts as the
     * settlement's write-off, so the settlement paid again is written off again.
     */
    void markWriteOffReversed(TenantId tenant, UUID writeOffId, Instant at, String actor, String reason,
            UUID paymentId) {
        jdbc.sql("""
                update write_off set reversed_at = ?, reversed_by = ?, reversal_reason = ?, reversal_payment_id = ?,
                  live_settlement_id = null
                where tenant_id = ? and id = ? and reversed_at is null""")
            .params(SqlValues.utc(at), actor, reason, paymentId, tenant.value(), writeOffId)
            .update();
    }

    @Override
    @Transactional
    public void writeOffSettled(TenantId tenant, String actor, UUID accountId, UUID settlementId, String reason) {
        Snapshot account = balances.lock(tenant, accountId)
            .orElseThrow(() -> new IllegalArgumentException("no account " + accountId));
        if (writtenOff(tenant, settlementId)) {
            return;
        }
        Parts p = account.parts();
        Instant now = clock.instant();
        UUID id = Ids.newId();
        String why = reason == null ? null : reason.substring(0, Math.min(reason.length(), 500));
        jdbc.sql("""
                insert into write_off (tenant_id, id, account_id, creditor_code, settlement_id, live_settlement_id,
                  amount, currency, penalty, fees, interest, principal, reason, created_by, created_at)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
            .params(tenant.value(), id, accountId, account.creditorCode(), settlementId, settlementId, p.total(),
                    account.currency(), p.penalty(), p.fees(), p.interest(), p.principal(), why, actor,
                    SqlValues.utc(now))
            .update();
        BigDecimal zero = BigDecimal.ZERO.setScale(2);
        balances.apply(tenant, actor, new AccountBalances.Change(accountId, new Parts(zero, zero, zero, zero),
                AccountStatus.SETTLED, null, null, "settlement " + settlementId + " paid; rest written off"));
        audit.record(tenant, actor, "BALANCE_WRITTEN_OFF", "account", accountId.toString(),
                "settlement=" + settlementId + " amount=" + p.total().toPlainString() + " " + account.currency()
                        + (why == null ? "" : " reason=" + why));
    }

}
