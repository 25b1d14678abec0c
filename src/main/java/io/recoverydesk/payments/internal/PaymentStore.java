package io.recoverydesk.payments.internal;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import io.recoverydesk.kernel.SqlValues;
import io.recoverydesk.kernel.TenantId;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The payment rows, their references, the stored idempotent answers and credits. */
@Repository
class PaymentStore {

    private final JdbcClient jdbc;

    PaymentStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The first answer given to an idempotency key. */
    record StoredAnswer(String requestHash, UUID paymentId, int status, String body) {
    }

    /**
     * What the account showed as its last payment before a posting (both null: none).
     */
    record LastPayment(java.time.LocalDate date, java.math.BigDecimal amount) {
    }

    /** Stores a posting with the last payment the account showed before it. */
    void insert(TenantId tenant, Payment p, LastPayment prior) {
        Allocation a = p.allocation();
        jdbc.sql("""
                insert into payment (tenant_id, id, account_id, creditor_id, creditor_code, amount, currency, paid_at,
                  method, reference, applied_penalty, applied_fees, applied_interest, applied_principal, credit,
                  balance_after, status_before, status_after, source, import_id, posted_by, posted_at, prior_known,
                  prior_last_payment_date, prior_last_payment_amount)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
            .params(tenant.value(), p.id(), p.accountId(), p.creditorId(), p.creditorCode(), p.amount(), p.currency(),
                    SqlValues.utc(p.paidAt()), p.method(), p.reference(), a.penalty(), a.fees(), a.interest(),
                    a.principal(), a.credit(), p.balanceAfter(), p.statusBefore(), p.statusAfter(), p.source(),
                    p.importId(), p.postedBy(), SqlValues.utc(p.postedAt()), true, prior.date(), prior.amount())
            .update();
        if (p.reference() != null) {
            jdbc.sql(
                    "insert into payment_reference (tenant_id, creditor_id, reference, payment_id) values (?, ?, ?, ?)")
                .params(tenant.value(), p.creditorId(), p.reference(), p.id())
                .update();
        }
    }

    /**
     * A reference as a posting finds it: the payment that took it for the creditor, if
     * any, and whether rows of payment files with it wait for manual matching.
     */
    record ReferenceState(Optional<UUID> paymentId, boolean rowsWaiting) {
    }

    ReferenceState reference(TenantId tenant, UUID creditorId, String creditorCode, String reference) {
        return jdbc
            .sql("""
                    select (select r.payment_id from payment_reference r
                            where r.tenant_id = ? and r.creditor_id = ? and r.reference = ?),
                           (select count(*) from payment_import_row i
                            where i.tenant_id = ? and i.creditor_code = ? and i.reference = ? and i.outcome = 'UNMATCHED')""")
            .params(tenant.value(), creditorId, reference, tenant.value(), creditorCode, reference)
            .query((rs, n) -> new ReferenceState(Optional.ofNullable(rs.getObject(1, UUID.class)), rs.getLong(2) > 0))
            .single();
    }

    Optional<Payment> find(TenantId tenant, UUID id) {
        return jdbc.sql("select * from payment where tenant_id = ? and id = ?")
            .params(tenant.value(), id)
            .query(PaymentStore::payment)
            .optional();
    }

    /** The payment row locked for a reversal (the account is locked first). */
    Optional<Payment> lock(TenantId tenant, UUID id) {
        return jdbc.sql("select * from payment where tenant_id = ? and id = ? for update")
            .params(tenant.value(), id)
            .query(PaymentStore::payment)
            .optional();
    }

    List<Payment> ofAccount(TenantId tenant, UUID accountId) {
        return jdbc.sql("select * from payment where tenant_id = ? and account_id = ? order by paid_at desc, id desc")
            .params(tenant.value(), accountId)
            .query(PaymentStore::payment)
            .list();
    }

    /** The latest postings of the given creditors (null = all), newest first. */
    List<Payment> recent(TenantId tenant, Set<String> creditors, int limit) {
        if (creditors != null && creditors.isEmpty()) {
            return List.of();
        }
        List<Object> params = new ArrayList<>();
        params.add(tenant.value());
        String scope = "";
        if (creditors != null) {
            scope = " and creditor_code in (" + String.join(", ", Collections.nCopies(creditors.size(), "?")) + ")";
            params.addAll(creditors);
        }
        params.add(limit);
        return jdbc
            .sql("select * from payment where tenant_id = ?" + scope + " order by posted_at desc, id desc limit ?")
            .params(params)
            .query(PaymentStore::payment)
            .list();
    }

    /**
     * Moves part of a payment's credit onto the balance parts it now pays ({@code moved}
     * has no credit of its own); refuses to take more credit than the payment has left.
     */
    void applyCredit(TenantId tenant, UUID id, Allocation moved) {
        int changed = jdbc.sql("""
                update payment set applied_penalty = applied_penalty + ?, applied_fees = applied_fees + ?,
                  applied_interest = applied_interest + ?, applied_principal = applied_principal + ?,
                  credit = credit - ?
                where tenant_id = ? and id = ? and reversed_at is null and credit >= ?""")
            .params(moved.penalty(), moved.fees(), moved.interest(), moved.principal(), moved.applied(), tenant.value(),
                    id, moved.applied())
            .update();
        if (changed != 1) {
            throw new IllegalStateException("payment " + id + " has less credit than " + moved.applied());
        }
    }

    void markReversed(TenantId tenant, UUID id, Instant at, String by, String reason) {
        jdbc.sql(
                "update payment set reversed_at = ?, reversed_by = ?, reversal_reason = ? where tenant_id = ? and id = ?")
            .params(SqlValues.utc(at), by, reason, tenant.value(), id)
            .update();
    }

    Optional<StoredAnswer> answer(TenantId tenant, String key) {
        return jdbc.sql("""
                select request_hash, payment_id, http_status, response_body from payment_idempotency
                where tenant_id = ? and idempotency_key = ?""")
            .params(tenant.value(), key)
            .query((rs, n) -> new StoredAnswer(rs.getString(1), rs.getObject(2, UUID.class), rs.getInt(3),
                    rs.getString(4)))
            .optional();
    }

    void storeAnswer(TenantId tenant, String key, StoredAnswer answer, Instant at) {
        jdbc.sql("""
                insert into payment_idempotency (tenant_id, idempotency_key, request_hash, payment_id, http_status,
                  response_body, created_at) values (?, ?, ?, ?, ?, ?, ?)""")
            .params(tenant.value(), key, answer.requestHash(), answer.paymentId(), answer.status(), answer.body(),
                    SqlValues.utc(at))
            .update();
    }

    BigDecimal credit(TenantId tenant, UUID accountId) {
        return jdbc.sql("select amount from account_credit where tenant_id = ? and account_id = ?")
            .params(tenant.value(), accountId)
            .query(BigDecimal.class)
            .optional()
            .orElse(BigDecimal.ZERO.setScale(2));
    }

    /**
     * Adds to (or with a negative delta takes from) the account's credit; the account is
     * locked.
     */
    void addCredit(TenantId tenant, UUID accountId, String currency, BigDecimal delta, Instant at) {
        if (delta.signum() == 0) {
            return;
        }
        int updated = jdbc
            .sql("update account_credit set amount = amount + ?, updated_at = ? where tenant_id = ? and account_id = ?")
            .params(delta, SqlValues.utc(at), tenant.value(), accountId)
            .update();
        if (updated == 0) {
            jdbc.sql(
                    "insert into account_credit (tenant_id, account_id, currency, amount, updated_at) values (?, ?, ?, ?, ?)")
                .params(tenant.value(), accountId, currency, delta, SqlValues.utc(at))
                .update();
        }
    }

    private static Payment payment(ResultSet rs, int n) throws SQLException {
        return new Payment(rs.getObject("id", UUID.class), rs.getObject("account_id", UUID.class),
                rs.getObject("creditor_id", UUID.class), rs.getString("creditor_code"), rs.getBigDecimal("amount"),
                rs.getString("currency"), SqlValues.instant(rs, "paid_at"), rs.getString("method"),
                rs.getString("reference"),
                new Allocation(rs.getBigDecimal("applied_penalty"), rs.getBigDecimal("applied_fees"),
                        rs.getBigDecimal("applied_interest"), rs.getBigDecimal("applied_principal"),
                        rs.getBigDecimal("credit")),
                rs.getBigDecimal("balance_after"), rs.getString("status_before"), rs.getString("status_after"),
                rs.getString("source"), rs.getObject("import_id", UUID.class), rs.getString("posted_by"),
                SqlValues.instant(rs, "posted_at"), SqlValues.instant(rs, "reversed_at"), rs.getString("reversed_by"),
                rs.getString("reversal_reason"));
    }

    /**
     * The account's postings that are not reversed, except {@code excluded}: when each
     * was paid and how much; and, from its first posting, the last payment the account
     * showed before any posting (empty when that posting predates the record of it).
     */
    Remaining remainingPayments(TenantId tenant, UUID accountId, UUID excluded) {
        record Row(Instant paidAt, BigDecimal amount, boolean reversed, boolean priorKnown, LastPayment prior) {
        }
        List<Row> rows = jdbc.sql("""
                select paid_at, amount, reversed_at, id, prior_known, prior_last_payment_date, prior_last_payment_amount
                from payment where tenant_id = ? and account_id = ? order by posted_at, id""")
            .params(tenant.value(), accountId)
            .query((rs, n) -> new Row(SqlValues.instant(rs, "paid_at"), rs.getBigDecimal("amount"),
                    rs.getObject("reversed_at") != null || excluded.equals(rs.getObject("id", UUID.class)),
                    rs.getBoolean("prior_known"),
                    new LastPayment(SqlValues.date(rs, "prior_last_payment_date"),
                            rs.getBigDecimal("prior_last_payment_amount"))))
            .list();
        Optional<LastPayment> before = rows.isEmpty() || !rows.get(0).priorKnown() ? Optional.empty()
                : Optional.of(rows.get(0).prior());
        return new Remaining(
                rows.stream().filter(r -> !r.reversed()).map(r -> new Paid(r.paidAt(), r.amount())).toList(), before);
    }

    /** A posting that stands: when it was paid and how much. */
    record Paid(Instant paidAt, BigDecimal amount) {
    }

    /** See {@link #remainingPayments}. */
    record Remaining(List<Paid> payments, Optional<LastPayment> beforeAny) {
    }

}
