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
        Map<UUID, Instant> contacts = new HashMap<>();
        jdbc.sql("""
                select account_id, max(started_at) as last_at from contact_ledger
                where tenant_id = ? and account_id between ? and ? group by account_id""")
            .params(tenant.value(), first, last)
            .query((rs, n) -> contacts.put(rs.getObject(1, UUID.class), SqlValues.instant(rs, "last_at")))
            .list();
        Map<UUID, ContactState> states = new HashMap<>();
        holds.forEach((id, hold) -> states.put(id, new ContactState(hold, contacts.get(id))));
        contacts.forEach((id, at) -> states.putIfAbsent(id, new ContactState(null, at)));
        return states;
    }

}
