package io.recoverydesk.identity.internal;

import io.recoverydesk.kernel.SqlValues;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import io.recoverydesk.kernel.Ids;
import io.recoverydesk.kernel.TenantId;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Personal access tokens: only a SHA-256 of the secret is stored. */
@Repository
class TokenStore {

    private static final SecureRandom RANDOM = new SecureRandom();

    private final JdbcClient jdbc;

    private final TokenPrincipals principals;

    TokenStore(JdbcClient jdbc, TokenPrincipals principals) {
        this.jdbc = jdbc;
        this.principals = principals;
    }

    static String newSecret() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return "rd_" + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    static String hash(String secret) {
        try {
            return HexFormat.of()
                .formatHex(MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.UTF_8)));
        }
        catch (NoSuchAlgorithmException ex) {
            throw new IllegalStateException(ex);
        }
    }

    UUID insert(TenantId tenant, UUID userId, String name, String secret, Instant expiresAt, Instant now) {
        UUID id = Ids.newId();
        jdbc.sql("""
                insert into access_token (tenant_id, id, user_id, name, token_hash, expires_at, created_at)
                values (?, ?, ?, ?, ?, ?, ?)""")
            .params(tenant.value(), id, userId, name, hash(secret), SqlValues.utc(expiresAt), SqlValues.utc(now))
            .update();
        return id;
    }

    /**
     * The username of a live token's owner, if the token is known, unrevoked and
     * unexpired.
     */
    List<TokenView> list(TenantId tenant, UUID userId) {
        return jdbc.sql("""
                select id, name, expires_at, revoked_at, created_at from access_token
                where tenant_id = ? and user_id = ? order by created_at desc""")
            .params(tenant.value(), userId)
            .query((rs, n) -> new TokenView(rs.getObject("id", UUID.class), rs.getString("name"),
                    SqlValues.instant(rs, "expires_at"), SqlValues.instant(rs, "revoked_at"),
                    SqlValues.instant(rs, "created_at")))
            .list();
    }

    int revoke(TenantId tenant, UUID id, UUID ownerOrNull, Instant now) {
        principals.invalidate();
        return jdbc
            .sql("update access_token set revoked_at = ? where tenant_id = ? and id = ? and revoked_at is null"
                    + (ownerOrNull == null ? "" : " and user_id = ?"))
            .params(ownerOrNull == null ? List.of(SqlValues.utc(now), tenant.value(), id)
                    : List.of(SqlValues.utc(now), tenant.value(), id, ownerOrNull))
            .update();
    }

    int revokeAllOf(TenantId tenant, UUID userId, Instant now) {
        principals.invalidate();
        return jdbc
            .sql("update access_token set revoked_at = ? where tenant_id = ? and user_id = ? and revoked_at is null")
            .params(SqlValues.utc(now), tenant.value(), userId)
            .update();
    }

    boolean exists(TenantId tenant, UUID id) {
        return jdbc.sql("select count(*) from access_token where tenant_id = ? and id = ?")
            .params(tenant.value(), id)
            .query(Integer.class)
            .single() > 0;
    }

    /** A token as its owner sees it; the secret is shown only once, at creation. */
    record TokenView(UUID id, String name, Instant expiresAt, Instant revokedAt, Instant createdAt) {
    }

}
