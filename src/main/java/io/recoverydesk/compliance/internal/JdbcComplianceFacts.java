package io.recoverydesk.compliance.internal;

import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import io.recoverydesk.compliance.ComplianceFacts;
import io.recoverydesk.kernel.SqlValues;
import io.recoverydesk.kernel.TenantId;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * {@link ComplianceFacts} by range scans over the account-keyed ledger and hold indexes.
 */
@Component
class JdbcComplianceFacts implements ComplianceFacts {

    private final JdbcClient jdbc;

    JdbcComplianceFacts(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Map<UUID, ContactStats> contactStats(TenantId tenant, UUID first, UUID last, Instant from, Instant to) {
        String conversations = java.util.Arrays.stream(io.recoverydesk.compliance.policy.Outcome.values())
            .filter(io.recoverydesk.compliance.policy.Outcome::isConversation)
            .map(o -> "'" + o.name() + "'")
            .collect(java.util.stream.Collectors.joining(", "));
        Map<UUID, ContactStats> stats = new HashMap<>();
        jdbc.sql(
                """
                        select account_id, count(*) as attempts,
                               sum(case when outcome in (%s) then 1 else 0 end) as conversations,
                               sum(case when outcome in ('PROMISE_TO_PAY', 'PAYMENT_PLAN_AGREED') then 1 else 0 end) as promises,
                               sum(case when outcome = 'REFUSED_TO_PAY' then 1 else 0 end) as refusals,
                               max(started_at) as last_at
                        from contact_ledger
                        where tenant_id = ? and account_id between ? and ? and started_at >= ? and started_at < ?
                        group by account_id"""
                    .formatted(conversations))
            .params(tenant.value(), first, last, SqlValues.utc(from), SqlValues.utc(to))
            .query((rs, n) -> stats.put(rs.getObject("account_id", UUID.class),
                    new ContactStats(rs.getInt("attempts"), rs.getInt("conversations"), rs.getInt("promises"),
                            rs.getInt("refusals"), SqlValues.instant(rs, "last_at"))))
            .list();
        return stats;
    }

    @Override
    public Map<UUID, Integer> complaintCounts(TenantId tenant, UUID first, UUID last, Instant from, Instant to) {
        Map<UUID, Integer> counts = new HashMap<>();
        jdbc.sql("""
                select account_id, count(*) from complaint
                where tenant_id = ? and account_id between ? and ? and received_at >= ? and received_at < ?
                group by account_id""")
            .params(tenant.value(), first, last, SqlValues.utc(from), SqlValues.utc(to))
            .query((rs, n) -> counts.put(rs.getObject(1, UUID.class), rs.getInt(2)))
            .list();
        return counts;
    }

    @Override
    public Map<UUID, ContactState> between(TenantId tenant, UUID first, UUID last) {
        Map<UUID, String> holds = new HashMap<>();
        jdbc.sql("""
                select account_id, hold_type from account_hold
                where tenant_id = ? and account_id between ? and ? and lifted_at is null
                  and hold_type not in ('DO_NOT_CALL', 'CHANNEL_OPT_OUT')
                order by account_id, placed_at desc""")
            .params(tenant.value(), first, last)
            .query((rs, n) -> holds.put(rs.getObject(1, UUID.class), rs.getString(2)))
            .list();
        record Last(Instant at, String outcome) {
        }
        Map<UUID, Last> contacts = new HashMap<>();
        jdbc.sql("""
                select distinct on (l.account_id) l.account_id, l.started_at, l.outcome, l.id from contact_ledger l
                where l.tenant_id = ? and l.account_id between ? and ?
                order by l.account_id, l.started_at desc, l.id desc""")
            .params(tenant.value(), first, last)
            .query((rs, n) -> contacts.put(rs.getObject(1, UUID.class),
                    new Last(SqlValues.instant(rs, "started_at"), rs.getString("outcome"))))
            .list();
        Map<UUID, ContactState> states = new HashMap<>();
        holds.forEach((id, hold) -> {
            Last contact = contacts.get(id);
            states.put(id, new ContactState(hold, contact == null ? null : contact.at(),
                    contact == null ? null : contact.outcome()));
        });
        contacts
            .forEach((id, contact) -> states.putIfAbsent(id, new ContactState(null, contact.at(), contact.outcome())));
        return states;
    }

}
