package io.recoverydesk.allocation.engine;

import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * The accounts of one debtor that move together; a debtor is only split when no agent
 * holds every skill their accounts need.
 */
final class Unit {

    /** How free the fairness pass is to move a unit. */
    enum Tier {

        /** An override, or accounts following one: never moved. */
        PINNED,

        /** Kept with an agent the debtor already had: moved only if the policy allows. */
        KEPT,

        /** Placed in this run: moved first. */
        FRESH

    }

    static final Comparator<Unit> BY_VALUE = Comparator.<Unit>comparingLong((u) -> u.evCents)
        .thenComparing((u) -> u.key);

    static final Comparator<Unit> MOST_VALUABLE_FIRST = Comparator.<Unit>comparingLong((u) -> -u.evCents)
        .thenComparing((u) -> u.key);

    private static final UUID LOWEST = new UUID(Long.MIN_VALUE, Long.MIN_VALUE);

    /** The lowest account id: unique, and the tie-break everywhere. */
    final UUID key;

    final List<Item> items;

    final Set<String> skills;

    final long evCents;

    /** Why the debtor is split, or could not follow an override. */
    @Nullable String note;

    Tier tier = Tier.FRESH;

    Unit(List<Item> items, Run run, @Nullable String note) {
        this.items = List.copyOf(items);
        this.key = items.stream().map(Item::id).min(UUID::compareTo).orElseThrow();
        Set<String> union = new HashSet<>();
        long ev = 0;
        for (Item item : items) {
            union.addAll(item.skills);
            ev += item.evCents;
        }
        this.skills = run.intern(union);
        this.evCents = ev;
        this.note = note;
    }

    private Unit(long evCents) {
        this.items = List.of();
        this.key = LOWEST;
        this.skills = Set.of();
        this.evCents = evCents;
    }

    /** A search key for {@link #BY_VALUE}: sorts before every unit of this value. */
    static Unit probe(long evCents) {
        return new Unit(evCents);
    }

    int size() {
        return items.size();
    }

    String withNote(String detail) {
        return (note != null) ? detail + "; " + note : detail;
    }

}
