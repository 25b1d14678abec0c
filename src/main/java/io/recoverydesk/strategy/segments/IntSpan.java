package io.recoverydesk.strategy.segments;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * Whole numbers from {@code lo} to {@code hi}, both inclusive. Day counts go up to
 * {@link #NEVER}, one past the largest int, which stands for a missing value.
 */
record IntSpan(long lo, long hi) implements Span {

    static final long DPD_TOP = Integer.MAX_VALUE;

    static final long NEVER = Integer.MAX_VALUE + 1L;

    static IntSpan of(IntRange range, long top) {
        return new IntSpan((range.min() != null) ? range.min() : 0, (range.max() != null) ? range.max() : top);
    }

    @Override
    public boolean empty() {
        return lo > hi;
    }

    @Override
    public IntSpan intersect(Span other) {
        IntSpan that = (IntSpan) other;
        return new IntSpan(Math.max(lo, that.lo), Math.min(hi, that.hi));
    }

    @Override
    public boolean meets(Span other) {
        IntSpan that = (IntSpan) other;
        return Math.max(lo, that.lo) <= Math.min(hi, that.hi);
    }

    @Override
    public List<Span> minus(Span other) {
        IntSpan that = (IntSpan) other;
        List<Span> pieces = new ArrayList<>(2);
        addIfAny(pieces, new IntSpan(lo, Math.min(hi, that.lo - 1)));
        addIfAny(pieces, new IntSpan(Math.max(lo, that.hi + 1), hi));
        return pieces;
    }

    static List<Span> union(List<Span> spans) {
        List<IntSpan> sorted = spans.stream()
            .map(IntSpan.class::cast)
            .sorted(Comparator.comparingLong(IntSpan::lo))
            .toList();
        List<Span> merged = new ArrayList<>();
        IntSpan current = sorted.get(0);
        for (IntSpan next : sorted.subList(1, sorted.size())) {
            if (next.lo <= current.hi + 1) {
                current = new IntSpan(current.lo, Math.max(current.hi, next.hi));
            }
            else {
                merged.add(current);
                current = next;
            }
        }
        merged.add(current);
        return merged;
    }

    /** A day count in this span, {@code null} for never. */
    @Nullable Integer pick() {
        return (lo >= NEVER) ? null : (int) lo;
    }

    String render(long top) {
        boolean days = top == NEVER;
        if (lo == hi) {
            return (days && lo == NEVER) ? "never" : Long.toString(lo);
        }
        if (hi == top) {
            return "≥ " + lo + (days ? " or never" : "");
        }
        return (lo == 0) ? "≤ " + hi : lo + ".." + hi;
    }

    private static void addIfAny(List<Span> pieces, IntSpan piece) {
        if (!piece.empty()) {
            pieces.add(piece);
        }
    }

}
