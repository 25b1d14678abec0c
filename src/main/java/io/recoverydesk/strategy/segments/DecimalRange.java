package io.recoverydesk.strategy.segments;

import java.math.BigDecimal;

import org.jspecify.annotations.Nullable;

/**
 * Amounts from {@code min} (inclusive) to {@code maxExclusive}; a {@code null} bound is
 * open, and balances start at zero.
 */
public record DecimalRange(@Nullable BigDecimal min, @Nullable BigDecimal maxExclusive) {

    private static final DecimalRange ANY = new DecimalRange(null, null);

    public DecimalRange {
        if ((min != null && min.signum() < 0) || (maxExclusive != null && maxExclusive.signum() < 0)) {
            throw new IllegalArgumentException("balances are never negative: " + min + ".." + maxExclusive);
        }
    }

    public static DecimalRange any() {
        return ANY;
    }

    public static DecimalRange between(BigDecimal min, BigDecimal maxExclusive) {
        return new DecimalRange(min, maxExclusive);
    }

    public static DecimalRange atLeast(BigDecimal min) {
        return new DecimalRange(min, null);
    }

    public static DecimalRange below(BigDecimal maxExclusive) {
        return new DecimalRange(null, maxExclusive);
    }

    public boolean contains(BigDecimal value) {
        return (min == null || value.compareTo(min) >= 0)
                && (maxExclusive == null || value.compareTo(maxExclusive) < 0);
    }

    public boolean matchesNothing() {
        BigDecimal from = (min != null) ? min : BigDecimal.ZERO;
        return maxExclusive != null && from.compareTo(maxExclusive) >= 0;
    }

}
