package io.recoverydesk.strategy.experiments;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * An estimate with its confidence interval, in the metric's unit (see {@link Metric}).
 * The confidence level is 1 − alpha of the {@link Readout}.
 */
public record Interval(BigDecimal estimate, BigDecimal lower, BigDecimal upper) {

    public Interval {
        Objects.requireNonNull(estimate, "estimate");
        Objects.requireNonNull(lower, "lower");
        Objects.requireNonNull(upper, "upper");
        if (lower.compareTo(estimate) > 0 || estimate.compareTo(upper) > 0) {
            throw new IllegalArgumentException(
                    "not lower <= estimate <= upper: " + lower + ", " + estimate + ", " + upper);
        }
    }

    public boolean contains(BigDecimal value) {
        return lower.compareTo(value) <= 0 && value.compareTo(upper) <= 0;
    }

}
