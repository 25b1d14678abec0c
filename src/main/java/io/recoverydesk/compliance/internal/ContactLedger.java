package io.recoverydesk.compliance.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import io.recoverydesk.compliance.ContactDoor;
import io.recoverydesk.compliance.policy.Channel;
import io.recoverydesk.compliance.policy.ContactHistory;
import io.recoverydesk.compliance.policy.Direction;
import io.recoverydesk.compliance.policy.LedgerEntry;
import io.recoverydesk.compliance.policy.Outcome;
import io.recoverydesk.compliance.policy.Party;
import io.recoverydesk.kernel.SqlValues;
import io.recoverydesk.kernel.TenantId;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The contact ledger table. Only the door writes it (a test keeps it so); the rules read
 * it by debtor and time window, never the whole history.
 */
@Repository
class ContactLedger {

    private final JdbcClient jdbc;

    ContactLedger(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * The slice of the debtor's ledger that a decision at {@code at} reads: entries in
     * {@code [from, at)}, plus for third-party contacts the per-person counts and
     * refusals of all time.
     */
    ContactHistory history(TenantId tenant, UUID debtorId, Instant from, Instant at, boolean thirdParty) {
        List<LedgerEntry> entries = jdbc.sql("""
                select account_id, debtor_id, channel, direction, party, contact_point_id, started_at, outcome,
                       consent_to_call_until
                from contact_ledger where tenant_id = ? and debtor_id = ? and started_at >= ? and started_at < ?""")
            .params(tenant.value(), debtorId, SqlValues.utc(from), SqlValues.utc(at))
            .query((rs, n) -> new LedgerEntry(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class),
                    Channel.valueOf(rs.getString(3)), Direction.valueOf(rs.getString(4)),
                    Party.valueOf(rs.getString(5)), rs.getObject(6, UUID.class), SqlValues.instant(rs, "started_at"),
                    Outcome.valueOf(rs.getString(8)), SqlValues.instant(rs, "consent_to_call_until")))
            .list();
        if (!thirdParty) {
            return ContactHistory.of(entries);
        }
        Map<UUID, Integer> counts = new HashMap<>();
        Set<UUID> refused = new HashSet<>();
        jdbc.sql("""
                select contact_point_id, count(*),
                       sum(case when outcome in ('CEASE_REQUEST', 'REFUSED_TO_PAY') then 1 else 0 end)
                from contact_ledger
                where tenant_id = ? and debtor_id = ? and party = 'THIRD_PARTY' and contact_point_id is not null
                  and started_at < ?
                group by contact_point_id""").params(tenant.value(), debtorId, SqlValues.utc(at)).query(rs -> {
            UUID point = rs.getObject(1, UUID.class);
            counts.put(point, rs.getInt(2));
            if (rs.getInt(3) > 0) {
                refused.add(point);
            }
        });
        return new ContactHistory(entries, counts, refused);
    }

    /** A new entry as the door decided it. */
    record NewEntry(TenantId tenant, UUID id, UUID debtorId, ContactDoor.Report report, Instant startedAt,
            boolean reported, List<String> violations, List<String> noteFindings, String recordedBy,
            Instant recordedAt) {
    }

    void insert(NewEntry e) {
        ContactDoor.Report r = e.report();
        jdbc.sql(
                """
                        insert into contact_ledger (tenant_id, id, account_id, debtor_id, channel, direction, party, contact_point_id,
                          started_at, outcome, duration_seconds, notes, consent_to_call_until, collectors, reported, violations,
                          note_findings, external_id, recorded_by, recorded_at)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
            .params(e.tenant().value(), e.id(), r.accountId(), e.debtorId(), r.channel().name(), r.direction().name(),
                    r.party().name(), r.contactPointId(), SqlValues.utc(e.startedAt()), r.outcome().name(),
                    r.durationSeconds(), r.notes(),
                    r.consentToCallUntil() == null ? null : SqlValues.utc(r.consentToCallUntil()), r.collectors(),
                    e.reported(), e.violations().isEmpty() ? null : String.join(",", e.violations()),
                    e.noteFindings().isEmpty() ? null : String.join(",", e.noteFindings()), r.externalId(),
                    e.recordedBy(), SqlValues.utc(e.recordedAt()))
            .update();
    }

    Optional<ContactDoor.Recorded> byExternalId(TenantId tenant, String externalId) {
        return jdbc.sql("select * from contact_ledger where tenant_id = ? and external_id = ?")
            .params(tenant.value(), externalId)
            .query((rs, n) -> recorded(rs, false))
            .optional();
    }

    Optional<ContactDoor.Recorded> byId(TenantId tenant, UUID id) {
        return jdbc.sql("select * from contact_ledger where tenant_id = ? and id = ?")
            .params(tenant.value(), id)
            .query((rs, n) -> recorded(rs, true))
            .optional();
    }

    /** The account's ledger, newest first. */
    List<ContactDoor.Recorded> ofAccount(TenantId tenant, UUID accountId, int limit, int offset) {
        return jdbc
            .sql("select * from contact_ledger where tenant_id = ? and account_id = ? "
                    + "order by started_at desc, id desc limit ? offset ?")
            .params(tenant.value(), accountId, limit, offset)
            .query((rs, n) -> recorded(rs, false))
            .list();
    }

    long countOfAccount(TenantId tenant, UUID accountId) {
        return jdbc.sql("select count(*) from contact_ledger where tenant_id = ? and account_id = ?")
            .params(tenant.value(), accountId)
            .query(Long.class)
            .single();
    }

    /** The account's latest contact up to an instant, by one agent when given. */
    Optional<UUID> latestContactBefore(TenantId tenant, UUID accountId, String agent, Instant until) {
        List<Object> params = new java.util.ArrayList<>(List.of(tenant.value(), accountId, SqlValues.utc(until)));
        if (agent != null) {
            params.add(agent);
        }
        return jdbc
            .sql("select id from contact_ledger where tenant_id = ? and account_id = ? and started_at <= ?"
                    + (agent == null ? "" : " and recorded_by = ?")
                    + " order by started_at desc, id desc fetch first 1 rows only")
            .params(params)
            .query(UUID.class)
            .optional();
    }

    /** The start of the debtor's latest contact, if any. */
    Optional<Instant> latestStart(TenantId tenant, UUID debtorId) {
        return jdbc
            .sql("select started_at from contact_ledger where tenant_id = ? and debtor_id = ? "
                    + "order by started_at desc fetch first 1 rows only")
            .params(tenant.value(), debtorId)
            .query((rs, n) -> SqlValues.instant(rs, "started_at"))
            .optional();
    }

    /** Deletes contacts that started before the cutoff (retention); answers how many. */
    int purgeStartedBefore(TenantId tenant, Instant cutoff) {
        return jdbc.sql("delete from contact_ledger where tenant_id = ? and started_at < ?")
            .params(tenant.value(), SqlValues.utc(cutoff))
            .update();
    }

    /** Deletes the contacts of accounts whose latest contact is older than the cutoff. */
    int purgeInactiveAccounts(TenantId tenant, Instant cutoff) {
        return jdbc.sql("""
                delete from contact_ledger where tenant_id = ? and account_id in (
                  select account_id from contact_ledger where tenant_id = ?
                  group by account_id having max(started_at) < ?)""")
            .params(tenant.value(), tenant.value(), SqlValues.utc(cutoff))
            .update();
    }

    /** Serialises writers of one debtor's ledger until the transaction ends. */
    void lockDebtor(TenantId tenant, UUID debtorId) {
        jdbc.sql("insert into contact_lock (tenant_id, debtor_id) values (?, ?) on conflict do nothing")
            .params(tenant.value(), debtorId)
            .update();
        jdbc.sql("select debtor_id from contact_lock where tenant_id = ? and debtor_id = ? for update")
            .params(tenant.value(), debtorId)
            .query(UUID.class)
            .single();
    }

    private static ContactDoor.Recorded recorded(ResultSet rs, boolean created) throws SQLException {
        String violations = rs.getString("violations");
        String findings = rs.getString("note_findings");
        return new ContactDoor.Recorded(rs.getObject("id", UUID.class), rs.getObject("account_id", UUID.class),
                Channel.valueOf(rs.getString("channel")), Direction.valueOf(rs.getString("direction")),
                rs.getObject("contact_point_id", UUID.class), Party.valueOf(rs.getString("party")),
                SqlValues.instant(rs, "started_at"), Outcome.valueOf(rs.getString("outcome")),
                (Integer) rs.getObject("duration_seconds"), rs.getString("notes"), rs.getBoolean("reported"),
                violations == null ? List.of() : List.of(violations.split(",")),
                findings == null ? List.of() : List.of(findings.split(",")), rs.getString("recorded_by"),
                SqlValues.instant(rs, "recorded_at"), created);
    }

}
