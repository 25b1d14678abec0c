package io.recoverydesk.allocation.engine;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * 100,000 accounts over 200 agents in ten teams: most agents work every product, some
 * one; legal and language skills, part-timers, absences, leavers, 1 % overrides, and most
 * accounts already with an agent who held their product. Prints the time as information
 * only: the build never fails on a machine being slow.
 */
class AllocationScaleTest {

    private static final List<String> PRODUCTS = List.of("CARD", "LOAN", "AUTO");

    @Test
    void allocatesOneHundredThousandAccountsOverTwoHundredAgents() {
        Random random = new Random(2024);
        List<AgentCapacity> agents = agents(random);
        List<AccountToAllocate> accounts = accounts(random, agents);

        for (AllocationPolicy policy : List.of(AllocationFixtures.CONTINUITY_FIRST,
                AllocationFixtures.FAIRNESS_MAY_MOVE_KEPT)) {
            new Allocator(policy).allocate(accounts, agents); // warm-up
            long started = System.nanoTime();
            AllocationPlan plan = new Allocator(policy).allocate(accounts, agents);
            long millis = (System.nanoTime() - started) / 1_000_000;

            long withinBand = plan.teams().stream().filter(TeamBalance::withinBand).count();
            int moves = plan.teams().stream().mapToInt(TeamBalance::moves).sum();
            System.out.printf(
                    "allocation of %d accounts over %d agents (keepContinuity=%s): %d ms, %d unassigned, "
                            + "%d fairness moves, %d of %d teams within the band%n",
                    accounts.size(), agents.size(), policy.keepContinuity(), millis, plan.unassigned().size(), moves,
                    withinBand, plan.teams().size());
            assertThat(plan.assignments().size() + plan.unassigned().size()).isEqualTo(accounts.size());
        }
    }

    private static List<AgentCapacity> agents(Random random) {
        List<AgentCapacity> agents = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            Set<String> skills = (random.nextInt(5) == 0) ? new HashSet<>(Set.of(PRODUCTS.get(i % PRODUCTS.size())))
                    : new HashSet<>(PRODUCTS);
            if (random.nextInt(10) == 0) {
                skills.add("LEGAL");
            }
            if (random.nextInt(7) == 0) {
                skills.add((random.nextBoolean()) ? "yue" : "es");
            }
            double share = (random.nextInt(4) == 0) ? 0.5 + random.nextInt(5) / 10.0 : 1.0;
            agents.add(new AgentCapacity("agent%03d".formatted(i), "T" + (i % 10), skills, 700, share,
                    random.nextInt(20) == 0, random.nextInt(100) != 0));
        }
        return agents;
    }

    private static List<AccountToAllocate> accounts(Random random, List<AgentCapacity> agents) {
        List<AccountToAllocate> accounts = new ArrayList<>();
        int debtor = 0;
        for (int i = 0; i < 100_000; i++) {
            if (random.nextInt(4) != 0) {
                debtor++;
            }
            Set<String> skills = new HashSet<>();
            if (random.nextInt(20) == 0) {
                skills.add("LEGAL");
            }
            if (random.nextInt(10) == 0) {
                skills.add((random.nextBoolean()) ? "yue" : "es");
            }
            String product = PRODUCTS.get(random.nextInt(PRODUCTS.size()));
            // yesterday's agent held the product
            String current = null;
            while (random.nextInt(10) < 6 && current == null) {
                AgentCapacity agent = agents.get(random.nextInt(agents.size()));
                current = agent.skills().contains(product) ? agent.username() : null;
            }
            String override = (random.nextInt(100) == 0) ? agents.get(random.nextInt(agents.size())).username() : null;
            double balance = Math.exp(6.5 + 1.3 * random.nextGaussian());
            accounts.add(new AccountToAllocate(new UUID(0, i), new UUID(1, debtor), product,
                    BigDecimal.valueOf(Math.round(balance * 100), 2), BigDecimal.valueOf(random.nextInt(101), 2),
                    skills, current, override));
        }
        return accounts;
    }

}
