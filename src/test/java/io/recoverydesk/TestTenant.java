package io.recoverydesk;

import java.time.ZoneId;
import java.util.Currency;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import io.recoverydesk.identity.Role;
import io.recoverydesk.identity.Tenants;
import io.recoverydesk.kernel.TenantId;
import io.recoverydesk.portfolio.PortfolioAdministration;

import org.springframework.stereotype.Component;

/**
 * A fresh tenant per test: creditors C1 and C2, team T1 serving C1, and one user per role
 * (named {@code <role>-<suffix>}), the agent and team lead in T1, the creditor viewer on
 * C2.
 */
public record TestTenant(TenantId id, String code, Map<Role, String> users) {

    /** Every test tenant's zone: its business dates ("today") are Shanghai dates. */
    public static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    /**
     * The tenants' business date at the clock's instant (not the UTC date: from 16:00 UTC
     * on they differ).
     */
    public static java.time.LocalDate today(java.time.Clock clock) {
        return java.time.LocalDate.ofInstant(clock.instant(), ZONE);
    }

    public static final String PASSWORD = "password-1";

    public String user(Role role) {
        return users.get(role);
    }

    /** Makes test tenants through the public module APIs. */
    @Component
    public static class Factory {

        private final Tenants tenants;

        private final PortfolioAdministration portfolio;

        Factory(Tenants tenants, PortfolioAdministration portfolio) {
            this.tenants = tenants;
            this.portfolio = portfolio;
        }

        public TestTenant create() {
            String suffix = UUID.randomUUID().toString().substring(0, 8);
            Tenants.Tenant tenant = tenants.create("t-" + suffix, "Test " + suffix, "CN", Currency.getInstance("CNY"),
                    ZONE);
            portfolio.createCreditor(tenant.id(), "test", "C1", "Creditor One");
            portfolio.createCreditor(tenant.id(), "test", "C2", "Creditor Two");
            tenants.createTeam(tenant.id(), "T1", "Team one", Set.of("C1"));
            Map<Role, String> users = new LinkedHashMap<>();
            for (Role role : Role.values()) {
                String username = role.name().toLowerCase().replace('_', '-') + "-" + suffix;
                String team = role == Role.AGENT || role == Role.TEAM_LEAD ? "T1" : null;
                Set<String> scopes = role == Role.CREDITOR_VIEWER ? Set.of("C2") : Set.of();
                tenants.createUser(tenant.id(), username, role.name(), PASSWORD, EnumSet.of(role), scopes, team);
                users.put(role, username);
            }
            return new TestTenant(tenant.id(), tenant.code(), users);
        }

    }

}
