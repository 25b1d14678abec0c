package io.recoverydesk.identity;

import java.time.ZoneId;
import java.util.Currency;
import java.util.List;
import java.util.Optional;
import java.util.Set;

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

    /** A tenant: a collection agency or an in-house collection department. */
    record Tenant(TenantId id, String code, String name, String country, Currency currency, ZoneId zone) {
    }

}
