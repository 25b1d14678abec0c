package io.recoverydesk.scoring.model;

import java.util.List;
import java.util.Objects;

/**
 * Labelled rows under one schema. Each row may carry only features the schema declares,
 * each of the declared kind, so that a misspelt or mistyped feature fails here rather
 * than silently reading as missing.
 *
 * @param schema the features
 * @param examples the rows with their outcomes
 */
public record Dataset(FeatureSchema schema, List<Example> examples) {

    public Dataset {
        Objects.requireNonNull(schema, "schema");
        examples = List.copyOf(examples);
        for (Example example : examples) {
            for (String name : example.row().numbers().keySet()) {
                if (!schema.numeric().contains(name)) {
                    throw new IllegalArgumentException("numeric feature " + name + " is not in the schema");
                }
            }
            for (String name : example.row().categories().keySet()) {
                if (!schema.categorical().contains(name)) {
                    throw new IllegalArgumentException("categorical feature " + name + " is not in the schema");
                }
            }
        }
    }

    public int size() {
        return examples.size();
    }

    public int positives() {
        return (int) examples.stream().filter(Example::positive).count();
    }

    public Row row(int index) {
        return examples.get(index).row();
    }

    public boolean positive(int index) {
        return examples.get(index).positive();
    }

    /** The rows at the given positions, in that order. */
    public Dataset subset(int[] indices) {
        Example[] picked = new Example[indices.length];
        for (int i = 0; i < indices.length; i++) {
            picked[i] = examples.get(indices[i]);
        }
        return new Dataset(schema, List.of(picked));
    }

    /** Fails unless both outcomes occur: no model can rank a single class. */
    void requireBothOutcomes() {
        int positives = positives();
        if (positives == 0 || positives == size()) {
            throw new IllegalArgumentException(
                    "training needs both outcomes; got " + positives + " positive of " + size());
        }
    }

}
