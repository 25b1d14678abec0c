package io.recoverydesk.strategy.experiments;

import java.math.BigDecimal;
import java.util.Objects;

import org.jspecify.annotations.Nullable;

/**
 * One metric of a readout. An arm's interval is {@code null} when the arm cannot give one
 * (too few accounts, or nothing to divide by); the difference (challenger − champion),
 * its p-value and the significance need both arms.
 *
 * @param significant {@code pValue < alpha}
 */
public record MetricReadout(Metric metric, @Nullable Interval champion, @Nullable Interval challenger,
        @Nullable Interval difference, @Nullable BigDecimal pValue, boolean significant, Outcome outcome,
        Verdict verdict) {

    public MetricReadout {
        Objects.requireNonNull(metric, "metric");
        Objects.requireNonNull(outcome, "outcome");
        Objects.requireNonNull(verdict, "verdict");
        if ((difference == null) != (pValue == null) || (difference == null) != (outcome == Outcome.NOT_ESTIMABLE)
                || significant != (outcome == Outcome.CHALLENGER_HIGHER || outcome == Outcome.CHALLENGER_LOWER)) {
            throw new IllegalArgumentException("inconsistent readout of " + metric + ": " + difference + ", p " + pValue
                    + ", " + outcome + ", significant " + significant);
        }
    }

    /** Whether the challenger is significantly better on this metric. */
    public boolean challengerBetter() {
        return this.outcome == (this.metric.higherIsBetter() ? Outcome.CHALLENGER_HIGHER : Outcome.CHALLENGER_LOWER);
    }

    /** Whether the challenger is significantly worse on this metric. */
    public boolean challengerWorse() {
        return this.outcome == (this.metric.higherIsBetter() ? Outcome.CHALLENGER_LOWER : Outcome.CHALLENGER_HIGHER);
    }

    public enum Outcome {

        CHALLENGER_HIGHER, CHALLENGER_LOWER, NO_SIGNIFICANT_DIFFERENCE, NOT_ESTIMABLE

    }

}
