package io.recoverydesk.scoring.model;

import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * The features a model reads: named numbers and named categories. Order matters only for
 * how the encoded columns are laid out.
 *
 * @param numeric names of numeric features (a missing value is allowed per row)
 * @param categorical names of categorical features (one-hot encoded by the pipeline)
 */
public record FeatureSchema(List<String> numeric, List<String> categorical) {

    public FeatureSchema {
        numeric = List.copyOf(numeric);
        categorical = List.copyOf(categorical);
        Set<String> seen = new HashSet<>();
        for (String name : concat(numeric, categorical)) {
            Objects.requireNonNull(name, "feature name");
            if (name.isBlank()) {
                throw new IllegalArgumentException("a feature name is blank");
            }
            if (!seen.add(name)) {
                throw new IllegalArgumentException("feature " + name + " is declared twice");
            }
        }
        if (seen.isEmpty()) {
            throw new IllegalArgumentException("a schema needs at least one feature");
        }
    }

    /** All feature names, numeric first. */
    public List<String> names() {
        return concat(numeric, categorical);
    }

    public boolean isNumeric(String name) {
        return numeric.contains(name);
    }

    private static List<String> concat(List<String> a, List<String> b) {
        return java.util.stream.Stream.concat(a.stream(), b.stream()).toList();
    }

}
