package io.recoverydesk.strategy.experiments;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Collection;
import java.util.List;
import java.util.Objects;

import io.recoverydesk.strategy.experiments.Estimators.Comparison;
import io.recoverydesk.strategy.experiments.Estimators.Raw;
import io.recoverydesk.strategy.experiments.Estimators.Tested;
import io.recoverydesk.strategy.experiments.MetricReadout.Outcome;
import org.jspecify.annotations.Nullable;

/**
 * The comparison of an experiment's arms, one {@link MetricReadout} per {@link Metric}:
 * <ul>
 * <li>recovery rate and contacts per 1,000 recovered are ratios of sums over accounts:
 * delta-method intervals and a z test on the difference;
 * <li>amount per account is a mean: Student t intervals and Welch's t test;
 * <li>complaints per 1,000 accounts is a Poisson rate, widened when accounts complain
 * more than once: score intervals, a MOVER interval for the difference and the pooled
 * score z test; interval and test are separate approximations here and can disagree at
 * the margin, where {@code significant} follows the p-value.
 * </ul>
 * Intervals have confidence 1 − alpha (95 % by default); arms' lower bounds stop at zero.
 * The tests assume accounts are independent and the readout is taken once at a planned
 * end: looking every day and stopping at the first significant result finds differences
 * that are not there more often than alpha says. Estimates and bounds have 2 decimals,
 * p-values 4.
 *
 * @param note why the readout cannot be trusted yet, or {@code null}
 */
public record Readout(ArmTotals champion, ArmTotals challenger, List<MetricReadout> metrics, double alpha,
        @Nullable Verdict note) {

    public static final double DEFAULT_ALPHA = 0.05;

    /**
     * Fewer accounts in an arm than this, and the normal approximations are not trusted.
     */
    public static final int MINIMUM_ACCOUNTS_PER_ARM = 30;

    public Readout {
        Objects.requireNonNull(champion, "champion");
        Objects.requireNonNull(challenger, "challenger");
        metrics = List.copyOf(metrics);
    }

    public static Readout of(Collection<AccountOutcome> outcomes) {
        return of(outcomes, DEFAULT_ALPHA);
    }

    /**
     * @param alpha the significance level, in (0, 1); intervals have confidence 1 − alpha
     */
    public static Readout of(Collection<AccountOutcome> outcomes, double alpha) {
        if (!(alpha > 0 && alpha < 1)) {
            throw new IllegalArgumentException("alpha must be in (0, 1): " + alpha);
        }
        ArmSample a = ArmSample.of(Arm.CHAMPION, outcomes);
        ArmSample b = ArmSample.of(Arm.CHALLENGER, outcomes);
        List<MetricReadout> metrics = List.of(
                readout(Metric.RECOVERY_RATE,
                        Estimators.ratio(a.recovered(), a.balances(), b.recovered(), b.balances(), alpha), alpha),
                readout(Metric.AMOUNT_PER_ACCOUNT, Estimators.welch(a.recovered(), b.recovered(), alpha), alpha),
                readout(Metric.CONTACTS_PER_THOUSAND_RECOVERED,
                        Estimators.ratio(a.contacts(), a.recovered(), b.contacts(), b.recovered(), alpha), alpha),
                readout(Metric.COMPLAINTS_PER_THOUSAND_ACCOUNTS,
                        Estimators.poisson(a.complaints(), b.complaints(), alpha), alpha));
        Verdict note = (a.size() < MINIMUM_ACCOUNTS_PER_ARM || b.size() < MINIMUM_ACCOUNTS_PER_ARM)
                ? Verdicts.tooFewAccounts(a.size(), b.size(), MINIMUM_ACCOUNTS_PER_ARM) : null;
        return new Readout(a.totals(), b.totals(), metrics, alpha, note);
    }

    /** Whether both arms have at least {@link #MINIMUM_ACCOUNTS_PER_ARM} accounts. */
    public boolean enoughAccounts() {
        return this.champion.accounts() >= MINIMUM_ACCOUNTS_PER_ARM
                && this.challenger.accounts() >= MINIMUM_ACCOUNTS_PER_ARM;
    }

    public MetricReadout metric(Metric metric) {
        return this.metrics.stream().filter(m -> m.metric() == metric).findFirst().orElseThrow();
    }

    private static MetricReadout readout(Metric metric, Comparison comparison, double alpha) {
        Interval champion = interval(comparison.champion(), metric);
        Interval challenger = interval(comparison.challenger(), metric);
        Tested tested = comparison.difference();
        Interval difference = (tested != null && Double.isFinite(tested.p()))
                ? scaled(metric, tested.value(), tested.lower(), tested.upper()) : null;
        if (tested == null || difference == null) {
            return new MetricReadout(metric, champion, challenger, null, null, false, Outcome.NOT_ESTIMABLE,
                    Verdicts.notEstimable(metric));
        }
        double p = Math.min(1, Math.max(0, tested.p()));
        boolean significant = p < alpha;
        Outcome outcome = !significant ? Outcome.NO_SIGNIFICANT_DIFFERENCE
                : (tested.value() > 0) ? Outcome.CHALLENGER_HIGHER : Outcome.CHALLENGER_LOWER;
        BigDecimal pValue = BigDecimal.valueOf(p).setScale(4, RoundingMode.HALF_UP);
        return new MetricReadout(metric, champion, challenger, difference, pValue, significant, outcome,
                Verdicts.compared(metric, outcome, tested, pValue));
    }

    private static @Nullable Interval interval(@Nullable Raw raw, Metric metric) {
        // none of the metrics can be negative
        return (raw != null) ? scaled(metric, raw.value(), Math.max(0, raw.lower()), raw.upper()) : null;
    }

    private static @Nullable Interval scaled(Metric metric, double value, double lower, double upper) {
        double factor = metric.factor();
        if (!Double.isFinite(value * factor) || !Double.isFinite(lower * factor) || !Double.isFinite(upper * factor)) {
            return null;
        }
        return new Interval(rounded(value * factor), rounded(Math.min(lower, value) * factor),
                rounded(Math.max(upper, value) * factor));
    }

    private static BigDecimal rounded(double value) {
        return BigDecimal.valueOf(value).setScale(Metric.SCALE, RoundingMode.HALF_UP);
    }

}
