package io.recoverydesk.allocation.engine;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

/** Where a team ends against its band, and why each agent left outside it stays there. */
final class BandReport {

    private final Run run;

    private final Band band;

    private final List<Desk> desks;

    BandReport(Run run, Band band, List<Desk> desks) {
        this.run = run;
        this.band = band;
        this.desks = desks;
    }

    TeamBalance report(String team, int moves) {
        List<TeamBalance.Gap> gaps = desks.stream()
            .filter(band::outside)
            .sorted(Comparator.comparing((Desk d) -> d.name))
            .map((d) -> new TeamBalance.Gap(d.name, money(d.valuePerShare()),
                    band.above(d) ? whyAbove(d) : whyBelow(d)))
            .toList();
        return new TeamBalance(team, money(band.mean()), money(band.low()), money(band.high()), moves, gaps);
    }

    static boolean canGive(Desk desk, AllocationPolicy policy) {
        return !desk.movable(Unit.Tier.FRESH).isEmpty()
                || (!policy.keepContinuity() && !desk.movable(Unit.Tier.KEPT).isEmpty());
    }

    static BigDecimal money(double cents) {
        return BigDecimal.valueOf(cents).movePointLeft(2).setScale(2, RoundingMode.HALF_EVEN);
    }

    private String whyAbove(Desk desk) {
        if (!canGive(desk, run.policy)) {
            List<String> parts = new ArrayList<>();
            if (desk.pinnedCases > 0) {
                parts.add(desk.pinnedCases + " case(s) are overrides or follow one");
            }
            int kept = run.policy.keepContinuity() ? desk.keptCases : 0;
            if (kept > 0) {
                parts.add(kept + " case(s) are kept for continuity (the policy keeps it)");
            }
            int movedIn = desk.count - desk.pinnedCases - kept;
            if (movedIn > 0) {
                parts.add(movedIn + " case(s) already moved once in this run");
            }
            return "above the band; nothing it holds may move: " + String.join(", ", parts);
        }
        List<Desk> receivers = desks.stream().filter((d) -> d != desk && d.room() > 0 && !band.above(d)).toList();
        if (receivers.isEmpty()) {
            return "above the band; no colleague within or below the band has room";
        }
        if (receivers.stream().noneMatch((d) -> holdsSkillsOfAny(d, desk))) {
            return "above the band; no colleague with room holds the skills its movable debtors need";
        }
        return "above the band; no whole debtor it could hand over brings the team closer to the band";
    }

    private String whyBelow(Desk desk) {
        if (desk.room() <= 0) {
            return "below the band; at capacity (" + desk.count + " of " + desk.capacity + ")";
        }
        List<Desk> donors = desks.stream().filter((d) -> d != desk && !band.below(d)).toList();
        if (donors.stream().noneMatch((d) -> canGive(d, run.policy) && holdsSkillsOfAny(desk, d))) {
            return "below the band; no colleague has a debtor it may hand over that needs only "
                    + Run.describe(desk.agent.skills())
                    + (run.policy.keepContinuity() ? " (debtors kept for continuity stay where they are)" : "");
        }
        return "below the band; no whole debtor fits its room of " + desk.room()
                + " without pushing a colleague out of the band";
    }

    private boolean holdsSkillsOfAny(Desk receiver, Desk giver) {
        return anyTaken(receiver, giver.movable(Unit.Tier.FRESH).keySet())
                || (!run.policy.keepContinuity() && anyTaken(receiver, giver.movable(Unit.Tier.KEPT).keySet()));
    }

    private static boolean anyTaken(Desk receiver, Set<Set<String>> skillSets) {
        return skillSets.stream().anyMatch(receiver::takes);
    }

}
