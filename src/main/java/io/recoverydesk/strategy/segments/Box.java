package io.recoverydesk.strategy.segments;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A block of accounts: one span per {@link Dim}, an account is in it when in every span.
 */
record Box(List<Span> spans) {

    private static final Dim[] DIMS = Dim.values();

    Box {
        spans = List.copyOf(spans);
    }

    static Box of(SegmentRule rule) {
        return new Box(Arrays.stream(DIMS).map(dim -> dim.of(rule)).toList());
    }

    static Box everything() {
        return new Box(Arrays.stream(DIMS).map(Dim::universe).toList());
    }

    Span span(Dim dim) {
        return spans.get(dim.ordinal());
    }

    boolean empty() {
        return spans.stream().anyMatch(Span::empty);
    }

    boolean meets(Box other) {
        for (int i = 0; i < DIMS.length; i++) {
            if (!spans.get(i).meets(other.spans.get(i))) {
                return false;
            }
        }
        return true;
    }

    Box intersect(Box other) {
        List<Span> result = new ArrayList<>(DIMS.length);
        for (int i = 0; i < DIMS.length; i++) {
            result.add(spans.get(i).intersect(other.spans.get(i)));
        }
        return new Box(result);
    }

    /**
     * Disjoint boxes that make up this box without the other: peel off, one dimension at
     * a time, the part outside the other box, then keep only the inside on that
     * dimension.
     */
    List<Box> minus(Box other) {
        if (!meets(other)) {
            return List.of(this);
        }
        List<Box> pieces = new ArrayList<>();
        List<Span> inside = new ArrayList<>(spans);
        for (int i = 0; i < DIMS.length; i++) {
            for (Span outside : inside.get(i).minus(other.spans.get(i))) {
                List<Span> piece = new ArrayList<>(inside);
                piece.set(i, outside);
                pieces.add(new Box(piece));
            }
            inside.set(i, inside.get(i).intersect(other.spans.get(i)));
        }
        return pieces;
    }

    /** An account in this box (which must not be empty). */
    AccountFacts witness() {
        return new AccountFacts((int) ((IntSpan) span(Dim.DPD)).lo(), ((DecimalSpan) span(Dim.BALANCE)).pick(),
                value(Dim.PRODUCT), value(Dim.CREDITOR), value(Dim.PROVINCE), value(Dim.SCORE_BAND),
                value(Dim.ARRANGEMENT), ((IntSpan) span(Dim.DAYS_SINCE_CONTACT)).pick(),
                ((IntSpan) span(Dim.DAYS_SINCE_PAYMENT)).pick(), value(Dim.HOLD));
    }

    /** The dimensions this box narrows, as read in a gap report. */
    GapBox describe() {
        List<ConditionBound> bounds = new ArrayList<>();
        for (Dim dim : DIMS) {
            if (!span(dim).equals(dim.universe())) {
                bounds.add(new ConditionBound(dim.key(), dim.render(span(dim))));
            }
        }
        return new GapBox(bounds);
    }

    private String value(Dim dim) {
        return ((ValueSpan) span(dim)).pick();
    }

}
