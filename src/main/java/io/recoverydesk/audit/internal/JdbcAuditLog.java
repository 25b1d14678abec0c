package io.recoverydesk.audit.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;

import io.recoverydesk.audit.AuditLog;
import io.recoverydesk.kernel.TenantId;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * One chain per tenant. Appends lock the tenant's chain head row, so concurrent writers
 * form one order; each entry's hash covers the previous hash and the entry's own content.
 */
@Component
class JdbcAuditLog implements AuditLog {

    static final String GENESIS = "0".repeat(64);

    private final JdbcClient jdbc;

    private final Clock clock;

    JdbcAuditLog(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Override
    @Transactional
    public void record(TenantId tenant, String actor, String action, String entityType, String entityId,
            String details) {
        ChainHead head = lockHead(tenant);
        if (head.rebuiltFrom() > 0) {
            // the head row was deleted: appends go on, and the trail says so
            head = append(tenant, head, "system", "AUDIT_HEAD_REBUILT", "audit_chain", tenant.value().toString(),
                    "the chain head was missing; rebuilt from entry " + head.rebuiltFrom());
        }
        append(tenant, head, actor, action, entityType, entityId, details);
    }

    /**
     * The tenant's chain head, locked; created at the first append, or rebuilt from the
     * last entry when someone deleted it.
     */
    private ChainHead lockHead(TenantId tenant) {
        java.util.Optional<ChainHead> head = selectHead(tenant);
        if (head.isPresent()) {
            return head.get();
        }
        ChainHead last = jdbc
            .sql("select seq, hash from audit_entry where tenant_id = ? order by seq desc fetch first 1 rows only")
            .param(tenant.value())
            .query((rs, n) -> new ChainHead(rs.getLong(1), rs.getString(2), 0))
            .optional()
            .orElse(new ChainHead(0, GENESIS, 0));
        int created = jdbc
            .sql("insert into audit_chain (tenant_id, last_seq, last_hash) values (?, ?, ?) "
                    + "on conflict do nothing")
            .params(tenant.value(), last.lastSeq(), last.lastHash())
            .update();
        ChainHead locked = selectHead(tenant).orElseThrow();
        return created == 1 && last.lastSeq() > 0 ? new ChainHead(locked.lastSeq(), locked.lastHash(), last.lastSeq())
                : locked;
    }

    private java.util.Optional<ChainHead> selectHead(TenantId tenant) {
        return jdbc.sql("select last_seq, last_hash from audit_chain where tenant_id = ? for update")
            .param(tenant.value())
            .query((rs, n) -> new ChainHead(rs.getLong(1), rs.getString(2), 0))
            .optional();
    }

    private ChainHead append(TenantId tenant, ChainHead head, String actor, String action, String entityType,
            String entityId, String details) {
        long seq = head.lastSeq() + 1;
        Instant at = clock.instant().truncatedTo(ChronoUnit.MILLIS);
        // the hash covers exactly what is stored
        String storedActor = truncate(actor, 60);
        String storedEntityId = truncate(entityId, 100);
        String storedDetails = details == null ? null : truncate(details, 2000);
        String hash = hash(head.lastHash(), tenant.value().toString(), seq, at, storedActor, action, entityType,
                storedEntityId, storedDetails);
        jdbc.sql(
                """
                        insert into audit_entry (tenant_id, seq, at, actor, action, entity_type, entity_id, details, prev_hash, hash)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
            .params(tenant.value(), seq, OffsetDateTime.ofInstant(at, ZoneOffset.UTC), storedActor, action, entityType,
                    storedEntityId, storedDetails, head.lastHash(), hash)
            .update();
        jdbc.sql("update audit_chain set last_seq = ?, last_hash = ? where tenant_id = ?")
            .params(seq, hash, tenant.value())
            .update();
        return new ChainHead(seq, hash, 0);
    }

    @Override
    @Transactional(readOnly = true, isolation = org.springframework.transaction.annotation.Isolation.REPEATABLE_READ)
    public AuditVerification verify(TenantId tenant) {
        ChainVerifier verifier = new ChainVerifier(GENESIS);
        jdbc.sql("""
                select seq, at, actor, action, entity_type, entity_id, details, prev_hash, hash
                from audit_entry where tenant_id = ? order by seq""").param(tenant.value()).query(rs -> {
            if (verifier.broken()) {
                return;
            }
            long seq = rs.getLong(1);
            Instant at = rs.getObject(2, OffsetDateTime.class).toInstant();
            String expected = hash(verifier.previousHash(), tenant.value().toString(), seq, at, rs.getString(3),
                    rs.getString(4), rs.getString(5), rs.getString(6), rs.getString(7));
            verifier.check(seq, rs.getString(8), rs.getString(9), expected);
        });
        if (!verifier.broken()) {
            java.util.Optional<ChainHead> head = jdbc
                .sql("select last_seq, last_hash from audit_chain where tenant_id = ?")
                .param(tenant.value())
                .query((rs, n) -> new ChainHead(rs.getLong(1), rs.getString(2), 0))
                .optional();
            if (head.isPresent()) {
                verifier.checkHead(head.get().lastSeq(), head.get().lastHash());
            }
            else {
                verifier.headMissing();
            }
        }
        return verifier.result();
    }

    static String hash(String previousHash, String tenant, long seq, Instant at, String actor, String action,
            String entityType, String entityId, String details) {
        String content = String.join("\u001f", previousHash, tenant, Long.toString(seq),
                Long.toString(at.toEpochMilli()), actor, action, entityType, entityId, details == null ? "" : details);
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(digest.digest(content.getBytes(StandardCharsets.UTF_8)));
        }
        catch (NoSuchAlgorithmException ex) {
            throw new IllegalStateException(ex);
        }
    }

    private static String truncate(String value, int max) {
        return value.length() <= max ? value : value.substring(0, max);
    }

    /**
     * The chain's head; {@code rebuiltFrom} > 0 when it was just rebuilt from that entry.
     */
    private record ChainHead(long lastSeq, String lastHash, long rebuiltFrom) {
    }

}
