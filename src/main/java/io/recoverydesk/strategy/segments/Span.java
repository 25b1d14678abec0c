package io.recoverydesk.strategy.segments;

import java.util.List;

/**
 * The values one box allows on one dimension. Spans of one dimension are always of the
 * same kind, and equal spans allow the same values.
 */
sealed interface Span permits IntSpan, DecimalSpan, ValueSpan {

    boolean empty();

    Span intersect(Span other);

    /** Whether the intersection with the other span is non-empty, without building it. */
    boolean meets(Span other);

    /** Disjoint, non-empty pieces that together make up this span without the other. */
    List<Span> minus(Span other);

    /** The union of spans of one kind, merged where one span can say it. */
    static List<Span> union(List<Span> spans) {
        Span first = spans.get(0);
        if (first instanceof IntSpan) {
            return IntSpan.union(spans);
        }
        if (first instanceof DecimalSpan) {
            return DecimalSpan.union(spans);
        }
        return List.of(ValueSpan.union(spans));
    }

}
