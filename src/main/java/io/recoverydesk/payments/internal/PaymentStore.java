package io.recoverydesk.payments.internal;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import io.recoverydesk.kernel.SqlLists;
import io.recoverydesk.kernel.DatabaseVendor;
import io.recoverydesk.kernel.SqlValues;
import io.recoverydesk.kernel.TenantId;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The payment rows, their references, the stored idempotent answers and credits. */
@Repository
class PaymentStore {

    private final JdbcClient jdbc;

    private final DatabaseVendor vendor;

    PaymentStore(JdbcClient jdbc, DatabaseVendor vendor) {
        this.jdbc = jdbc;
        this.vendor = vendor;
    }

    /** The first answer given to an idempotency key. */
    record StoredAnswer(String requestHash, UUID paymentId, int status, String body) {
    }

    /**
     * What the account showed as its last payment before a posting (both null: none).
     */
    record LastPayment(LocalDate date, BigDecimal amount) {
    }

    private static final String PAYMENT_INSERT = """
            insert into payment (tenant_id, id, account_id, creditor_id, creditor_code, amount, currency, paid_at,
              method, reference, applied_penalty, applied_fees, applied_interest, applied_principal, credit,
              balance_after, status_before, status_after, source, import_id, posted_by, posted_at, prior_known,
              prior_last_payment_date, prior_last_payment_amount)
            values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""";

    private static final String REFERENCE_INSERT = """
            insert into payment_reference (tenant_id, creditor_id, reference, payment_id) values (?, ?, ?, ?)""";

    private static final String ANSWER_INSERT = """
            insert into payment_idempotency (tenant_id, idempotency_key, request_hash, payment_id, http_status,
              response_body, created_at) values (?, ?, ?, ?, ?, ?, ?)""";

    /** An answer to keep under an idempotency key. */
    record KeyedAnswer(String key, StoredAnswer answer, Instant at) {
    }

    /**
     * Stores a posting with the last payment the account showed before it, its reference
     * (if any) and the answer under its idempotency key (null: none). On PostgreSQL in
     * one statement (the other two inserts as data-modifying {@code with} parts); a
     * reference or key taken meanwhile fails it as before.
     */
    void insert(TenantId tenant, Payment p, LastPayment prior, KeyedAnswer keyed) {
        Allocation a = p.allocation();
        List<Object> payment = Arrays.asList(tenant.value(), p.id(), p.accountId(), p.creditorId(), p.creditorCode(),
                p.amount(), p.currency(), SqlValues.utc(p.paidAt()), p.method(), p.reference(), a.penalty(), a.fees(),
                a.interest(), a.principal(), a.credit(), p.balanceAfter(), p.statusBefore(), p.statusAfter(),
                p.source(), p.importId(), p.postedBy(), SqlValues.utc(p.postedAt()), true, prior.date(),
                prior.amount());
        List<String> parts = new ArrayList<>();
        List<List<Object>> params = new ArrayList<>();
        if (p.reference() != null) {
            parts.add(REFERENCE_INSERT);
            params.add(List.of(tenant.value(), p.creditorId(), p.reference(), p.id()));
        }
        if (keyed != null) {
            StoredAnswer answer = keyed.answer();
            parts.add(ANSWER_INSERT);
            params.add(List.of(tenant.value(), keyed.key(), answer.requestHash(), answer.paymentId(), answer.status(),
                    answer.body(), SqlValues.utc(keyed.at())));
        }
        if (!vendor.postgres()) {
            jdbc.sql(PAYMENT_INSERT).params(payment).update();
            for (int i = 0; i < parts.size(); i++) {
                jdbc.sql(parts.get(i)).params(params.get(i)).update();
            }
            return;
        }
        StringBuilder sql = new StringBuilder();
        List<Object> all = new ArrayList<>();
        for (int i = 0; i < parts.size(); i++) {
            sql.append(i == 0 ? "with " : ", ")
                .append("w")
                .append(i)
                .append(" as (")
                .append(parts.get(i))
                .append(")\n");
            all.addAll(params.get(i));
        }
        all.addAll(payment);
        jdbc.sql(sql.append(PAYMENT_INSERT).toString()).params(all).update();
    }

    /**
     * A reference as a posting finds it: the payment that took it for the creditor, if
     * any, and whether rows of payment files with it wait for manual matching.
     */
    record ReferenceState(Optional<UUID> paymentId, boolean rowsWaiting) {
    }

    /**
     * What a posting reads under the account's lock: the reference's state, the
     * creditor's allocation order and the answer already given to its idempotency key.
     */
    record PostingFacts(ReferenceState reference, AllocationOrder order, Optional<StoredAnswer> answer) {
    }

    /**
     * In one statement: the reference's state (none taken and no rows waiting when
     * {@code reference} is null), the creditor's allocation order and the answer stored
     * under {@code key} (none when it is null).
     */
    PostingFacts postingFacts(TenantId tenant, UUID creditorId, String creditorCode, String reference, String key) {
        return jdbc.sql("""
                select (select r.payment_id from payment_reference r
                        where r.tenant_id = ? and r.creditor_id = ? and r.reference = ?),
                       (select count(*) from payment_import_row i
                        where i.tenant_id = ? and i.creditor_code = ? and i.reference = ? and i.outcome = 'UNMATCHED'),
                       (select o.part_order from payment_allocation_order o
                        where o.tenant_id = ? and o.creditor_code = ?),
                       k.request_hash, k.payment_id, k.http_status, k.response_body
                from (select 1 as one) x
                left join payment_idempotency k on k.tenant_id = ? and k.idempotency_key = ?""")
            .params(tenant.value(), creditorId, reference, tenant.value(), creditorCode, reference, tenant.value(),
                    creditorCode, tenant.value(), key)
            .query((rs, n) -> new PostingFacts(
                    new ReferenceState(Optional.ofNullable(rs.getObject(1, UUID.class)), rs.getLong(2) > 0),
                    AllocationOrders.parse(rs.getString(3)),
                    rs.getString(4) == null ? Optional.empty()
                            : Optional.of(new StoredAnswer(rs.getString(4), rs.getObject(5, UUID.class), rs.getInt(6),
                                    rs.getString(7)))))
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
            scope = " and creditor_code in (" + SqlLists.marks(creditors.size()) + ")";
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
