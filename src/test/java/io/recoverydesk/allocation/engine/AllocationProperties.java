package io.recoverydesk.allocation.engine;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;
import org.jspecify.annotations.Nullable;

import static io.recoverydesk.allocation.engine.AllocationFixtures.id;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The rules over small random desks: few agents and debtors, so that skills, capacity,
 * absences, overrides and shared debtors collide often.
 */
class AllocationProperties {

    private static final List<String> PRODUCTS = List.of("CARD", "LOAN");

    record World(List<AgentCapacity> agents, List<AccountToAllocate> accounts, AllocationPolicy policy) {

        AllocationPlan plan() {
            return new Allocator(policy).allocate(accounts, agents);
        }

        @Nullable AgentCapacity agent(@Nullable String name) {
            return agents.stream().filter((a) -> a.username().equals(name)).findFirst().orElse(null);
        }

        boolean someoneHolds(Set<String> skills) {
            return agents.stream().anyMatch((a) -> a.capacity() > 0 && a.skills().containsAll(skills));
        }

    }

    @Property(tries = 1000)
    void placesEveryAccountOnceOrSaysWhyNot(@ForAll("worlds") World world) {
        AllocationPlan plan = world.plan();

        List<UUID> placed = plan.assignments().stream().map(Assignment::accountId).toList();
        List<UUID> left = plan.unassigned().stream().map(Unassigned::accountId).toList();
        List<UUID> all = new ArrayList<>(placed);
        all.addAll(left);
        assertThat(all).doesNotHaveDuplicates()
            .containsExactlyInAnyOrderElementsOf(world.accounts().stream().map(AccountToAllocate::accountId).toList());
        assertThat(plan.unassigned()).allSatisfy((u) -> assertThat(u.detail()).isNotBlank());
        assertThat(plan.assignments()).allSatisfy((a) -> assertThat(a.detail()).isNotBlank());
        Statistics.label("unassigned").collect(left.isEmpty() ? "none" : "some");
    }

    @Property(tries = 1000)
    void fillsNobodyBeyondCapacityExceptThroughOverrides(@ForAll("worlds") World world) {
        AllocationPlan plan = world.plan();

        for (AgentCapacity agent : world.agents()) {
            List<Assignment> held = plan.assignments()
                .stream()
                .filter((a) -> a.agent().equals(agent.username()))
                .toList();
            long overrides = held.stream().filter((a) -> a.reason() == Reason.OVERRIDE).count();
            // overrides take room first; everything else fits in what they leave
            assertThat(held.size() - overrides).as(agent.username())
                .isLessThanOrEqualTo(Math.max(0, agent.capacity() - overrides));
            assertThat(plan.load(agent.username()).orElseThrow().capacity()).isEqualTo(agent.capacity());
            Statistics.label("beyond capacity").collect(held.size() > agent.capacity());
        }
    }

    @Property(tries = 1000)
    void respectsSkillsAndHonoursEveryOverrideToAListedAgent(@ForAll("worlds") World world) {
        AllocationPlan plan = world.plan();

        for (AccountToAllocate account : world.accounts()) {
            Assignment assignment = plan.assignment(account.accountId()).orElse(null);
            AgentCapacity overrideAgent = world.agent(account.overrideAgent());
            if (overrideAgent != null) {
                assertThat(assignment).isNotNull();
                assertThat(assignment.agent()).isEqualTo(overrideAgent.username());
                assertThat(assignment.reason()).isEqualTo(Reason.OVERRIDE);
            }
            else if (assignment != null) {
                AgentCapacity agent = world.agent(assignment.agent());
                assertThat(agent.skills()).containsAll(account.neededSkills());
                assertThat(agent.available()).isTrue();
                assertThat(assignment.reason()).isNotEqualTo(Reason.OVERRIDE);
            }
        }
    }

    @Property(tries = 1000)
    void keepsADebtorWithOneAgentWhenSomeoneHoldsAllTheirSkills(@ForAll("worlds") World world) {
        AllocationPlan plan = world.plan();

        Map<UUID, List<AccountToAllocate>> byDebtor = world.accounts()
            .stream()
            .filter((a) -> a.overrideAgent() == null)
            .collect(Collectors.groupingBy(AccountToAllocate::debtorId));
        for (List<AccountToAllocate> accounts : byDebtor.values()) {
            Set<String> skills = new HashSet<>();
            accounts.forEach((a) -> skills.addAll(a.neededSkills()));
            Set<String> agents = accounts.stream()
                .map((a) -> plan.assignment(a.accountId()))
                .flatMap((a) -> a.stream())
                .map(Assignment::agent)
                .collect(Collectors.toSet());
            if (world.someoneHolds(skills)) {
                assertThat(agents).hasSizeLessThanOrEqualTo(1);
                long placed = accounts.stream().filter((a) -> plan.assignment(a.accountId()).isPresent()).count();
                assertThat(placed).as("all or none of the debtor's accounts").isIn(0L, (long) accounts.size());
            }
            Statistics.label("debtor").collect(world.someoneHolds(skills) ? "together" : "may split");
        }
    }

    @Property(tries = 1000)
    void keepsAccountsWithAnAgentWhoCanKeepThemUnlessFairnessMovedThem(@ForAll("roomyWorlds") World world) {
        AllocationPlan plan = world.plan();

        for (AccountToAllocate account : world.accounts()) {
            if (surelyKept(world, account)) {
                Assignment assignment = plan.assignment(account.accountId()).orElseThrow();
                if (world.policy().keepContinuity()) {
                    assertThat(assignment.agent()).isEqualTo(account.currentAgent());
                }
                else if (!assignment.agent().equals(account.currentAgent())) {
                    assertThat(assignment.reason()).isEqualTo(Reason.FAIRNESS);
                }
                Statistics.label("surely kept").collect(assignment.reason());
            }
        }
        for (Assignment assignment : plan.assignments()) {
            if (assignment.reason() == Reason.CONTINUITY_SAME_AGENT) {
                assertThat(assignment.agent()).isEqualTo(assignment.previousAgent());
            }
        }
    }

    @Property(tries = 1000)
    void endsEveryAgentWithinTheBandOrSaysWhy(@ForAll("worlds") World world) {
        AllocationPlan plan = world.plan();

        Map<UUID, BigDecimal> values = world.accounts()
            .stream()
            .collect(Collectors.toMap(AccountToAllocate::accountId, AccountToAllocate::expectedValue));
        Map<String, BigDecimal> ev = new HashMap<>();
        plan.assignments().forEach((a) -> ev.merge(a.agent(), values.get(a.accountId()), BigDecimal::add));
        Map<String, List<AgentCapacity>> teams = world.agents()
            .stream()
            .filter((a) -> a.capacity() > 0)
            .collect(Collectors.groupingBy(AgentCapacity::team));
        assertThat(plan.teams()).extracting(TeamBalance::team).containsExactlyInAnyOrderElementsOf(teams.keySet());
        double band = world.policy().fairnessBand().doubleValue();
        for (Map.Entry<String, List<AgentCapacity>> team : teams.entrySet()) {
            double total = team.getValue().stream().mapToDouble((a) -> value(ev, a)).sum();
            double shares = team.getValue().stream().mapToDouble(AgentCapacity::scheduledHoursShare).sum();
            double mean = total / shares;
            TeamBalance balance = plan.team(team.getKey()).orElseThrow();
            Set<String> gaps = balance.gaps().stream().map(TeamBalance.Gap::agent).collect(Collectors.toSet());
            for (AgentCapacity agent : team.getValue()) {
                double value = value(ev, agent);
                double share = agent.scheduledHoursShare();
                boolean surelyOutside = value > mean * (1 + band) * share + 0.01
                        || value < mean * (1 - band) * share - 0.01;
                boolean surelyInside = value < mean * (1 + band) * share - 0.01
                        && value > mean * (1 - band) * share + 0.01;
                if (surelyOutside) {
                    assertThat(gaps).as(agent.username()).contains(agent.username());
                }
                if (surelyInside) {
                    assertThat(gaps).as(agent.username()).doesNotContain(agent.username());
                }
            }
            assertThat(balance.gaps()).allSatisfy((g) -> assertThat(g.why()).isNotBlank());
            Statistics.label("team within band").collect(balance.withinBand());
        }
    }

    @Property(tries = 500)
    void reportsLoadsThatAddUp(@ForAll("worlds") World world) {
        AllocationPlan plan = world.plan();

        Map<UUID, AccountToAllocate> accounts = world.accounts()
            .stream()
            .collect(Collectors.toMap(AccountToAllocate::accountId, (a) -> a));
        assertThat(plan.loads()).extracting(AgentLoad::agent)
            .containsExactlyElementsOf(world.agents().stream().map(AgentCapacity::username).sorted().toList());
        for (AgentLoad load : plan.loads()) {
            List<AccountToAllocate> held = plan.assignments()
                .stream()
                .filter((a) -> a.agent().equals(load.agent()))
                .map((a) -> accounts.get(a.accountId()))
                .toList();
            assertThat(load.count()).isEqualTo(held.size());
            assertThat(load.balance()).isEqualByComparingTo(
                    held.stream().map(AccountToAllocate::balance).reduce(BigDecimal.ZERO, BigDecimal::add));
            assertThat(load.expectedValue()).isEqualByComparingTo(
                    held.stream().map(AccountToAllocate::expectedValue).reduce(BigDecimal.ZERO, BigDecimal::add));
            assertThat(load.reasons().values().stream().mapToInt(Integer::intValue).sum()).isEqualTo(held.size());
        }
    }

    @Property(tries = 500)
    void givesTheSamePlanWhateverTheInputOrder(@ForAll("worlds") World world, @ForAll long seed) {
        List<AccountToAllocate> accounts = new ArrayList<>(world.accounts());
        List<AgentCapacity> agents = new ArrayList<>(world.agents());
        Collections.shuffle(accounts, new Random(seed));
        Collections.shuffle(agents, new Random(seed + 1));

        assertThat(new Allocator(world.policy()).allocate(accounts, agents)).isEqualTo(world.plan());
    }

    /**
     * The current agent is available, holds every skill of the debtor, no other agent
     * holds one of the debtor's accounts, no override touches the debtor, and the agent's
     * capacity covers every account that could possibly be kept with them or overridden
     * to them.
     */
    private static boolean surelyKept(World world, AccountToAllocate account) {
        AgentCapacity agent = world.agent(account.currentAgent());
        if (agent == null || agent.capacity() == 0) {
            return false;
        }
        List<AccountToAllocate> debtor = world.accounts()
            .stream()
            .filter((a) -> a.debtorId().equals(account.debtorId()))
            .toList();
        boolean single = debtor.stream()
            .allMatch((a) -> a.overrideAgent() == null
                    && (a.currentAgent() == null || a.currentAgent().equals(agent.username()))
                    && agent.skills().containsAll(a.neededSkills()));
        Set<UUID> touching = world.accounts()
            .stream()
            .filter((a) -> agent.username().equals(a.currentAgent()) || agent.username().equals(a.overrideAgent()))
            .map(AccountToAllocate::debtorId)
            .collect(Collectors.toSet());
        long possible = world.accounts().stream().filter((a) -> touching.contains(a.debtorId())).count();
        return single && agent.capacity() >= possible;
    }

    private static double value(Map<String, BigDecimal> ev, AgentCapacity agent) {
        return ev.getOrDefault(agent.username(), BigDecimal.ZERO).doubleValue();
    }

    @Provide
    Arbitrary<World> worlds() {
        Arbitrary<AgentCapacity> agent = Combinators
            .combine(Arbitraries.of("T1", "T1", "T2"), Arbitraries.subsetOf(PRODUCTS),
                    Arbitraries.integers().between(0, 9), Arbitraries.integers().between(0, 9),
                    Arbitraries.of(0.0, 0.25, 0.5, 0.8, 1.0, 1.0), Arbitraries.integers().between(0, 9))
            .as((team, products, extras, max, share, state) -> {
                Set<String> skills = new HashSet<>(products);
                if (extras % 3 == 0) {
                    skills.add("LEGAL");
                }
                if (extras % 4 == 0) {
                    skills.add("yue");
                }
                return new AgentCapacity("?", team, skills, max, share, state == 0, state != 1);
            });
        Arbitrary<List<AgentCapacity>> agents = agent.list().ofMinSize(1).ofMaxSize(6).map((drafts) -> {
            List<AgentCapacity> named = new ArrayList<>();
            for (int i = 0; i < drafts.size(); i++) {
                AgentCapacity d = drafts.get(i);
                named.add(new AgentCapacity("ag" + i, d.team(), d.skills(), d.maxOpenCases(), d.scheduledHoursShare(),
                        d.absent(), d.active()));
            }
            return named;
        });
        Arbitrary<AccountToAllocate> account = Combinators
            .combine(Arbitraries.integers().between(0, 7), Arbitraries.of(PRODUCTS),
                    Arbitraries.integers().between(0, 9), Arbitraries.integers().between(0, 500_000),
                    Arbitraries.integers().between(0, 100), Arbitraries.integers().between(-4, 6),
                    Arbitraries.integers().between(-25, 6))
            .as((debtor, product, extras, cents, percent, current, override) -> new AccountToAllocate(UUID.randomUUID(),
                    id("debtor-" + debtor), product, BigDecimal.valueOf(cents, 2), BigDecimal.valueOf(percent, 2),
                    extras(extras), agentName(current), agentName(override)));
        Arbitrary<List<AccountToAllocate>> accounts = account.list().ofMaxSize(25).map((drafts) -> {
            List<AccountToAllocate> numbered = new ArrayList<>();
            for (int i = 0; i < drafts.size(); i++) {
                AccountToAllocate d = drafts.get(i);
                numbered.add(new AccountToAllocate(id("account-" + i), d.debtorId(), d.product(), d.balance(),
                        d.propensity(), d.requiredSkills(), d.currentAgent(), d.overrideAgent()));
            }
            return numbered;
        });
        Arbitrary<AllocationPolicy> policy = Combinators
            .combine(Arbitraries.of("0", "0.05", "0.15", "0.15", "0.5"), Arbitraries.of(true, false))
            .as((band, keep) -> new AllocationPolicy(new BigDecimal(band), keep));
        return Combinators.combine(agents, accounts, policy).as(World::new);
    }

    /**
     * Worlds where continuity can usually hold: room to spare, and each debtor's accounts
     * with one agent (or none).
     */
    @Provide
    Arbitrary<World> roomyWorlds() {
        return worlds().map((world) -> {
            List<AgentCapacity> agents = world.agents()
                .stream()
                .map((a) -> new AgentCapacity(a.username(), a.team(), a.skills(), a.maxOpenCases() + 40,
                        a.scheduledHoursShare(), a.absent(), a.active()))
                .toList();
            List<AccountToAllocate> accounts = world.accounts()
                .stream()
                .map((a) -> new AccountToAllocate(a.accountId(), a.debtorId(), a.product(), a.balance(), a.propensity(),
                        a.requiredSkills(),
                        (a.currentAgent() == null) ? null
                                : "ag" + Math.floorMod(a.debtorId().hashCode(), agents.size()),
                        a.overrideAgent()))
                .toList();
            return new World(agents, accounts, world.policy());
        });
    }

    private static Set<String> extras(int roll) {
        return switch (roll) {
            case 0 -> Set.of("LEGAL");
            case 1 -> Set.of("yue");
            case 2 -> Set.of("LEGAL", "yue");
            default -> Set.of();
        };
    }

    /**
     * Negative: nobody; 0 to 5: an agent who may or may not be listed; 6: an unknown one.
     */
    private static @Nullable String agentName(int roll) {
        if (roll < 0) {
            return null;
        }
        return (roll == 6) ? "gone" : "ag" + roll;
    }

}
