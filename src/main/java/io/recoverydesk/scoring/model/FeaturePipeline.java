package io.recoverydesk.scoring.model;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Turns rows into numeric columns, fitted on the training rows and then applied unchanged
 * to every row scored later, so training and scoring never disagree on an encoding.
 * <ul>
 * <li>A number is clipped to the training range, a missing one is imputed with the
 * training median, and the result is standardised with the training mean and standard
 * deviation. If the training rows had missing values for it, an indicator column
 * {@code name:missing} says whether this row's value was missing.</li>
 * <li>A category becomes one column per level seen in training ({@code name=level});
 * {@code name:missing} is added when training rows lacked it. A level never seen in
 * training sets none of the columns.</li>
 * </ul>
 */
public final class FeaturePipeline {

    private static final String MISSING = ":missing";

    private final FeatureSchema schema;

    private final NumericEncoding[] numeric;

    private final CategoricalEncoding[] categorical;

    private final List<String> columns;

    private final int[] featureOfColumn;

    private FeaturePipeline(FeatureSchema schema, NumericEncoding[] numeric, CategoricalEncoding[] categorical) {
        this.schema = schema;
        this.numeric = numeric;
        this.categorical = categorical;
        List<String> names = new ArrayList<>();
        List<Integer> features = new ArrayList<>();
        int feature = 0;
        for (NumericEncoding encoding : numeric) {
            names.add(encoding.name());
            features.add(feature);
            if (encoding.missingColumn()) {
                names.add(encoding.name() + MISSING);
                features.add(feature);
            }
            feature++;
        }
        for (CategoricalEncoding encoding : categorical) {
            for (String level : encoding.levels()) {
                names.add(encoding.name() + "=" + level);
                features.add(feature);
            }
            if (encoding.missingColumn()) {
                names.add(encoding.name() + MISSING);
                features.add(feature);
            }
            feature++;
        }
        this.columns = List.copyOf(names);
        this.featureOfColumn = features.stream().mapToInt(Integer::intValue).toArray();
    }

    /** Learns the encodings from the training rows. */
    public static FeaturePipeline fit(Dataset training) {
        if (training.size() == 0) {
            throw new IllegalArgumentException("cannot fit a pipeline on no rows");
        }
        FeatureSchema schema = training.schema();
        NumericEncoding[] numeric = schema.numeric()
            .stream()
            .map((name) -> NumericEncoding.fit(name, training))
            .toArray(NumericEncoding[]::new);
        CategoricalEncoding[] categorical = schema.categorical()
            .stream()
            .map((name) -> CategoricalEncoding.fit(name, training))
            .toArray(CategoricalEncoding[]::new);
        return new FeaturePipeline(schema, numeric, categorical);
    }

    public FeatureSchema schema() {
        return schema;
    }

    /** The encoded column names, in the order of {@link #encode(Row)}. */
    public List<String> columns() {
        return columns;
    }

    /** The index in {@link FeatureSchema#names()} of the feature a column comes from. */
    public int featureOf(int column) {
        return featureOfColumn[column];
    }

    public double[] encode(Row row) {
        double[] out = new double[columns.size()];
        int at = 0;
        for (NumericEncoding encoding : numeric) {
            at = encoding.encode(row.number(encoding.name()), out, at);
        }
        for (CategoricalEncoding encoding : categorical) {
            at = encoding.encode(row.category(encoding.name()), out, at);
        }
        return out;
    }

    public double[][] encode(Dataset data) {
        double[][] out = new double[data.size()][];
        for (int i = 0; i < out.length; i++) {
            out[i] = encode(data.row(i));
        }
        return out;
    }

    void write(DataOutputStream out) throws IOException {
        out.writeInt(numeric.length);
        for (NumericEncoding encoding : numeric) {
            encoding.write(out);
        }
        out.writeInt(categorical.length);
        for (CategoricalEncoding encoding : categorical) {
            encoding.write(out);
        }
    }

    static FeaturePipeline read(DataInputStream in) throws IOException {
        NumericEncoding[] numeric = new NumericEncoding[in.readInt()];
        for (int i = 0; i < numeric.length; i++) {
            numeric[i] = NumericEncoding.read(in);
        }
        CategoricalEncoding[] categorical = new CategoricalEncoding[in.readInt()];
        for (int i = 0; i < categorical.length; i++) {
            categorical[i] = CategoricalEncoding.read(in);
        }
        FeatureSchema schema = new FeatureSchema(Arrays.stream(numeric).map(NumericEncoding::name).toList(),
                Arrays.stream(categorical).map(CategoricalEncoding::name).toList());
        return new FeaturePipeline(schema, numeric, categorical);
    }

}
