package io.recoverydesk.allocation.engine;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.jspecify.annotations.Nullable;

/** The shared state of one allocation run. */
final class Run {

    final AllocationPolicy policy;

    /** By username. */
    final List<Desk> desks;

    /** By account id, so every later step sees them in one order. */
    final List<Item> items;

    final List<Unassigned> unassigned = new ArrayList<>();

    private final Map<String, Desk> byName = new HashMap<>();

    private final Map<Set<String>, Set<String>> interned = new HashMap<>();

    private final Map<Set<String>, List<Desk>> holders = new HashMap<>();

    Run(Collection<AccountToAllocate> accounts, Collection<AgentCapacity> agents, AllocationPolicy policy) {
        this.policy = policy;
        this.desks = agents.stream().sorted(Comparator.comparing(AgentCapacity::username)).map(Desk::new).toList();
        for (Desk desk : desks) {
            if (byName.put(desk.name, desk) != null) {
                throw new IllegalArgumentException("agent " + desk.name + " is listed twice");
            }
        }
        Set<Object> seen = new HashSet<>();
        this.items = accounts.stream()
            .sorted(Comparator.comparing(AccountToAllocate::accountId))
            .map((account) -> new Item(account, intern(account.neededSkills())))
            .toList();
        for (Item item : items) {
            if (!seen.add(item.id())) {
                throw new IllegalArgumentException("account " + item.id() + " is listed twice");
            }
        }
    }

    @Nullable Desk desk(@Nullable String name) {
        return (name != null) ? byName.get(name) : null;
    }

    /** One instance per distinct skill set, so the sets key maps cheaply. */
    Set<String> intern(Set<String> skills) {
        Set<String> known = interned.get(skills);
        if (known != null) {
            return known;
        }
        Set<String> copy = Set.copyOf(skills);
        interned.put(copy, copy);
        return copy;
    }

    /** The available agents with hours who hold all the skills, by username. */
    List<Desk> holders(Set<String> skills) {
        return holders.computeIfAbsent(skills, (s) -> desks.stream().filter((d) -> d.takes(s)).toList());
    }

    void unassign(Item item, Unassigned.Why why, String detail) {
        unassigned.add(new Unassigned(item.id(), why, detail));
    }

    static String describe(Set<String> skills) {
        return "[" + String.join(", ", new TreeSet<>(skills)) + "]";
    }

}
