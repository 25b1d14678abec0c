package io.recoverydesk.allocation.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import static io.recoverydesk.allocation.engine.AllocationFixtures.CONTINUITY_FIRST;
import static io.recoverydesk.allocation.engine.AllocationFixtures.absent;
import static io.recoverydesk.allocation.engine.AllocationFixtures.account;
import static io.recoverydesk.allocation.engine.AllocationFixtures.agent;
import static io.recoverydesk.allocation.engine.AllocationFixtures.build;
import static io.recoverydesk.allocation.engine.AllocationFixtures.id;
import static io.recoverydesk.allocation.engine.AllocationFixtures.left;
import static io.recoverydesk.allocation.engine.AllocationFixtures.partTime;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/** One example per rule: overrides, continuity, rebalancing, skills and capacity. */
class AllocationRulesTest {

    private final Allocator allocator = new Allocator(CONTINUITY_FIRST);

    @Test
    void honoursOverridesBeyondCapacityAndSaysSo() {
        AllocationPlan plan = allocator.allocate(
                build(account("A1", "D1").overriddenTo("alice"), account("A2", "D2").overriddenTo("alice"),
                        account("A3", "D3").overriddenTo("alice")),
                List.of(agent("alice", 1, "CARD"), agent("bob", 10, "CARD")));

        assertThat(plan.assignments()).allSatisfy((a) -> {
            assertThat(a.agent()).isEqualTo("alice");
            assertThat(a.reason()).isEqualTo(Reason.OVERRIDE);
        });
        AgentLoad alice = plan.load("alice").orElseThrow();
        assertThat(alice.count()).isEqualTo(3);
        assertThat(alice.capacity()).isEqualTo(1);
        assertThat(alice.notes()).contains("2 case(s) beyond capacity through overrides");
    }

    @Test
    void honoursOverridesToAnAbsentAgentWithoutTheSkillAndNotesBoth() {
        AllocationPlan plan = allocator.allocate(build(account("A1", "D1").needs("LEGAL").overriddenTo("carol")),
                List.of(absent("carol", 10, "CARD"), agent("bob", 10, "CARD", "LEGAL")));

        Assignment assignment = plan.assignment(id("A1")).orElseThrow();
        assertThat(assignment.agent()).isEqualTo("carol");
        assertThat(assignment.detail()).contains("carol is absent", "carol lacks LEGAL");
        assertThat(plan.load("carol").orElseThrow().notes()).contains("carol is absent but holds 1 override(s)",
                "1 override(s) on accounts needing skills it lacks");
    }

    @Test
    void leavesAnAccountUnassignedWhenItsOverrideNamesAnUnknownAgent() {
        AllocationPlan plan = allocator.allocate(build(account("A1", "D1").overriddenTo("zoe")),
                List.of(agent("bob", 10, "CARD")));

        assertThat(plan.assignments()).isEmpty();
        assertThat(plan.unassigned()).singleElement()
            .satisfies((u) -> assertThat(u.reason()).isEqualTo(Unassigned.Why.UNKNOWN_OVERRIDE_AGENT));
    }

    @Test
    void sendsTheDebtorsOtherAccountsAfterAnOverride() {
        AllocationPlan plan = allocator.allocate(
                build(account("A1", "D1").overriddenTo("bob"), account("A2", "D1").with("alice"), account("A3", "D1")),
                List.of(agent("alice", 10, "CARD"), agent("bob", 10, "CARD")));

        assertThat(agents(plan)).containsEntry(id("A1"), "bob")
            .containsEntry(id("A2"), "bob")
            .containsEntry(id("A3"), "bob");
        assertThat(plan.assignment(id("A2")).orElseThrow().reason()).isEqualTo(Reason.CONTINUITY_DEBTOR);
    }

    @Test
    void keepsAccountsWithTheirCurrentAgentAndBringsTheDebtorsNewAccountThere() {
        AllocationPlan plan = allocator.allocate(
                build(account("A1", "D1").with("bob"), account("A2", "D1"), account("A3", "D2").with("alice")),
                List.of(agent("alice", 10, "CARD"), agent("bob", 10, "CARD")));

        assertThat(plan.assignment(id("A1")).orElseThrow()).extracting(Assignment::agent, Assignment::reason)
            .containsExactly("bob", Reason.CONTINUITY_SAME_AGENT);
        assertThat(plan.assignment(id("A2")).orElseThrow()).extracting(Assignment::agent, Assignment::reason)
            .containsExactly("bob", Reason.CONTINUITY_DEBTOR);
        assertThat(plan.assignment(id("A3")).orElseThrow()).extracting(Assignment::agent, Assignment::reason)
            .containsExactly("alice", Reason.CONTINUITY_SAME_AGENT);
    }

    @Test
    void bringsADebtorSpreadOverTwoAgentsToTheOneHoldingMost() {
        AllocationPlan plan = allocator.allocate(
                build(account("A1", "D1").with("alice"), account("A2", "D1").with("bob"),
                        account("A3", "D1").with("bob")),
                List.of(agent("alice", 10, "CARD"), agent("bob", 10, "CARD")));

        assertThat(agents(plan).values()).containsOnly("bob");
        assertThat(plan.assignment(id("A1")).orElseThrow().reason()).isEqualTo(Reason.CONTINUITY_DEBTOR);
    }

    @Test
    void givesANewDebtorsAccountsToOneAgent() {
        List<AllocationFixtures.Account> accounts = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            accounts.add(account("A" + i, "D1"));
        }
        AllocationPlan plan = allocator.allocate(build(accounts.toArray(AllocationFixtures.Account[]::new)),
                List.of(agent("alice", 10, "CARD"), agent("bob", 10, "CARD"), agent("carol", 10, "CARD")));

        assertThat(agents(plan)).hasSize(6);
        assertThat(agents(plan).values()).containsOnly("alice");
    }

    @Test
    void spreadsAnAbsentAgentsDebtorsWhileTheOthersKeepTheirs() {
        List<AllocationFixtures.Account> accounts = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            accounts.add(account("alice-" + i, "alice-debtor-" + i).with("alice"));
            accounts.add(account("bob-" + i, "bob-debtor-" + i).with("bob"));
            accounts.add(account("carol-" + i, "carol-debtor-" + i).with("carol"));
            accounts.add(account("carol-second-" + i, "carol-debtor-" + i).with("carol"));
        }
        AllocationPlan plan = allocator.allocate(build(accounts.toArray(AllocationFixtures.Account[]::new)),
                List.of(agent("alice", 40, "CARD"), agent("bob", 40, "CARD"), absent("carol", 40, "CARD")));

        Map<UUID, String> agents = agents(plan);
        for (int i = 0; i < 10; i++) {
            assertThat(agents.get(id("alice-" + i))).isEqualTo("alice");
            assertThat(agents.get(id("bob-" + i))).isEqualTo("bob");
            assertThat(agents.get(id("carol-" + i))).isIn("alice", "bob")
                .isEqualTo(agents.get(id("carol-second-" + i)));
            assertThat(plan.assignment(id("carol-" + i)).orElseThrow().reason()).isEqualTo(Reason.REBALANCED_ABSENT);
        }
        assertThat(plan.load("alice").orElseThrow().count()).isEqualTo(20);
        assertThat(plan.load("bob").orElseThrow().count()).isEqualTo(20);
        assertThat(plan.load("carol").orElseThrow().count()).isZero();
    }

    @Test
    void treatsALeaverAndAnUnlistedAgentLikeAnAbsentOne() {
        AllocationPlan plan = allocator.allocate(
                build(account("A1", "D1").with("dave"), account("A2", "D2").with("erin")),
                List.of(left("dave", 10, "CARD"), agent("bob", 10, "CARD")));

        assertThat(plan.assignments()).allSatisfy((a) -> {
            assertThat(a.agent()).isEqualTo("bob");
            assertThat(a.reason()).isEqualTo(Reason.REBALANCED_ABSENT);
        });
        assertThat(plan.assignment(id("A1")).orElseThrow().detail()).startsWith("dave has left");
        assertThat(plan.assignment(id("A2")).orElseThrow().detail()).startsWith("erin is not in the agent list");
    }

    @Test
    void givesALegalStageAccountOnlyToTheLegalAgent() {
        AllocationPlan plan = allocator.allocate(build(account("A1", "D1").needs("LEGAL").with("alice")),
                List.of(agent("alice", 10, "CARD"), agent("bob", 10, "CARD"), agent("lena", 10, "CARD", "LEGAL")));

        Assignment assignment = plan.assignment(id("A1")).orElseThrow();
        assertThat(assignment.agent()).isEqualTo("lena");
        assertThat(assignment.reason()).isEqualTo(Reason.SKILL);
        assertThat(assignment.detail()).startsWith("alice lacks LEGAL");
    }

    @Test
    void needsTheProductAndTheLanguage() {
        AllocationPlan plan = allocator.allocate(
                build(account("A1", "D1").product("AUTO").needs("yue"), account("A2", "D2").product("AUTO")),
                List.of(agent("alice", 10, "CARD", "yue"), agent("bob", 10, "AUTO"), agent("wing", 10, "AUTO", "yue")));

        assertThat(agents(plan)).containsEntry(id("A1"), "wing").containsEntry(id("A2"), "bob");
    }

    @Test
    void reportsAccountsNoAvailableAgentHasTheSkillsFor() {
        AllocationPlan plan = allocator.allocate(build(account("A1", "D1").needs("LEGAL")),
                List.of(agent("alice", 10, "CARD"), absent("lena", 10, "CARD", "LEGAL")));

        assertThat(plan.unassigned()).singleElement().satisfies((u) -> {
            assertThat(u.reason()).isEqualTo(Unassigned.Why.NO_SKILLED_AGENT);
            assertThat(u.detail()).isEqualTo("no available agent holds [CARD, LEGAL]");
        });
    }

    @Test
    void splitsADebtorOnlyWhenNoAgentHoldsAllTheirSkills() {
        AllocationPlan plan = allocator.allocate(
                build(account("A1", "D1").needs("LEGAL"), account("A2", "D1").product("AUTO")),
                List.of(agent("lena", 10, "CARD", "LEGAL"), agent("bob", 10, "AUTO")));

        assertThat(agents(plan)).containsEntry(id("A1"), "lena").containsEntry(id("A2"), "bob");
        assertThat(plan.assignment(id("A2")).orElseThrow().detail())
            .endsWith("debtor split: no available agent holds all of [AUTO, CARD, LEGAL]");
    }

    @Test
    void scalesCapacityByScheduledHoursAndNeverSplitsADebtorForRoom() {
        AgentCapacity half = partTime("alice", 10, 0.5, "CARD");
        assertThat(half.capacity()).isEqualTo(5);
        assertThat(partTime("bob", 100, 0.29, "CARD").capacity()).isEqualTo(29);

        List<AllocationFixtures.Account> accounts = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            accounts.add(account("single-" + i, "single-" + i).worth("5000", "0.5"));
        }
        accounts.add(account("pair-1", "pair").worth("10", "0.5"));
        accounts.add(account("pair-2", "pair").worth("10", "0.5"));
        AllocationPlan plan = allocator.allocate(build(accounts.toArray(AllocationFixtures.Account[]::new)),
                List.of(half));

        assertThat(plan.load("alice").orElseThrow().count()).isEqualTo(4);
        assertThat(plan.unassigned()).extracting(Unassigned::reason)
            .containsExactly(Unassigned.Why.NO_CAPACITY, Unassigned.Why.NO_CAPACITY);
    }

    @Test
    void handsOverWhatTheCurrentAgentHasNoRoomFor() {
        AllocationPlan plan = allocator.allocate(
                build(account("A1", "D1").worth("900", "1").with("alice"),
                        account("A2", "D2").worth("100", "1").with("alice")),
                List.of(agent("alice", 1, "CARD"), agent("bob", 10, "CARD")));

        assertThat(plan.assignment(id("A1")).orElseThrow().agent()).isEqualTo("alice");
        Assignment handedOver = plan.assignment(id("A2")).orElseThrow();
        assertThat(handedOver.agent()).isEqualTo("bob");
        assertThat(handedOver.reason()).isEqualTo(Reason.CAPACITY);
        assertThat(handedOver.detail()).startsWith("alice has no room");
    }

    @Test
    void rejectsDuplicateAccountsAndAgents() {
        assertThatIllegalArgumentException()
            .isThrownBy(() -> allocator.allocate(build(account("A1", "D1"), account("A1", "D2")), List.of()));
        assertThatIllegalArgumentException()
            .isThrownBy(() -> allocator.allocate(List.of(), List.of(agent("bob", 1), agent("bob", 2))));
    }

    @Test
    void reportsCountBalanceAndExpectedValuePerAgent() {
        AllocationPlan plan = allocator.allocate(build(account("A1", "D1").worth("1000.00", "0.25").with("bob"),
                account("A2", "D2").worth("333.33", "0.5").with("bob")), List.of(agent("bob", 10, "CARD")));

        AgentLoad bob = plan.load("bob").orElseThrow();
        assertThat(bob.count()).isEqualTo(2);
        // 250.00 + 166.665, each account rounded to the cent half-even
        assertThat(bob.balance()).isEqualByComparingTo("1333.33");
        assertThat(bob.expectedValue()).isEqualByComparingTo("416.66");
        assertThat(bob.reasons()).containsEntry(Reason.CONTINUITY_SAME_AGENT, 2);
    }

    private static Map<UUID, String> agents(AllocationPlan plan) {
        return plan.assignments()
            .stream()
            .collect(Collectors.toMap(Assignment::accountId, Assignment::agent, (a, b) -> a));
    }

}
