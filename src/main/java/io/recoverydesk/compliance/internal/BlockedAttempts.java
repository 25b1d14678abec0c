package io.recoverydesk.compliance.internal;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import io.recoverydesk.compliance.ContactDoor;
import io.recoverydesk.compliance.policy.Party;
import io.recoverydesk.kernel.Ids;
import io.recoverydesk.kernel.SqlValues;
import io.recoverydesk.kernel.TenantId;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Live contacts the door refused, kept for the dashboard's "blocked attempts by rule".
 */
@Repository
class BlockedAttempts {

    private final JdbcClient jdbc;

    BlockedAttempts(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void record(TenantId tenant, UUID debtorId, ContactDoor.Report report, Party party, Instant at, List<String> rules,
            String by) {
        String joined = String.join(",", rules);
        jdbc.sql("""
                insert into contact_block (tenant_id, id, account_id, debtor_id, channel, party, contact_point_id,
                  attempted_at, rules, blocked_by) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
            .params(tenant.value(), Ids.newId(), report.accountId(), debtorId, report.channel().name(), party.name(),
                    report.contactPointId(), SqlValues.utc(at),
                    joined.length() > 500 ? joined.substring(0, 500) : joined, by)
            .update();
    }

}
