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
        jdbc.sql("insert into audit_chain (tenant_id, last_seq, last_hash) values (?, 0, ?) on conflict do nothing")
            .params(tenant.value(), GENESIS)
            .update();
        ChainHead head = jdbc.sql("select last_seq, last_hash from audit_chain where tenant_id = ? for update")
            .param(tenant.value())
            .query((rs, n) -> new ChainHead(rs.getLong(1), rs.getString(2)))
            .single();
        long seq = head.lastSeq() + 1;
        Instant at = clock.instant().truncatedTo(ChronoUnit.MILLIS);
        String safeDetails = details == null ? null : truncate(details, 2000);
        String hash = hash(head.lastHash(), tenant.value().toString(), seq, at, actor, action, entityType, entityId,
                safeDetails);
        jdbc.sql(
                """
                        insert into audit_entry (tenant_id, seq, at, actor, action, entity_type, entity_id, details, prev_hash, hash)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
            .params(tenant.value(), seq, OffsetDateTime.ofInstant(at, ZoneOffset.UTC), truncate(actor, 60), action,
                    entityType, truncate(entityId, 100), safeDetails, head.lastHash(), hash)
            .update();
        jdbc.sql("update audit_chain set last_seq = ?, last_hash = ? where tenant_id = ?")
            .params(seq, hash, tenant.value())
            .update();
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
            jdbc.sql("select last_seq, last_hash from audit_chain where tenant_id = ?")
                .param(tenant.value())
                .query((rs, n) -> new ChainHead(rs.getLong(1), rs.getString(2)))
                .optional()
                .ifPresent(head -> verifier.checkHead(head.lastSeq(), head.lastHash()));
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

    private record ChainHead(long lastSeq, String lastHash) {
    }

}
