package io.recoverydesk.casework.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import io.recoverydesk.audit.AuditLog;
import io.recoverydesk.compliance.NoteScreening;
import io.recoverydesk.identity.CurrentUser;
import io.recoverydesk.kernel.BusinessRuleException;
import io.recoverydesk.kernel.Ids;
import io.recoverydesk.kernel.NotFoundException;
import io.recoverydesk.kernel.SqlValues;
import io.recoverydesk.kernel.TenantId;
import io.recoverydesk.portfolio.AccountDirectory;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Case notes: free text on an account, kept as written, scanned by the compliance
 * module's content scanner (a finding raises a compliance alert and flags the note on the
 * timeline); audited.
 */
@Service
class CaseNotes {

    static final int MAX = 4000;

    private final JdbcClient jdbc;

    private final AccountDirectory accounts;

    private final NoteScreening screening;

    private final AuditLog audit;

    private final Clock clock;

    CaseNotes(JdbcClient jdbc, AccountDirectory accounts, NoteScreening screening, AuditLog audit, Clock clock) {
        this.jdbc = jdbc;
        this.accounts = accounts;
        this.screening = screening;
        this.audit = audit;
        this.clock = clock;
    }

    /** A note; {@code findings} are the scanner's categories (empty = clean). */
    record Note(UUID id, UUID accountId, String body, List<String> findings, String createdBy, Instant createdAt) {
    }

    @Transactional
    Note add(CurrentUser user, UUID accountId, String body) {
        requireVisible(user, accountId);
        if (body == null || body.isBlank()) {
            throw new BusinessRuleException("note-empty", "Write the note first.");
        }
        if (body.length() > MAX) {
            throw new BusinessRuleException("note-too-long", "Notes are limited to " + MAX + " characters.");
        }
        String text = body.strip();
        UUID id = Ids.newId();
        Instant now = clock.instant();
        List<String> findings = screening.screen(user.tenantId(), accountId, id, text);
        jdbc.sql("insert into casework_note (tenant_id, id, account_id, body, findings, created_by, created_at)"
                + " values (?, ?, ?, ?, ?, ?, ?)")
            .params(user.tenantId().value(), id, accountId, text,
                    findings.isEmpty() ? null : String.join(",", findings), user.username(), SqlValues.utc(now))
            .update();
        audit.record(user.tenantId(), user.username(), "NOTE_ADDED", "account", accountId.toString(),
                "note=" + id + (findings.isEmpty() ? "" : " flagged=" + String.join(",", findings)));
        return new Note(id, accountId, text, findings, user.username(), now);
    }

    @Transactional(readOnly = true)
    List<Note> of(CurrentUser user, UUID accountId, int limit) {
        requireVisible(user, accountId);
        return latest(user.tenantId(), accountId, limit);
    }

    /** The account's notes, newest first (no visibility check: the caller made it). */
    List<Note> latest(TenantId tenant, UUID accountId, int limit) {
        return jdbc
            .sql("select * from casework_note where tenant_id = ? and account_id = ?"
                    + " order by created_at desc, id desc limit ?")
            .params(tenant.value(), accountId, limit)
            .query((rs, n) -> {
                String findings = rs.getString("findings");
                return new Note(rs.getObject("id", UUID.class), rs.getObject("account_id", UUID.class),
                        rs.getString("body"), findings == null ? List.of() : List.of(findings.split(",")),
                        rs.getString("created_by"), SqlValues.instant(rs, "created_at"));
            })
            .list();
    }

    private void requireVisible(CurrentUser user, UUID accountId) {
        if (accounts.visible(user, accountId).isEmpty()) {
            throw new NotFoundException("account " + accountId + " not found");
        }
    }

}
