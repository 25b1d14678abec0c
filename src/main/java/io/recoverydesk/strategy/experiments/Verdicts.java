package io.recoverydesk.strategy.experiments;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

import io.recoverydesk.strategy.experiments.Estimators.Tested;
import io.recoverydesk.strategy.experiments.MetricReadout.Outcome;

/**
 * The sentences of a readout; see {@link Verdict} for the keys and arguments.
 */
final class Verdicts {

    private static final BigDecimal SMALLEST_P = new BigDecimal("0.001");

    private Verdicts() {
    }

    /** The difference in natural units, rounded once to the shown decimals. */
    static Verdict compared(Metric metric, Outcome outcome, Tested difference, BigDecimal p) {
        BigDecimal value = shown(difference.value(), metric);
        BigDecimal lower = shown(difference.lower(), metric);
        BigDecimal upper = shown(difference.upper(), metric);
        String unit = (metric == Metric.RECOVERY_RATE) ? " pp" : "";
        String message = phrase(metric, outcome) + ": " + signed(value) + unit + " [" + lower.toPlainString() + ", "
                + upper.toPlainString() + "], " + pText(p);
        String key = "experiments." + metric.key() + "." + switch (outcome) {
            case CHALLENGER_HIGHER -> "higher";
            case CHALLENGER_LOWER -> "lower";
            default -> "no-difference";
        };
        return new Verdict(key, List.of(value, lower, upper, p), message);
    }

    static Verdict notEstimable(Metric metric) {
        String message = switch (metric) {
            case RECOVERY_RATE ->
                "recovery rate cannot be compared yet: each arm needs 2 accounts and a balance at start";
            case AMOUNT_PER_ACCOUNT -> "amount per account cannot be compared yet: each arm needs 2 accounts";
            case CONTACTS_PER_THOUSAND_RECOVERED ->
                "contacts per 1,000 recovered cannot be compared yet: each arm needs 2 accounts and something recovered";
            case COMPLAINTS_PER_THOUSAND_ACCOUNTS ->
                "complaints per 1,000 accounts cannot be compared yet: each arm needs an account";
        };
        return new Verdict("experiments." + metric.key() + ".not-estimable", List.of(), message);
    }

    static Verdict tooFewAccounts(int champion, int challenger, int minimum) {
        return new Verdict("experiments.too-few-accounts", List.of(champion, challenger, minimum),
                "not enough accounts yet: " + champion + " on the champion and " + challenger
                        + " on the challenger; a readout needs " + minimum + " on each");
    }

    private static String phrase(Metric metric, Outcome outcome) {
        boolean higher = outcome == Outcome.CHALLENGER_HIGHER;
        if (outcome == Outcome.NO_SIGNIFICANT_DIFFERENCE) {
            return "no significant difference in " + switch (metric) {
                case RECOVERY_RATE -> "recovery rate";
                case AMOUNT_PER_ACCOUNT -> "amount per account";
                case CONTACTS_PER_THOUSAND_RECOVERED -> "contacts per 1,000 recovered";
                case COMPLAINTS_PER_THOUSAND_ACCOUNTS -> "complaints per 1,000 accounts";
            };
        }
        return "challenger " + switch (metric) {
            case RECOVERY_RATE -> higher ? "recovers more" : "recovers less";
            case AMOUNT_PER_ACCOUNT -> higher ? "collects more per account" : "collects less per account";
            case CONTACTS_PER_THOUSAND_RECOVERED ->
                (higher ? "needs more" : "needs fewer") + " contacts per 1,000 recovered";
            case COMPLAINTS_PER_THOUSAND_ACCOUNTS ->
                (higher ? "draws more" : "draws fewer") + " complaints per 1,000 accounts";
        };
    }

    private static BigDecimal shown(double value, Metric metric) {
        return BigDecimal.valueOf(value * metric.factor()).setScale(metric.shownScale(), RoundingMode.HALF_UP);
    }

    private static String signed(BigDecimal value) {
        return ((value.signum() > 0) ? "+" : "") + value.toPlainString();
    }

    private static String pText(BigDecimal p) {
        if (p.compareTo(SMALLEST_P) < 0) {
            return "p < 0.001";
        }
        int scale = (p.compareTo(new BigDecimal("0.1")) < 0) ? 3 : 2;
        return "p = " + p.setScale(scale, RoundingMode.HALF_UP).toPlainString();
    }

}
