package io.recoverydesk.identity;

import java.util.Set;
import java.util.UUID;

import io.recoverydesk.kernel.TenantId;

/**
 * The user behind the current request with the creditor codes they may see;
 * {@code creditorScope == null} means every creditor of the tenant.
 */
public record CurrentUser(TenantId tenantId, UUID userId, String username, String displayName, Set<Role> roles,
        UUID teamId, Set<String> creditorScope) {

    public CurrentUser {
        roles = Set.copyOf(roles);
        creditorScope = creditorScope == null ? null : Set.copyOf(creditorScope);
    }

    public boolean hasRole(Role role) {
        return roles.contains(role);
    }

    public boolean hasAnyRole(Role... candidates) {
        for (Role role : candidates) {
            if (roles.contains(role)) {
                return true;
            }
        }
        return false;
    }

    public boolean seesAllCreditors() {
        return creditorScope == null;
    }

    public boolean maysee(String creditorCode) {
        return creditorScope == null || creditorScope.contains(creditorCode);
    }

    /**
     * The effective creditor scope: tenant-wide roles use their own list (empty = all);
     * agents and team leads the creditors their team serves, narrowed by their own list;
     * a creditor viewer only their own list.
     */
    public static Set<String> effectiveScope(Set<Role> roles, Set<String> userScopes, Set<String> teamScopes,
            boolean hasTeam) {
        if (roles.stream().anyMatch(Role.TENANT_WIDE::contains)) {
            return userScopes.isEmpty() ? null : userScopes;
        }
        if (roles.contains(Role.AGENT) || roles.contains(Role.TEAM_LEAD)) {
            if (!hasTeam) {
                return Set.of();
            }
            if (userScopes.isEmpty()) {
                return teamScopes;
            }
            return userScopes.stream()
                .filter(teamScopes::contains)
                .collect(java.util.stream.Collectors.toUnmodifiableSet());
        }
        return userScopes;
    }

}
