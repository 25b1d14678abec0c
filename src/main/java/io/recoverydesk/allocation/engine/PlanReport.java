package io.recoverydesk.allocation.engine;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Turns the run's state into the plan: assignments, per-agent loads with notes. */
final class PlanReport {

    private final Run run;

    PlanReport(Run run) {
        this.run = run;
    }

    AllocationPlan plan(List<TeamBalance> teams) {
        List<Assignment> assignments = new ArrayList<>();
        Map<Desk, Tally> tallies = new HashMap<>();
        run.desks.forEach((d) -> tallies.put(d, new Tally()));
        for (Item item : run.items) {
            if (item.desk != null && item.reason != null) {
                assignments.add(new Assignment(item.id(), item.desk.name, item.reason, item.current(), item.detail));
                tallies.get(item.desk).add(item);
            }
        }
        Map<String, String> gaps = new HashMap<>();
        for (TeamBalance team : teams) {
            for (TeamBalance.Gap gap : team.gaps()) {
                gaps.put(gap.agent(), "expected value per full-time share " + gap.expectedValuePerShare()
                        + " outside the team band [" + team.low() + ", " + team.high() + "]: " + gap.why());
            }
        }
        List<AgentLoad> loads = run.desks.stream().map((d) -> load(d, tallies.get(d), gaps.get(d.name))).toList();
        List<Unassigned> unassigned = new ArrayList<>(run.unassigned);
        unassigned.sort((a, b) -> a.accountId().compareTo(b.accountId()));
        return new AllocationPlan(assignments, loads, unassigned, teams);
    }

    private static AgentLoad load(Desk desk, Tally tally, String gap) {
        List<String> notes = new ArrayList<>();
        if (desk.capacity == 0 && desk.count > 0) {
            notes.add(desk.name + " " + desk.absence() + " but holds " + desk.count + " override(s)");
        }
        else if (desk.count > desk.capacity) {
            notes.add((desk.count - desk.capacity) + " case(s) beyond capacity through overrides");
        }
        if (tally.overridesWithoutSkills > 0) {
            notes.add(tally.overridesWithoutSkills + " override(s) on accounts needing skills it lacks");
        }
        if (gap != null) {
            notes.add(gap);
        }
        return new AgentLoad(desk.name, desk.agent.team(), desk.count,
                tally.balance.setScale(2, RoundingMode.HALF_EVEN), BigDecimal.valueOf(desk.evCents, 2), desk.capacity,
                Collections.unmodifiableMap(tally.reasons), notes);
    }

    private static final class Tally {

        BigDecimal balance = BigDecimal.ZERO;

        final Map<Reason, Integer> reasons = new EnumMap<>(Reason.class);

        int overridesWithoutSkills;

        void add(Item item) {
            balance = balance.add(item.account.balance());
            reasons.merge(item.reason, 1, Integer::sum);
            if (item.reason == Reason.OVERRIDE && !item.desk.agent.skills().containsAll(item.skills)) {
                overridesWithoutSkills++;
            }
        }

    }

}
