package io.recoverydesk.allocation.engine;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/** Readable accounts and agents for the allocation tests. */
final class AllocationFixtures {

    static final AllocationPolicy CONTINUITY_FIRST = AllocationPolicy.standard();

    static final AllocationPolicy FAIRNESS_MAY_MOVE_KEPT = new AllocationPolicy(new BigDecimal("0.15"), false);

    private AllocationFixtures() {
    }

    /** A stable id from a name, so that tests read "A1", "D1" rather than UUIDs. */
    static UUID id(String name) {
        return UUID.nameUUIDFromBytes(name.getBytes(StandardCharsets.UTF_8));
    }

    static AgentCapacity agent(String username, int maxOpenCases, String... skills) {
        return new AgentCapacity(username, "T1", Set.of(skills), maxOpenCases, 1.0, false, true);
    }

    static AgentCapacity partTime(String username, int maxOpenCases, double share, String... skills) {
        return new AgentCapacity(username, "T1", Set.of(skills), maxOpenCases, share, false, true);
    }

    static AgentCapacity absent(String username, int maxOpenCases, String... skills) {
        return new AgentCapacity(username, "T1", Set.of(skills), maxOpenCases, 1.0, true, true);
    }

    static AgentCapacity left(String username, int maxOpenCases, String... skills) {
        return new AgentCapacity(username, "T1", Set.of(skills), maxOpenCases, 1.0, false, false);
    }

    static Account account(String name, String debtor) {
        return new Account(name, debtor, "CARD", "1000.00", "0.50", Set.of(), null, null);
    }

    static List<AccountToAllocate> build(Account... accounts) {
        return List.of(accounts).stream().map(Account::build).toList();
    }

    /** An account being written in a test. */
    record Account(String name, String debtor, String product, String balance, String propensity, Set<String> skills,
            @Nullable String current, @Nullable String override) {

        Account product(String product) {
            return new Account(name, debtor, product, balance, propensity, skills, current, override);
        }

        Account worth(String balance, String propensity) {
            return new Account(name, debtor, product, balance, propensity, skills, current, override);
        }

        Account needs(String... skills) {
            return new Account(name, debtor, product, balance, propensity, Set.of(skills), current, override);
        }

        Account with(String current) {
            return new Account(name, debtor, product, balance, propensity, skills, current, override);
        }

        Account overriddenTo(String override) {
            return new Account(name, debtor, product, balance, propensity, skills, current, override);
        }

        AccountToAllocate build() {
            return new AccountToAllocate(id(name), id(debtor), product, new BigDecimal(balance),
                    new BigDecimal(propensity), skills, current, override);
        }

    }

}
