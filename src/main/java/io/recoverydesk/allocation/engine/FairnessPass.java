package io.recoverydesk.allocation.engine;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import org.jspecify.annotations.Nullable;

/**
 * Rule 4: within each team, hands whole debtors from agents above the band to agents
 * below it until every agent's expected value per full-time share is inside
 * {@code mean × (1 ± band)}, or no move helps.
 * <p>
 * A move must shrink the team's total distance outside the band (in expected value), so
 * the pass never pushes an agent out of the band to pull another in; each unit moves at
 * most once, which bounds the pass by the number of movable units. Only units placed in
 * this run move, unless the policy lets kept debtors move too; those are tried only when
 * no unit placed in this run helps. Overrides and what follows them never move. Units are
 * found in each agent's value-ordered sets near the amount that would close the gap.
 */
final class FairnessPass {

    /** Units looked at on each side of the ideal amount, per skill set. */
    private static final int NEARBY = 8;

    private static final double EPSILON = 1e-6;

    private final Run run;

    private final Map<String, List<Desk>> teams = new TreeMap<>();

    private final Map<String, Integer> moves = new HashMap<>();

    private final double fraction;

    FairnessPass(Run run) {
        this.run = run;
        run.desks.stream()
            .filter((d) -> d.capacity > 0)
            .forEach((d) -> this.teams.computeIfAbsent(d.agent.team(), (t) -> new ArrayList<>()).add(d));
        this.fraction = run.policy.fairnessBand().doubleValue();
    }

    /** Moves what helps, team by team; may run again after more work is placed. */
    void balance() {
        teams.forEach((name, desks) -> moves.merge(name, new Team(desks, fraction).balance(), Integer::sum));
    }

    List<TeamBalance> report() {
        return teams.entrySet()
            .stream()
            .map((e) -> new BandReport(run, Band.of(e.getValue(), fraction), e.getValue()).report(e.getKey(),
                    moves.getOrDefault(e.getKey(), 0)))
            .toList();
    }

    private record Candidate(Unit unit, double gain, double offTarget) {

        static final Comparator<Candidate> BEST_FIRST = Comparator.comparingDouble((Candidate c) -> -c.gain())
            .thenComparingDouble(Candidate::offTarget)
            .thenComparing((c) -> c.unit().key);

    }

    private final class Team {

        private final List<Desk> desks;

        private final Band band;

        Team(List<Desk> desks, double fraction) {
            this.desks = desks;
            this.band = Band.of(desks, fraction);
        }

        int balance() {
            int moves = 0;
            while (moveOnce()) {
                moves++;
            }
            return moves;
        }

        /** The first helpful move from the highest agents down, or from the lowest up. */
        private boolean moveOnce() {
            List<Desk> order = new ArrayList<>(desks);
            order.sort(Comparator.comparingDouble(Desk::valuePerShare).thenComparing((d) -> d.name));
            int n = order.size();
            for (int i = n - 1; i >= 0 && band.above(order.get(i)); i--) {
                for (int j = 0; j < i; j++) {
                    if (tryMove(order.get(i), order.get(j))) {
                        return true;
                    }
                }
            }
            for (int j = 0; j < n && band.below(order.get(j)); j++) {
                for (int i = n - 1; i > j; i--) {
                    if (tryMove(order.get(i), order.get(j))) {
                        return true;
                    }
                }
            }
            return false;
        }

        private boolean tryMove(Desk from, Desk to) {
            if (to.room() <= 0 || !BandReport.canGive(from, run.policy)) {
                return false;
            }
            Candidate best = search(from.movable(Unit.Tier.FRESH), from, to);
            if (best == null && !run.policy.keepContinuity()) {
                best = search(from.movable(Unit.Tier.KEPT), from, to);
            }
            if (best == null) {
                return false;
            }
            move(best.unit(), from, to);
            return true;
        }

        private @Nullable Candidate search(Map<Set<String>, TreeSet<Unit>> buckets, Desk from, Desk to) {
            double target = band.target(from, to);
            Unit probe = Unit.probe(Math.round(target));
            Candidate best = null;
            for (Map.Entry<Set<String>, TreeSet<Unit>> bucket : buckets.entrySet()) {
                if (to.takes(bucket.getKey())) {
                    TreeSet<Unit> units = bucket.getValue();
                    best = better(best, nearby(units.tailSet(probe, true).iterator(), from, to, target));
                    best = better(best, nearby(units.headSet(probe, false).descendingIterator(), from, to, target));
                }
            }
            return best;
        }

        private @Nullable Candidate nearby(Iterator<Unit> units, Desk from, Desk to, double target) {
            Candidate best = null;
            for (int seen = 0; seen < NEARBY && units.hasNext(); seen++) {
                Unit unit = units.next();
                if (unit.evCents > 0 && unit.size() <= to.room()) {
                    double gain = band.gain(from, to, unit.evCents);
                    if (gain > EPSILON) {
                        best = better(best, new Candidate(unit, gain, Math.abs(unit.evCents - target)));
                    }
                }
            }
            return best;
        }

        private @Nullable Candidate better(@Nullable Candidate a, @Nullable Candidate b) {
            if (a == null) {
                return b;
            }
            return (b == null || Candidate.BEST_FIRST.compare(a, b) <= 0) ? a : b;
        }

        private void move(Unit unit, Desk from, Desk to) {
            from.release(unit);
            to.hold(unit);
            if (unit.tier == Unit.Tier.KEPT) {
                from.keptCases -= unit.size();
            }
            unit.tier = Unit.Tier.PINNED;
            for (Item item : unit.items) {
                item.place(to, Reason.FAIRNESS, "to " + to.name + " rather than " + from.name
                        + " to bring expected value within the team band (was: " + item.detail + ")");
            }
        }

    }

}
