package io.recoverydesk.strategy.segments;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * Amounts from {@code lo} (inclusive) to {@code hi} (exclusive, {@code null} for none).
 * Bounds are stripped of trailing zeros so that equal spans are equal records.
 */
record DecimalSpan(BigDecimal lo, @Nullable BigDecimal hi) implements Span {

    DecimalSpan {
        lo = lo.stripTrailingZeros();
        hi = (hi != null) ? hi.stripTrailingZeros() : null;
    }

    static DecimalSpan of(DecimalRange range) {
        return new DecimalSpan((range.min() != null) ? range.min() : BigDecimal.ZERO, range.maxExclusive());
    }

    @Override
    public boolean empty() {
        return hi != null && lo.compareTo(hi) >= 0;
    }

    @Override
    public DecimalSpan intersect(Span other) {
        DecimalSpan that = (DecimalSpan) other;
        return new DecimalSpan(lo.max(that.lo), lower(hi, that.hi));
    }

    @Override
    public boolean meets(Span other) {
        DecimalSpan that = (DecimalSpan) other;
        BigDecimal hiBoth = lower(hi, that.hi);
        return hiBoth == null || lo.max(that.lo).compareTo(hiBoth) < 0;
    }

    @Override
    public List<Span> minus(Span other) {
        DecimalSpan that = (DecimalSpan) other;
        List<Span> pieces = new ArrayList<>(2);
        addIfAny(pieces, new DecimalSpan(lo, lower(hi, that.lo)));
        if (that.hi != null) {
            addIfAny(pieces, new DecimalSpan(lo.max(that.hi), hi));
        }
        return pieces;
    }

    static List<Span> union(List<Span> spans) {
        List<DecimalSpan> sorted = spans.stream()
            .map(DecimalSpan.class::cast)
            .sorted(Comparator.comparing(DecimalSpan::lo))
            .toList();
        List<Span> merged = new ArrayList<>();
        DecimalSpan current = sorted.get(0);
        for (DecimalSpan next : sorted.subList(1, sorted.size())) {
            if (current.hi == null || next.lo.compareTo(current.hi) <= 0) {
                current = new DecimalSpan(current.lo, higher(current.hi, next.hi));
            }
            else {
                merged.add(current);
                current = next;
            }
        }
        merged.add(current);
        return merged;
    }

    BigDecimal pick() {
        return (lo.scale() < 0) ? lo.setScale(0) : lo;
    }

    String render() {
        if (hi == null) {
            return "≥ " + lo.toPlainString();
        }
        if (lo.signum() == 0) {
            return "< " + hi.toPlainString();
        }
        return "[" + lo.toPlainString() + ", " + hi.toPlainString() + ")";
    }

    // null is +infinity for an upper bound
    private static @Nullable BigDecimal lower(@Nullable BigDecimal a, @Nullable BigDecimal b) {
        return (a == null) ? b : (b == null) ? a : a.min(b);
    }

    private static @Nullable BigDecimal higher(@Nullable BigDecimal a, @Nullable BigDecimal b) {
        return (a == null || b == null) ? null : a.max(b);
    }

    private static void addIfAny(List<Span> pieces, DecimalSpan piece) {
        if (!piece.empty()) {
            pieces.add(piece);
        }
    }

}
