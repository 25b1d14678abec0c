package io.recoverydesk.identity.internal;

import java.time.Instant;
import java.util.Set;
import java.util.UUID;

import io.recoverydesk.identity.Role;
import io.recoverydesk.kernel.TenantId;

/** A stored user with the scopes of their own and of their team. */
record UserRecord(TenantId tenantId, UUID id, String username, String displayName, String passwordHash, Set<Role> roles,
        UUID teamId, String teamCode, boolean enabled, Instant lockedUntil, Instant sessionsValidAfter,
        Set<String> userScopes, Set<String> teamScopes) {

    boolean lockedAt(Instant now) {
        return lockedUntil != null && lockedUntil.isAfter(now);
    }

}
