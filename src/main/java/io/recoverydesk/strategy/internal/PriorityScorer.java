package io.recoverydesk.strategy.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The priority of an account, 0–100 (two decimals), from six parts a person can read:
 * balance (up to 30, on a log scale reaching 30 at 100,000), propensity to pay (up to 25;
 * the score band's rate, 0.5 while unscored), days past due (up to 15: collectability
 * falls with age), promises or callbacks due now (20), recency of contact (up to 10: two
 * weeks without contact earns all of it), and complexity (−10 for an open arrangement
 * that is being kept, −20 for a hold).
 */
final class PriorityScorer {

    static final Map<String, BigDecimal> BAND_RATE = Map.of("A", new BigDecimal("0.90"), "B", new BigDecimal("0.70"),
            "C", new BigDecimal("0.50"), "D", new BigDecimal("0.30"), "E", new BigDecimal("0.10"), "NONE",
            new BigDecimal("0.50"));

    private static final double BALANCE_CAP = 100_000;

    private PriorityScorer() {
    }

    /** The parts in a fixed order, with their sum. */
    record Priority(BigDecimal score, List<Part> parts) {

        List<String> reasons() {
            return parts.stream().map(p -> p.name() + " " + p.points().toPlainString()).toList();
        }

        String text() {
            return String.join("; ", reasons());
        }

    }

    /** One part of a priority. */
    record Part(String name, BigDecimal points) {
    }

    static Priority score(BigDecimal balance, String scoreBand, long dpd, int dueNow, Integer daysSinceContact,
            String arrangement, String hold) {
        return score(balance, scoreBand, null, dpd, dueNow, daysSinceContact, arrangement, hold);
    }

    /**
     * As above; the model's {@code probability} (when scored) sets the propensity part.
     */
    static Priority score(BigDecimal balance, String scoreBand, BigDecimal probability, long dpd, int dueNow,
            Integer daysSinceContact, String arrangement, String hold) {
        List<Part> parts = new ArrayList<>();
        double ratio = Math.min(1, Math.log10(1 + Math.max(0, balance.doubleValue())) / Math.log10(1 + BALANCE_CAP));
        parts.add(new Part("balance", points(30 * ratio)));
        BigDecimal rate = probability != null ? probability : BAND_RATE.getOrDefault(scoreBand, BAND_RATE.get("NONE"));
        parts.add(new Part("propensity", rate.multiply(BigDecimal.valueOf(25)).setScale(2, RoundingMode.HALF_UP)));
        parts.add(new Part("dpd", points(15 * ageFactor(dpd))));
        parts.add(new Part("due", points(dueNow > 0 ? 20 : 0)));
        parts.add(
                new Part("recency", points(daysSinceContact == null ? 10 : 10 * Math.min(1, daysSinceContact / 14.0))));
        boolean held = hold != null && !"NONE".equals(hold);
        boolean arranged = arrangement != null && !"NONE".equals(arrangement);
        parts.add(new Part("complexity", points(held ? -20 : arranged && dueNow == 0 ? -10 : 0)));
        BigDecimal sum = parts.stream().map(Part::points).reduce(BigDecimal.ZERO, BigDecimal::add);
        BigDecimal score = sum.max(BigDecimal.ZERO).min(BigDecimal.valueOf(100)).setScale(2, RoundingMode.HALF_UP);
        return new Priority(score, List.copyOf(parts));
    }

    /** M1 1.0, M2 0.9, M3 0.8, M4 0.6, M5 0.5, M6 0.4, beyond 0.2; not yet due 0.5. */
    private static double ageFactor(long dpd) {
        if (dpd <= 0) {
            return 0.5;
        }
        if (dpd <= 30) {
            return 1.0;
        }
        if (dpd <= 60) {
            return 0.9;
        }
        if (dpd <= 90) {
            return 0.8;
        }
        if (dpd <= 120) {
            return 0.6;
        }
        if (dpd <= 150) {
            return 0.5;
        }
        return dpd <= 180 ? 0.4 : 0.2;
    }

    private static BigDecimal points(double value) {
        return BigDecimal.valueOf(value).setScale(2, RoundingMode.HALF_UP);
    }

}
