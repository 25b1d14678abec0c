package io.recoverydesk.casework.internal;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import io.recoverydesk.kernel.SqlLists;
import io.recoverydesk.kernel.SqlValues;
import io.recoverydesk.kernel.TenantId;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The settlement table. */
@Repository
class SettlementStore {

    static final String COLUMNS = "id, account_id, creditor_code, status, amount, currency, balance_at_request,"
            + " discount, required_role, valid_until, reason, requested_by, requester_team_id, requested_at,"
            + " decided_by, decided_at, decision_reason, closed_at";

    private final JdbcClient jdbc;

    SettlementStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * A settlement: PENDING_APPROVAL, APPROVED, REJECTED, EXPIRED, PAID or CANCELLED;
     * {@code discount} a fraction of the balance at the request.
     */
    record View(UUID id, UUID accountId, String creditorCode, String status, BigDecimal amount, String currency,
            BigDecimal balanceAtRequest, BigDecimal discount, String requiredRole, LocalDate validUntil, String reason,
            String requestedBy, UUID requesterTeamId, Instant requestedAt, String decidedBy, Instant decidedAt,
            String decisionReason, Instant closedAt) {
    }

    void insert(TenantId tenant, View s) {
        jdbc.sql("insert into settlement (tenant_id, open_account_id, " + COLUMNS
                + ") values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
            .params(tenant.value(), s.accountId(), s.id(), s.accountId(), s.creditorCode(), s.status(), s.amount(),
                    s.currency(), s.balanceAtRequest(), s.discount(), s.requiredRole(), s.validUntil(), s.reason(),
                    s.requestedBy(), s.requesterTeamId(), SqlValues.utc(s.requestedAt()), s.decidedBy(),
                    SqlValues.utc(s.decidedAt()), s.decisionReason(), SqlValues.utc(s.closedAt()))
            .update();
    }

    Optional<View> find(TenantId tenant, UUID id) {
        return query(tenant, "id = ?", List.of(id)).stream().findFirst();
    }

    Optional<View> open(TenantId tenant, UUID accountId) {
        return query(tenant, "open_account_id = ?", List.of(accountId)).stream().findFirst();
    }

    List<View> ofAccount(TenantId tenant, UUID accountId) {
        return query(tenant, "account_id = ?", List.of(accountId));
    }

    /** Open settlements whose validity ended before {@code day}. */
    List<View> openExpiredBefore(TenantId tenant, LocalDate day) {
        return query(tenant, "open_account_id is not null and valid_until < ?", List.of(day));
    }

    /** Pending requests up to a discount, optionally of a team and of some creditors. */
    List<View> pending(TenantId tenant, BigDecimal maxDiscount, UUID teamId, java.util.Set<String> creditors,
            int limit) {
        StringBuilder where = new StringBuilder("status = 'PENDING_APPROVAL' and discount <= ?");
        List<Object> args = new ArrayList<>(List.of(maxDiscount));
        if (teamId != null) {
            where.append(" and requester_team_id = ?");
            args.add(teamId);
        }
        if (creditors != null) {
            if (creditors.isEmpty()) {
                return List.of();
            }
            where.append(" and creditor_code in (").append(SqlLists.marks(creditors.size())).append(')');
            args.addAll(creditors);
        }
        where.append(" order by requested_at limit ").append(limit);
        return query(tenant, where.toString(), args);
    }

    private List<View> query(TenantId tenant, String where, List<Object> args) {
        List<Object> all = new ArrayList<>();
        all.add(tenant.value());
        all.addAll(args);
        String order = where.contains("order by") ? "" : " order by requested_at desc";
        return jdbc.sql("select " + COLUMNS + " from settlement where tenant_id = ? and " + where + order)
            .params(all)
            .query((rs, n) -> new View(rs.getObject("id", UUID.class), rs.getObject("account_id", UUID.class),
                    rs.getString("creditor_code"), rs.getString("status"), rs.getBigDecimal("amount"),
                    rs.getString("currency"), rs.getBigDecimal("balance_at_request"), rs.getBigDecimal("discount"),
                    rs.getString("required_role"), SqlValues.date(rs, "valid_until"), rs.getString("reason"),
                    rs.getString("requested_by"), rs.getObject("requester_team_id", UUID.class),
                    SqlValues.instant(rs, "requested_at"), rs.getString("decided_by"),
                    SqlValues.instant(rs, "decided_at"), rs.getString("decision_reason"),
                    SqlValues.instant(rs, "closed_at")))
            .list();
    }

    /**
     * Moves the settlement from {@code from} to {@code to}; false when it was not in
     * {@code from}.
     */
    boolean transition(TenantId tenant, UUID id, String from, String to, String decidedBy, Instant decidedAt,
            String decisionReason, boolean open, Instant closedAt) {
        return jdbc.sql("""
                update settlement set status = ?, decided_by = coalesce(?, decided_by),
                  decided_at = coalesce(?, decided_at), decision_reason = coalesce(?, decision_reason),
                  open_account_id = case when ? then account_id else null end, closed_at = ?
                where tenant_id = ? and id = ? and status = ?""")
            .params(to, decidedBy, SqlValues.utc(decidedAt), decisionReason, open, SqlValues.utc(closedAt),
                    tenant.value(), id, from)
            .update() == 1;
    }

}
