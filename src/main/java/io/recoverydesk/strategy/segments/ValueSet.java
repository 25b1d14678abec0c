package io.recoverydesk.strategy.segments;

import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.SortedSet;
import java.util.TreeSet;

import org.jspecify.annotations.Nullable;

/**
 * Either any value ({@code all}), or one of the listed values. An empty list is accepted
 * here and reported as invalid by {@link SegmentTable#check()}; a missing fact value (an
 * unknown province) is in no list.
 */
public record ValueSet(boolean all, SortedSet<String> values) {

    private static final ValueSet ANY = new ValueSet(true, null);

    public ValueSet(boolean all, @Nullable SortedSet<String> values) {
        TreeSet<String> copy = new TreeSet<>();
        if (!all && values != null) {
            for (String value : values) {
                if (value == null || value.isBlank()) {
                    throw new IllegalArgumentException("values must not be blank: " + values);
                }
                copy.add(value);
            }
        }
        this.all = all;
        this.values = Collections.unmodifiableSortedSet(copy);
    }

    public static ValueSet any() {
        return ANY;
    }

    public static ValueSet of(String... values) {
        return of(List.of(values));
    }

    public static ValueSet of(Collection<String> values) {
        return new ValueSet(false, new TreeSet<>(values));
    }

    public boolean contains(@Nullable String value) {
        return all || (value != null && values.contains(value));
    }

    public boolean matchesNothing() {
        return !all && values.isEmpty();
    }

}
