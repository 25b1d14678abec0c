package io.recoverydesk.strategy.segments;

import org.jspecify.annotations.Nullable;

/**
 * Whole days between {@code min} and {@code max}, both inclusive; a {@code null} bound is
 * open. A missing fact value ("never") counts as +infinity, so it lies in every range
 * without a maximum. A range with {@code min > max} is accepted here and reported as
 * invalid by {@link SegmentTable#check()}.
 */
public record IntRange(@Nullable Integer min, @Nullable Integer max) {

    private static final IntRange ANY = new IntRange(null, null);

    public IntRange {
        if ((min != null && min < 0) || (max != null && max < 0)) {
            throw new IllegalArgumentException("day counts are never negative: " + min + ".." + max);
        }
    }

    public static IntRange any() {
        return ANY;
    }

    public static IntRange between(int min, int max) {
        return new IntRange(min, max);
    }

    public static IntRange atLeast(int min) {
        return new IntRange(min, null);
    }

    public static IntRange atMost(int max) {
        return new IntRange(null, max);
    }

    public static IntRange exactly(int value) {
        return new IntRange(value, value);
    }

    /** Whether the value lies in the range; {@code null} stands for +infinity. */
    public boolean contains(@Nullable Integer value) {
        if (value == null) {
            return max == null;
        }
        return (min == null || value >= min) && (max == null || value <= max);
    }

    public boolean matchesNothing() {
        return min != null && max != null && min > max;
    }

}
