package io.recoverydesk.allocation.engine;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import static io.recoverydesk.allocation.engine.AllocationFixtures.CONTINUITY_FIRST;
import static io.recoverydesk.allocation.engine.AllocationFixtures.FAIRNESS_MAY_MOVE_KEPT;
import static io.recoverydesk.allocation.engine.AllocationFixtures.account;
import static io.recoverydesk.allocation.engine.AllocationFixtures.agent;
import static io.recoverydesk.allocation.engine.AllocationFixtures.build;
import static io.recoverydesk.allocation.engine.AllocationFixtures.id;
import static io.recoverydesk.allocation.engine.AllocationFixtures.partTime;
import static org.assertj.core.api.Assertions.assertThat;

/** The fairness band: met where it can be, explained where it cannot. */
class AllocationFairnessTest {

    private static final double BAND = 0.15;

    @Test
    void meetsTheBandOnASkewedPortfolioWhereRoundRobinDoesNot() {
        List<AgentCapacity> agents = List.of(agent("ann", 400, "CARD"), agent("ben", 400, "CARD"),
                agent("cat", 400, "CARD"), agent("dan", 400, "CARD"), agent("eve", 400, "CARD"),
                agent("fay", 400, "CARD"), partTime("gus", 400, 0.5, "CARD"), partTime("hal", 400, 0.5, "CARD"),
                partTime("ida", 400, 0.8, "CARD"), partTime("jon", 400, 0.8, "CARD"));
        List<AccountToAllocate> accounts = skewedPortfolio(new Random(7), 2500);

        AllocationPlan plan = new Allocator(CONTINUITY_FIRST).allocate(accounts, agents);

        assertThat(plan.unassigned()).isEmpty();
        assertThat(plan.team("T1").orElseThrow().gaps()).isEmpty();
        assertThat(spread(plan.assignments(), accounts, agents)).isLessThanOrEqualTo(2 * BAND);
        assertThat(spread(roundRobin(accounts, agents), accounts, agents)).isGreaterThan(2 * BAND);
    }

    @Test
    void movesKeptDebtorsToANewcomerOnlyWhenThePolicyAllows() {
        List<AccountToAllocate> accounts = new ArrayList<>();
        Random random = new Random(11);
        for (String holder : List.of("ann", "ben", "cat")) {
            for (int i = 0; i < 30; i++) {
                String balance = Integer.toString(200 + random.nextInt(3000));
                accounts.add(account(holder + i, holder + "-debtor-" + i).worth(balance, "0.4").with(holder).build());
            }
        }
        List<AgentCapacity> agents = List.of(agent("ann", 50, "CARD"), agent("ben", 50, "CARD"),
                agent("cat", 50, "CARD"), agent("dan", 50, "CARD"));

        AllocationPlan kept = new Allocator(CONTINUITY_FIRST).allocate(accounts, agents);
        AllocationPlan moved = new Allocator(FAIRNESS_MAY_MOVE_KEPT).allocate(accounts, agents);

        assertThat(kept.load("dan").orElseThrow().count()).isZero();
        assertThat(kept.team("T1").orElseThrow().gaps()).extracting(TeamBalance.Gap::agent).contains("dan");
        assertThat(kept.load("dan").orElseThrow().notes()).singleElement()
            .asString()
            .contains("(debtors kept for continuity stay where they are)");
        assertThat(moved.team("T1").orElseThrow().gaps()).isEmpty();
        assertThat(moved.assignments()).allSatisfy((a) -> {
            if (a.moved()) {
                assertThat(a.reason()).isEqualTo(Reason.FAIRNESS);
                assertThat(a.agent()).isEqualTo("dan");
            }
            else {
                assertThat(a.reason()).isEqualTo(Reason.CONTINUITY_SAME_AGENT);
            }
        });
        long handedOver = moved.assignments().stream().filter(Assignment::moved).count();
        assertThat(handedOver).isBetween(10L, 35L);
    }

    @Test
    void explainsASpecialistAboveTheBandWhenNobodyElseHoldsTheSkill() {
        List<AllocationFixtures.Account> accounts = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            accounts.add(account("legal-" + i, "legal-debtor-" + i).worth("10000", "0.5").needs("LEGAL"));
        }
        for (int i = 0; i < 30; i++) {
            accounts.add(account("card-" + i, "card-debtor-" + i).worth("1000", "0.5"));
        }
        AllocationPlan plan = new Allocator(CONTINUITY_FIRST).allocate(
                build(accounts.toArray(AllocationFixtures.Account[]::new)),
                List.of(agent("lena", 50, "CARD", "LEGAL"), agent("ann", 50, "CARD"), agent("ben", 50, "CARD")));

        assertThat(plan.assignment(id("legal-0")).orElseThrow().reason()).isEqualTo(Reason.SKILL);
        assertThat(plan.load("lena").orElseThrow().count()).isEqualTo(10);
        TeamBalance team = plan.team("T1").orElseThrow();
        assertThat(team.gaps()).extracting(TeamBalance.Gap::agent).containsExactly("ann", "ben", "lena");
        assertThat(team.gaps()).filteredOn((g) -> g.agent().equals("lena"))
            .singleElement()
            .extracting(TeamBalance.Gap::why)
            .isEqualTo("above the band; no colleague with room holds the skills its movable debtors need");
    }

    @Test
    void givesAPartTimerValueInProportionToTheirHours() {
        List<AccountToAllocate> accounts = skewedPortfolio(new Random(3), 600);
        AllocationPlan plan = new Allocator(CONTINUITY_FIRST).allocate(accounts,
                List.of(agent("ann", 1000, "CARD"), partTime("ben", 1000, 0.5, "CARD")));

        BigDecimal ann = plan.load("ann").orElseThrow().expectedValue();
        BigDecimal ben = plan.load("ben").orElseThrow().expectedValue();
        assertThat(ben.doubleValue() / ann.doubleValue()).isBetween(0.5 * (1 - BAND) / (1 + BAND),
                0.5 * (1 + BAND) / (1 - BAND));
    }

    /**
     * Log-normal balances and a few very likely payers: most value sits in few accounts.
     */
    static List<AccountToAllocate> skewedPortfolio(Random random, int size) {
        List<AccountToAllocate> accounts = new ArrayList<>();
        for (int i = 0; i < size; i++) {
            double balance = Math.exp(6.5 + 1.4 * random.nextGaussian());
            double propensity = (random.nextInt(10) == 0) ? 0.6 + 0.4 * random.nextDouble()
                    : 0.15 * random.nextDouble();
            String debtor = "debtor-" + ((random.nextInt(5) == 0) ? i - 1 : i);
            accounts.add(AccountToAllocate.fresh(id("account-" + i), id(debtor), "CARD",
                    BigDecimal.valueOf(Math.round(balance * 100), 2),
                    BigDecimal.valueOf(Math.round(propensity * 100), 2), Set.of()));
        }
        return accounts;
    }

    /** Accounts dealt in turn, as a naive desk would. */
    private static List<Assignment> roundRobin(List<AccountToAllocate> accounts, List<AgentCapacity> agents) {
        List<Assignment> dealt = new ArrayList<>();
        for (int i = 0; i < accounts.size(); i++) {
            dealt.add(new Assignment(accounts.get(i).accountId(), agents.get(i % agents.size()).username(),
                    Reason.CAPACITY, null, "round robin"));
        }
        return dealt;
    }

    /**
     * (highest − lowest expected value per share) ÷ the team mean: above twice the band,
     * someone is outside it.
     */
    private static double spread(List<Assignment> assignments, List<AccountToAllocate> accounts,
            List<AgentCapacity> agents) {
        Map<UUID, BigDecimal> values = new HashMap<>();
        accounts.forEach((a) -> values.put(a.accountId(), a.expectedValue()));
        Map<String, Double> ev = new HashMap<>();
        assignments.forEach((a) -> ev.merge(a.agent(), values.get(a.accountId()).doubleValue(), Double::sum));
        double total = ev.values().stream().mapToDouble(Double::doubleValue).sum();
        double mean = total / agents.stream().mapToDouble(AgentCapacity::scheduledHoursShare).sum();
        double max = Double.NEGATIVE_INFINITY;
        double min = Double.POSITIVE_INFINITY;
        for (AgentCapacity agent : agents) {
            double perShare = ev.getOrDefault(agent.username(), 0.0) / agent.scheduledHoursShare();
            max = Math.max(max, perShare);
            min = Math.min(min, perShare);
        }
        return (max - min) / mean;
    }

}
