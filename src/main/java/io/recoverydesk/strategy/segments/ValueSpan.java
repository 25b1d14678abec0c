package io.recoverydesk.strategy.segments;

import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;

/**
 * The listed values, or every value except the listed ones ({@code negated}). A
 * {@code universe} makes the dimension finite; its spans are then always kept as a plain
 * list, so that equal spans are equal records. Without one any string may occur, so "all
 * except" is never empty.
 */
record ValueSpan(boolean negated, SortedSet<String> values, @Nullable List<String> universe) implements Span {

    ValueSpan {
        if (universe != null && negated) {
            TreeSet<String> rest = new TreeSet<>(universe);
            rest.removeAll(values);
            values = rest;
            negated = false;
        }
        values = Collections.unmodifiableSortedSet(new TreeSet<>(values));
    }

    static ValueSpan of(ValueSet set, @Nullable List<String> universe) {
        return new ValueSpan(set.all(), set.all() ? new TreeSet<>() : set.values(), universe);
    }

    @Override
    public boolean empty() {
        return !negated && values.isEmpty();
    }

    @Override
    public ValueSpan intersect(Span other) {
        ValueSpan that = (ValueSpan) other;
        if (negated && that.negated) {
            return new ValueSpan(true, union(values, that.values), universe);
        }
        if (negated) {
            return new ValueSpan(false, without(that.values, values), universe);
        }
        return new ValueSpan(false, that.negated ? without(values, that.values) : common(values, that.values),
                universe);
    }

    @Override
    public boolean meets(Span other) {
        ValueSpan that = (ValueSpan) other;
        if (negated && that.negated) {
            return true;
        }
        if (negated) {
            return !values.containsAll(that.values);
        }
        if (that.negated) {
            return !that.values.containsAll(values);
        }
        return values.stream().anyMatch(that.values::contains);
    }

    @Override
    public List<Span> minus(Span other) {
        ValueSpan that = (ValueSpan) other;
        ValueSpan rest = intersect(new ValueSpan(!that.negated, that.values, universe));
        return rest.empty() ? List.of() : List.of(rest);
    }

    static ValueSpan union(List<Span> spans) {
        ValueSpan result = (ValueSpan) spans.get(0);
        for (Span span : spans.subList(1, spans.size())) {
            ValueSpan that = (ValueSpan) span;
            if (result.negated && that.negated) {
                result = new ValueSpan(true, common(result.values, that.values), result.universe);
            }
            else if (result.negated || that.negated) {
                ValueSpan except = result.negated ? result : that;
                ValueSpan listed = result.negated ? that : result;
                result = new ValueSpan(true, without(except.values, listed.values), result.universe);
            }
            else {
                result = new ValueSpan(false, union(result.values, that.values), result.universe);
            }
        }
        return result;
    }

    /**
     * A value in this span: the first listed (in universe order), or a made-up other one.
     */
    String pick() {
        if (!negated) {
            return (universe != null) ? universe.stream().filter(values::contains).findFirst().orElseThrow()
                    : values.first();
        }
        for (int n = 1;; n++) {
            String other = "OTHER-" + n;
            if (!values.contains(other)) {
                return other;
            }
        }
    }

    String render() {
        Collection<String> shown = (universe != null) ? universe.stream().filter(values::contains).toList() : values;
        return (negated ? "not in {" : "in {") + String.join(", ", shown) + "}";
    }

    private static SortedSet<String> union(Set<String> a, Set<String> b) {
        TreeSet<String> result = new TreeSet<>(a);
        result.addAll(b);
        return result;
    }

    private static SortedSet<String> common(Set<String> a, Set<String> b) {
        return a.stream().filter(b::contains).collect(Collectors.toCollection(TreeSet::new));
    }

    private static SortedSet<String> without(Set<String> a, Set<String> b) {
        return a.stream().filter(v -> !b.contains(v)).collect(Collectors.toCollection(TreeSet::new));
    }

}
