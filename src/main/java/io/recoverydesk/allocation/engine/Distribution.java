package io.recoverydesk.allocation.engine;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.Set;

import org.jspecify.annotations.Nullable;

/**
 * Rule 3: new accounts and those whose agent cannot keep them, each to the skilled agent
 * with room whose expected value per full-time share is lowest (then the emptiest for
 * their capacity, then by username).
 * <p>
 * Debtors needing the rarest skills go first (fewest available holders), then the most
 * valuable: were common work placed first, it would fill the specialists (who hold the
 * common skills too) and leave specialist work unplaced, or pile it onto specialists
 * already loaded, beyond what the fairness pass can undo.
 * <p>
 * One priority queue per distinct skill set. An agent's priority only grows during this
 * step, so a queue may hold stale entries: a polled entry whose priority has grown is put
 * back with the current one, and the first current entry is the true minimum. This keeps
 * 100,000 accounts × 200 agents to a few log-time steps per unit.
 */
final class Distribution {

    private record Slot(double value, double load, Desk desk) {

        static Slot of(Desk desk) {
            return new Slot(desk.valuePerShare(), desk.loadShare(), desk);
        }

        boolean current() {
            return value == desk.valuePerShare() && load == desk.loadShare();
        }

    }

    private static final Comparator<Slot> LOWEST_FIRST = Comparator.comparingDouble(Slot::value)
        .thenComparingDouble(Slot::load)
        .thenComparing((s) -> s.desk().name);

    private final Run run;

    private final Map<Set<String>, PriorityQueue<Slot>> queues = new HashMap<>();

    Distribution(Run run) {
        this.run = run;
    }

    /** Places what it can; returns the units no skilled agent has room for. */
    List<Unit> apply(List<Unit> open) {
        List<Unit> ordered = new ArrayList<>(open);
        ordered.sort(Comparator.<Unit>comparingInt((u) -> run.holders(u.skills).size())
            .thenComparing(Unit.MOST_VALUABLE_FIRST));
        List<Unit> waiting = new ArrayList<>();
        for (Unit unit : ordered) {
            if (!place(unit)) {
                waiting.add(unit);
            }
        }
        return waiting;
    }

    /** Reports the units that found no room, even after the fairness pass freed some. */
    void giveUp(List<Unit> waiting) {
        for (Unit unit : waiting) {
            String detail = unit.withNote("all " + run.holders(unit.skills).size() + " agents with "
                    + Run.describe(unit.skills) + " lack room for the debtor's " + unit.size() + " account(s)");
            unit.items.forEach((item) -> run.unassign(item, Unassigned.Why.NO_CAPACITY, detail));
        }
    }

    /** Places the unit, or returns false when skilled agents exist but none has room. */
    private boolean place(Unit unit) {
        List<Desk> holders = run.holders(unit.skills);
        if (holders.isEmpty()) {
            String detail = unit.withNote("no available agent holds " + Run.describe(unit.skills));
            unit.items.forEach((item) -> run.unassign(item, Unassigned.Why.NO_SKILLED_AGENT, detail));
            return true;
        }
        PriorityQueue<Slot> queue = queues.computeIfAbsent(unit.skills, (s) -> queueOf(holders));
        Desk desk = poll(queue, unit.size());
        if (desk == null) {
            return false;
        }
        for (Item item : unit.items) {
            explain(item, unit, desk, holders.size());
        }
        desk.hold(unit);
        desk.offer(unit);
        queue.add(Slot.of(desk));
        return true;
    }

    private static PriorityQueue<Slot> queueOf(List<Desk> holders) {
        PriorityQueue<Slot> queue = new PriorityQueue<>(LOWEST_FIRST);
        holders.stream().filter((d) -> d.room() > 0).map(Slot::of).forEach(queue::add);
        return queue;
    }

    /** The lowest current desk with room for {@code size}; desks too full for it wait. */
    private static @Nullable Desk poll(PriorityQueue<Slot> queue, int size) {
        List<Slot> tooFull = new ArrayList<>();
        Desk found = null;
        while (found == null && !queue.isEmpty()) {
            Slot slot = queue.poll();
            if (slot.desk().room() <= 0) {
                continue;
            }
            if (!slot.current()) {
                queue.add(Slot.of(slot.desk()));
            }
            else if (slot.desk().room() < size) {
                tooFull.add(slot);
            }
            else {
                found = slot.desk();
            }
        }
        queue.addAll(tooFull);
        return found;
    }

    private void explain(Item item, Unit unit, Desk desk, int skilled) {
        String current = item.current();
        Desk before = run.desk(current);
        Reason byChoice = (skilled == 1) ? Reason.SKILL : Reason.CAPACITY;
        String chosen = (skilled == 1) ? "the only available agent with " + Run.describe(unit.skills)
                : "least expected value for their hours among " + skilled + " skilled agents with room";
        if (current == null) {
            item.place(desk, byChoice, unit.withNote("new; " + chosen));
        }
        else if (before == null) {
            item.place(desk, Reason.REBALANCED_ABSENT, unit.withNote(current + " is not in the agent list; " + chosen));
        }
        else if (before.capacity == 0) {
            item.place(desk, Reason.REBALANCED_ABSENT, unit.withNote(current + " " + before.absence() + "; " + chosen));
        }
        else if (before == desk) {
            item.place(desk, Reason.CONTINUITY_SAME_AGENT, unit.withNote("stays with " + desk.name));
        }
        else {
            String why = before.takes(unit.skills) ? " has no room" : " lacks " + before.missing(unit.skills);
            item.place(desk, byChoice, unit.withNote(current + why + "; " + chosen));
        }
    }

}
