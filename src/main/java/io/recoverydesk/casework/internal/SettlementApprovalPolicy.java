package io.recoverydesk.casework.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.recoverydesk.identity.Role;

/**
 * Who may approve a settlement: each role of the ladder may grant a discount up to its
 * limit (a fraction of the balance); an admin any. The discount is rounded up to six
 * decimals so that rounding never lets an offer slip under a limit.
 */
record SettlementApprovalPolicy(Map<Role, BigDecimal> limits) {

    static final List<Role> LADDER = List.of(Role.AGENT, Role.TEAM_LEAD, Role.MANAGER, Role.ADMIN);

    SettlementApprovalPolicy {
        Map<Role, BigDecimal> copy = new EnumMap<>(Role.class);
        copy.putAll(limits);
        copy.put(Role.ADMIN, BigDecimal.ONE);
        BigDecimal previous = BigDecimal.ZERO;
        for (Role role : LADDER) {
            BigDecimal limit = copy.get(role);
            if (limit == null || limit.signum() < 0 || limit.compareTo(BigDecimal.ONE) > 0) {
                throw new IllegalArgumentException("the limit of " + role + " must be 0 to 1");
            }
            if (limit.compareTo(previous) < 0) {
                throw new IllegalArgumentException("the limit of " + role + " is below the role under it");
            }
            previous = limit;
        }
        limits = Map.copyOf(copy);
    }

    static SettlementApprovalPolicy defaults() {
        return new SettlementApprovalPolicy(Map.of(Role.AGENT, new BigDecimal("0.10"), Role.TEAM_LEAD,
                new BigDecimal("0.25"), Role.MANAGER, new BigDecimal("0.50")));
    }

    /** 1 − amount / balance, rounded up to six decimals. */
    static BigDecimal discount(BigDecimal amount, BigDecimal balance) {
        if (balance.signum() <= 0) {
            throw new IllegalArgumentException("no balance to settle");
        }
        return balance.subtract(amount).divide(balance, 6, RoundingMode.UP);
    }

    /** The lowest role of the ladder whose limit covers the discount. */
    Role requiredRole(BigDecimal discount) {
        return LADDER.stream().filter(r -> limits.get(r).compareTo(discount) >= 0).findFirst().orElse(Role.ADMIN);
    }

    /** The highest limit among the user's roles; zero for roles off the ladder. */
    BigDecimal limitOf(Set<Role> roles) {
        return LADDER.stream()
            .filter(roles::contains)
            .map(limits::get)
            .max(BigDecimal::compareTo)
            .orElse(BigDecimal.ZERO);
    }

    boolean mayDecide(Set<Role> roles, BigDecimal discount) {
        return limitOf(roles).compareTo(discount) >= 0 && LADDER.stream().anyMatch(roles::contains);
    }

}
