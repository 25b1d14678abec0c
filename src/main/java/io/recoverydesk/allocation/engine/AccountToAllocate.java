package io.recoverydesk.allocation.engine;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.HashSet;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * An open account to place. Whoever works it must hold its product and every required
 * skill (for example {@code LEGAL} in the legal stage, or a language such as
 * {@code yue}); skills are compared exactly, case included.
 *
 * @param propensity the probability of recovery, 0 to 1
 * @param currentAgent who works it today, if anyone
 * @param overrideAgent a manual override: the run places it there whatever else holds
 */
public record AccountToAllocate(UUID accountId, UUID debtorId, String product, BigDecimal balance,
        BigDecimal propensity, Set<String> requiredSkills, @Nullable String currentAgent,
        @Nullable String overrideAgent) {

    public AccountToAllocate {
        Objects.requireNonNull(accountId, "an account needs an id");
        Objects.requireNonNull(debtorId, "an account needs a debtor");
        if (product == null || product.isBlank()) {
            throw new IllegalArgumentException("account " + accountId + " needs a product");
        }
        if (balance == null || balance.signum() < 0) {
            throw new IllegalArgumentException("account " + accountId + " needs a balance of zero or more");
        }
        if (propensity == null || propensity.signum() < 0 || propensity.compareTo(BigDecimal.ONE) > 0) {
            throw new IllegalArgumentException("account " + accountId + " needs a propensity between 0 and 1");
        }
        requiredSkills = Set.copyOf(requiredSkills);
        currentAgent = blankToNull(currentAgent);
        overrideAgent = blankToNull(overrideAgent);
    }

    /** An account nobody works yet and nobody has overridden. */
    public static AccountToAllocate fresh(UUID accountId, UUID debtorId, String product, BigDecimal balance,
            BigDecimal propensity, Set<String> requiredSkills) {
        return new AccountToAllocate(accountId, debtorId, product, balance, propensity, requiredSkills, null, null);
    }

    /** Balance × propensity, to the cent. */
    public BigDecimal expectedValue() {
        return balance.multiply(propensity).setScale(2, RoundingMode.HALF_EVEN);
    }

    /** The product and every required skill. */
    public Set<String> neededSkills() {
        Set<String> skills = new HashSet<>(requiredSkills);
        skills.add(product);
        return Set.copyOf(skills);
    }

    private static @Nullable String blankToNull(@Nullable String agent) {
        return (agent == null || agent.isBlank()) ? null : agent;
    }

}
