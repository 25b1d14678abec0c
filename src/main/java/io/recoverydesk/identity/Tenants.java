package io.recoverydesk.identity;

import java.time.ZoneId;
import java.util.Currency;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import io.recoverydesk.kernel.TenantId;

/**
 * Tenants and their defaults; creating tenants, teams and users for the bootstrap and the
 * demo seed.
 */
public interface Tenants {

    Tenant get(TenantId id);

    Optional<Tenant> findByCode(String code);

    /** Every tenant, for jobs that run per tenant. */
    List<Tenant> all();

    Tenant create(String code, String name, String country, Currency currency, ZoneId zone);

    void createTeam(TenantId tenant, String code, String name, Set<String> creditorScopes);

    void createUser(TenantId tenant, String username, String displayName, String password, Set<Role> roles,
            Set<String> creditorScopes, String teamCode);

    List<String> usernames(TenantId tenant);

    /** The codes of the tenant's teams. */
    Set<String> teamCodes(TenantId tenant);

    /**
     * Every user of the tenant, disabled ones too, by username: who they are, their roles
     * and their team, for modules that plan or show people (the team roster).
     */
    List<Member> members(TenantId tenant);

    /**
     * The user with this username in this tenant; empty for an unknown or foreign user.
     */
    Optional<Member> member(TenantId tenant, String username);

    /** A tenant: a collection agency or an in-house collection department. */
    record Tenant(TenantId id, String code, String name, String country, Currency currency, ZoneId zone) {
    }

    /**
     * A user of a tenant as other modules see them.
     *
     * @param teamId the team's id, or null for a user without a team
     * @param teamCode the team's code, or null for a user without a team
     * @param enabled may log in; a disabled user has left or is suspended
     */
    record Member(UUID id, String username, String displayName, Set<Role> roles, UUID teamId, String teamCode,
            boolean enabled) {

        public Member {
            roles = Set.copyOf(roles);
        }

        public boolean hasRole(Role role) {
            return roles.contains(role);
        }

    }

}
