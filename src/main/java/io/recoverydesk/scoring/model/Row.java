package io.recoverydesk.scoring.model;

import java.util.HashMap;
import java.util.Map;
import java.util.Objects;

import org.jspecify.annotations.Nullable;

/**
 * The feature values of one account at one moment. A feature that is absent (or a number
 * that is NaN) is missing; the pipeline handles missing values.
 *
 * @param numbers numeric feature values by name
 * @param categories categorical feature values by name
 */
public record Row(Map<String, Double> numbers, Map<String, String> categories) {

    public Row {
        numbers = Map.copyOf(numbers);
        categories = Map.copyOf(categories);
    }

    public static Builder builder() {
        return new Builder();
    }

    /** The number, or NaN when missing. */
    public double number(String name) {
        Double value = numbers.get(name);
        return (value != null) ? value : Double.NaN;
    }

    /** The category, or null when missing. */
    public @Nullable String category(String name) {
        return categories.get(name);
    }

    /** Collects feature values; null and NaN are left out, so they read as missing. */
    public static final class Builder {

        private final Map<String, Double> numbers = new HashMap<>();

        private final Map<String, String> categories = new HashMap<>();

        private Builder() {
        }

        public Builder number(String name, @Nullable Double value) {
            Objects.requireNonNull(name, "name");
            if (value != null && !value.isNaN()) {
                if (value.isInfinite()) {
                    throw new IllegalArgumentException("feature " + name + " is infinite");
                }
                numbers.put(name, value);
            }
            return this;
        }

        public Builder category(String name, @Nullable String value) {
            Objects.requireNonNull(name, "name");
            if (value != null) {
                categories.put(name, value);
            }
            return this;
        }

        public Row build() {
            return new Row(numbers, categories);
        }

    }

}
