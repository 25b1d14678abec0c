package io.recoverydesk.allocation.engine;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * Rules 1 and 2: overrides first, whatever the capacity; then each debtor stays with an
 * agent who already has one of their accounts, if that agent is available, holds the
 * skills and has room for all of them. Returns the units still to place.
 */
final class Continuity {

    private final Run run;

    Continuity(Run run) {
        this.run = run;
    }

    List<Unit> apply() {
        Map<UUID, List<Item>> byDebtor = new TreeMap<>();
        Map<UUID, Map<Desk, Integer>> overridden = new HashMap<>();
        for (Item item : run.items) {
            String override = item.account.overrideAgent();
            UUID debtor = item.account.debtorId();
            if (override == null) {
                byDebtor.computeIfAbsent(debtor, (d) -> new ArrayList<>()).add(item);
                continue;
            }
            Desk desk = run.desk(override);
            if (desk == null) {
                run.unassign(item, Unassigned.Why.UNKNOWN_OVERRIDE_AGENT,
                        "the override names " + override + ", who is not in the agent list");
                continue;
            }
            desk.take(item);
            desk.pinnedCases++;
            item.place(desk, Reason.OVERRIDE, overrideDetail(desk, item));
            overridden.computeIfAbsent(debtor, (d) -> new HashMap<>()).merge(desk, 1, Integer::sum);
        }
        List<Unit> units = new ArrayList<>();
        for (Map.Entry<UUID, List<Item>> debtor : byDebtor.entrySet()) {
            Unit whole = new Unit(debtor.getValue(), run, null);
            Map<Desk, Integer> anchors = overridden.get(debtor.getKey());
            if (anchors == null || !followOverride(whole, anchors)) {
                units.addAll(splitIfNobodyHoldsAll(whole));
            }
        }
        units.sort(Unit.MOST_VALUABLE_FIRST);
        List<Unit> open = new ArrayList<>();
        for (Unit unit : units) {
            Desk keeper = keeper(unit);
            if (keeper != null) {
                keep(unit, keeper);
            }
            else {
                open.add(unit);
            }
        }
        return open;
    }

    private static String overrideDetail(Desk desk, Item item) {
        StringBuilder detail = new StringBuilder("manual override");
        if (desk.capacity == 0) {
            detail.append("; ").append(desk.name).append(' ').append(desk.absence());
        }
        if (!desk.agent.skills().containsAll(item.skills)) {
            detail.append("; ").append(desk.name).append(" lacks ").append(desk.missing(item.skills));
        }
        return detail.toString();
    }

    /**
     * The debtor's other accounts follow an override (to the agent named most often) when
     * that agent can take them within capacity; overrides never pull accounts past it.
     */
    private boolean followOverride(Unit unit, Map<Desk, Integer> anchors) {
        Desk anchor = anchors.entrySet()
            .stream()
            .sorted(Map.Entry.<Desk, Integer>comparingByValue().reversed().thenComparing((e) -> e.getKey().name))
            .map(Map.Entry::getKey)
            .findFirst()
            .orElseThrow();
        if (anchor.takes(unit.skills) && anchor.room() >= unit.size()) {
            unit.tier = Unit.Tier.PINNED;
            anchor.hold(unit);
            anchor.pinnedCases += unit.size();
            for (Item item : unit.items) {
                item.place(anchor, Reason.CONTINUITY_DEBTOR,
                        "follows the override of the debtor's other account to " + anchor.name);
            }
            return true;
        }
        String why = (anchor.capacity == 0) ? anchor.absence()
                : anchor.takes(unit.skills) ? "has no room" : "lacks " + anchor.missing(unit.skills);
        unit.note = "debtor split from its override to " + anchor.name + ", who " + why;
        return false;
    }

    /**
     * Splits a debtor by skill set only when no available agent holds all their skills.
     */
    private List<Unit> splitIfNobodyHoldsAll(Unit whole) {
        if (!run.holders(whole.skills).isEmpty()) {
            return List.of(whole);
        }
        Map<Set<String>, List<Item>> bySkills = new LinkedHashMap<>();
        whole.items.forEach((item) -> bySkills.computeIfAbsent(item.skills, (s) -> new ArrayList<>()).add(item));
        if (bySkills.size() == 1) {
            return List.of(whole);
        }
        String note = "debtor split: no available agent holds all of " + Run.describe(whole.skills);
        String previous = whole.note;
        return bySkills.values()
            .stream()
            .map((items) -> new Unit(items, run, (previous != null) ? previous + "; " + note : note))
            .toList();
    }

    /** The current agent holding most of the unit's accounts who can keep all of them. */
    private @Nullable Desk keeper(Unit unit) {
        Map<String, Integer> held = new HashMap<>();
        for (Item item : unit.items) {
            if (item.current() != null) {
                held.merge(item.current(), 1, Integer::sum);
            }
        }
        return held.entrySet()
            .stream()
            .sorted(Map.Entry.<String, Integer>comparingByValue()
                .reversed()
                .thenComparing(Map.Entry.comparingByKey(Comparator.naturalOrder())))
            .map((e) -> run.desk(e.getKey()))
            .filter((desk) -> desk != null && desk.takes(unit.skills) && desk.room() >= unit.size())
            .findFirst()
            .orElse(null);
    }

    private void keep(Unit unit, Desk desk) {
        unit.tier = Unit.Tier.KEPT;
        desk.hold(unit);
        desk.keptCases += unit.size();
        for (Item item : unit.items) {
            if (desk.name.equals(item.current())) {
                item.place(desk, Reason.CONTINUITY_SAME_AGENT, unit.withNote("stays with " + desk.name));
            }
            else {
                item.place(desk, Reason.CONTINUITY_DEBTOR,
                        unit.withNote("joins the debtor's other accounts with " + desk.name));
            }
        }
        if (!run.policy.keepContinuity()) {
            desk.offer(unit);
        }
    }

}
