package io.recoverydesk.identity.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import io.recoverydesk.audit.AuditLog;
import io.recoverydesk.identity.CurrentUser;
import io.recoverydesk.kernel.BusinessRuleException;
import io.recoverydesk.kernel.NotFoundException;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Enabling and disabling users, and their personal access tokens; every change audited.
 */
@Service
class UserAdministration {

    private final UserStore users;

    private final TokenStore tokens;

    private final AuditLog audit;

    private final Clock clock;

    private final IdentityProperties properties;

    UserAdministration(UserStore users, TokenStore tokens, AuditLog audit, Clock clock, IdentityProperties properties) {
        this.users = users;
        this.tokens = tokens;
        this.audit = audit;
        this.clock = clock;
        this.properties = properties;
    }

    /**
     * Disabling ends the user's sessions (checked on their next request) and revokes
     * every token.
     */
    @Transactional
    UserRecord setEnabled(CurrentUser admin, UUID userId, boolean enabled) {
        UserRecord user = users.findById(admin.tenantId(), userId)
            .orElseThrow(() -> new NotFoundException("user " + userId + " not found"));
        if (!enabled && user.id().equals(admin.userId())) {
            throw new BusinessRuleException("cannot-disable-self", "You cannot disable your own account.");
        }
        Instant now = clock.instant();
        users.setEnabled(admin.tenantId(), userId, enabled, now);
        if (!enabled) {
            int revoked = tokens.revokeAllOf(admin.tenantId(), userId, now);
            audit.record(admin.tenantId(), admin.username(), "USER_DISABLED", "user", userId.toString(),
                    "username=" + user.username() + " tokensRevoked=" + revoked);
        }
        else {
            audit.record(admin.tenantId(), admin.username(), "USER_ENABLED", "user", userId.toString(),
                    "username=" + user.username());
        }
        return users.findById(admin.tenantId(), userId).orElseThrow();
    }

    record IssuedToken(UUID id, String name, String token, Instant expiresAt) {
    }

    @Transactional
    IssuedToken issueToken(CurrentUser user, String name, Integer expiresInDays) {
        Duration validity = expiresInDays == null ? properties.tokenDefaultValidity() : Duration.ofDays(expiresInDays);
        Instant now = clock.instant();
        String secret = TokenStore.newSecret();
        Instant expiresAt = now.plus(validity);
        UUID id = tokens.insert(user.tenantId(), user.userId(), name, secret, expiresAt, now);
        audit.record(user.tenantId(), user.username(), "TOKEN_CREATED", "access_token", id.toString(),
                "name=" + name + " expiresAt=" + expiresAt);
        return new IssuedToken(id, name, secret, expiresAt);
    }

    List<TokenStore.TokenView> tokensOf(CurrentUser user) {
        return tokens.list(user.tenantId(), user.userId());
    }

    /** Owners revoke their own tokens; an admin may revoke any token of the tenant. */
    @Transactional
    void revokeToken(CurrentUser user, UUID tokenId, boolean asAdmin) {
        int changed = tokens.revoke(user.tenantId(), tokenId, asAdmin ? null : user.userId(), clock.instant());
        if (changed == 0) {
            if (!tokens.exists(user.tenantId(), tokenId)) {
                throw new NotFoundException("token " + tokenId + " not found");
            }
            if (!asAdmin) {
                throw new NotFoundException("token " + tokenId + " not found");
            }
            return;
        }
        audit.record(user.tenantId(), user.username(), "TOKEN_REVOKED", "access_token", tokenId.toString(), null);
    }

}
