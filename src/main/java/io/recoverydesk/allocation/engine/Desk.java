package io.recoverydesk.allocation.engine;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * One agent during a run: load so far, and the units the fairness pass may still move
 * away, by the skills they need.
 */
final class Desk {

    final AgentCapacity agent;

    final String name;

    final int capacity;

    final double share;

    int count;

    long evCents;

    /** Cases that may never move: overrides and the accounts that follow them. */
    int pinnedCases;

    /** Cases kept for continuity (whether or not the policy lets them move). */
    int keptCases;

    private final Map<Set<String>, TreeSet<Unit>> fresh = new HashMap<>();

    private final Map<Set<String>, TreeSet<Unit>> kept = new HashMap<>();

    Desk(AgentCapacity agent) {
        this.agent = agent;
        this.name = agent.username();
        this.capacity = agent.capacity();
        this.share = agent.scheduledHoursShare();
    }

    /** Available, with hours, and holding every one of the skills. */
    boolean takes(Set<String> skills) {
        return capacity > 0 && agent.skills().containsAll(skills);
    }

    int room() {
        return capacity - count;
    }

    /** Expected value in cents per full-time share: what fairness compares. */
    double valuePerShare() {
        return (share > 0) ? evCents / share : 0;
    }

    double loadShare() {
        return (capacity > 0) ? count / (double) capacity : 1;
    }

    void take(Item item) {
        count++;
        evCents += item.evCents;
    }

    void hold(Unit unit) {
        count += unit.size();
        evCents += unit.evCents;
    }

    void release(Unit unit) {
        count -= unit.size();
        evCents -= unit.evCents;
        Map<Set<String>, TreeSet<Unit>> buckets = movable(unit.tier);
        TreeSet<Unit> bucket = buckets.get(unit.skills);
        if (bucket != null) {
            bucket.remove(unit);
            if (bucket.isEmpty()) {
                buckets.remove(unit.skills);
            }
        }
    }

    /** Lets the fairness pass move the unit away later. */
    void offer(Unit unit) {
        movable(unit.tier).computeIfAbsent(unit.skills, (k) -> new TreeSet<>(Unit.BY_VALUE)).add(unit);
    }

    Map<Set<String>, TreeSet<Unit>> movable(Unit.Tier tier) {
        return switch (tier) {
            case FRESH -> fresh;
            case KEPT -> kept;
            case PINNED -> Map.of();
        };
    }

    String missing(Set<String> skills) {
        TreeSet<String> missing = new TreeSet<>(skills);
        missing.removeAll(agent.skills());
        return String.join(", ", missing);
    }

    /** Why the desk takes nothing, for a desk with no capacity. */
    String absence() {
        if (!agent.active()) {
            return "has left";
        }
        if (agent.absent()) {
            return "is absent";
        }
        return "has no scheduled hours";
    }

}
