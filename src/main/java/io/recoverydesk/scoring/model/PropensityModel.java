package io.recoverydesk.scoring.model;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import ml.dmlc.xgboost4j.java.Booster;

/**
 * A trained propensity-to-pay model: the feature pipeline it was trained with and one or
 * more XGBoost boosters whose log-odds it adds with fixed weights.
 * <p>
 * Reason codes are exact shares of the score: for each booster, each encoded column's
 * contribution (weight × value for the linear booster, TreeSHAP for trees) minus its mean
 * over the training rows, summed per feature. The contributions of all features add up to
 * {@link #logOdds(Row)} minus {@link #baselineLogOdds()}, the mean over the training
 * rows, so a reason says how far this account sits from the training population and why.
 * <p>
 * The boosters live in native memory: {@link #close()} frees it (otherwise the garbage
 * collector does, eventually). Scoring is safe from several threads.
 */
public final class PropensityModel implements AutoCloseable {

    private static final int MAGIC = 0x5244504D;

    private static final int FORMAT = 1;

    private final String algorithm;

    private final FeaturePipeline pipeline;

    private final List<Part> parts;

    private PropensityModel(String algorithm, FeaturePipeline pipeline, List<Part> parts) {
        this.algorithm = algorithm;
        this.pipeline = pipeline;
        this.parts = List.copyOf(parts);
    }

    /**
     * A model from trained boosters, with their mean contributions over the training
     * rows.
     */
    static PropensityModel of(String algorithm, FeaturePipeline pipeline, double[][] training, double[] weights,
            Booster... boosters) {
        List<Part> parts = new ArrayList<>();
        for (int b = 0; b < boosters.length; b++) {
            Booster booster = boosters[b];
            double[][] contributions = Boosters.contributions(booster, training);
            double[] margins = Boosters.margins(booster, training);
            double[] meanContribution = new double[pipeline.columns().size()];
            double meanMargin = 0;
            for (int i = 0; i < training.length; i++) {
                for (int j = 0; j < meanContribution.length; j++) {
                    meanContribution[j] += contributions[i][j] / training.length;
                }
                meanMargin += margins[i] / training.length;
            }
            parts.add(new Part(weights[b], booster, meanContribution, meanMargin));
        }
        return new PropensityModel(algorithm, pipeline, parts);
    }

    /** Which trainer made it, e.g. {@code logistic} or {@code logistic+boosted-trees}. */
    public String algorithm() {
        return algorithm;
    }

    public FeatureSchema schema() {
        return pipeline.schema();
    }

    /**
     * The probability of the positive outcome (for propensity to pay: that the debtor
     * pays).
     */
    public double probability(Row row) {
        return sigmoid(logOdds(row));
    }

    /** Probabilities for many rows at once, much cheaper per row than one at a time. */
    public double[] probabilities(List<Row> rows) {
        double[] out = logOdds(encode(rows));
        for (int i = 0; i < out.length; i++) {
            out[i] = sigmoid(out[i]);
        }
        return out;
    }

    public double logOdds(Row row) {
        return logOdds(new double[][] { pipeline.encode(row) })[0];
    }

    /** The mean log-odds over the training rows: where every reason code starts from. */
    public double baselineLogOdds() {
        return parts.stream().mapToDouble((p) -> p.weight * p.meanMargin).sum();
    }

    /**
     * Every feature's shift of this row's log-odds away from the training population, in
     * schema order; they add up to {@code logOdds(row) - baselineLogOdds()}.
     */
    public Map<String, Double> contributions(Row row) {
        double[][] x = { pipeline.encode(row) };
        List<String> features = pipeline.schema().names();
        double[] byFeature = new double[features.size()];
        for (Part part : parts) {
            double[] contribution = Boosters.contributions(part.booster, x)[0];
            for (int j = 0; j < contribution.length; j++) {
                byFeature[pipeline.featureOf(j)] += part.weight * (contribution[j] - part.meanContribution[j]);
            }
        }
        Map<String, Double> out = new LinkedHashMap<>();
        for (int f = 0; f < byFeature.length; f++) {
            out.put(features.get(f), byFeature[f]);
        }
        return out;
    }

    /**
     * The features that move this row's score most, up or down, largest shift first;
     * features that make no difference are left out.
     */
    public List<ReasonCode> reasons(Row row, int top) {
        if (top < 0) {
            throw new IllegalArgumentException("top must not be negative");
        }
        return contributions(row).entrySet()
            .stream()
            .filter((e) -> Math.abs(e.getValue()) > 1e-9)
            .sorted(Comparator.comparingDouble((Map.Entry<String, Double> e) -> -Math.abs(e.getValue()))
                .thenComparing(Map.Entry::getKey))
            .limit(top)
            .map((e) -> ReasonCode.of(e.getKey(), e.getValue()))
            .toList();
    }

    /**
     * The whole model as bytes, for storage; {@link #fromBytes(byte[])} reads it back.
     */
    public byte[] toBytes() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            out.writeInt(MAGIC);
            out.writeInt(FORMAT);
            out.writeUTF(algorithm);
            pipeline.write(out);
            out.writeInt(parts.size());
            for (Part part : parts) {
                out.writeDouble(part.weight);
                out.writeDouble(part.meanMargin);
                out.writeInt(part.meanContribution.length);
                for (double v : part.meanContribution) {
                    out.writeDouble(v);
                }
                byte[] booster = Boosters.toBytes(part.booster);
                out.writeInt(booster.length);
                out.write(booster);
            }
        }
        catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
        return bytes.toByteArray();
    }

    /**
     * Reads a model written by {@link #toBytes()}.
     * @throws IllegalArgumentException when the bytes are not such a model
     */
    public static PropensityModel fromBytes(byte[] bytes) {
        try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(bytes))) {
            if (in.readInt() != MAGIC) {
                throw new IllegalArgumentException("not a propensity model");
            }
            int format = in.readInt();
            if (format != FORMAT) {
                throw new IllegalArgumentException("unknown propensity model format " + format);
            }
            String algorithm = in.readUTF();
            FeaturePipeline pipeline = FeaturePipeline.read(in);
            int count = in.readInt();
            List<Part> parts = new ArrayList<>();
            for (int p = 0; p < count; p++) {
                double weight = in.readDouble();
                double meanMargin = in.readDouble();
                double[] meanContribution = new double[in.readInt()];
                for (int j = 0; j < meanContribution.length; j++) {
                    meanContribution[j] = in.readDouble();
                }
                byte[] booster = new byte[in.readInt()];
                in.readFully(booster);
                parts.add(new Part(weight, Boosters.fromBytes(booster), meanContribution, meanMargin));
            }
            return new PropensityModel(algorithm, pipeline, parts);
        }
        catch (IOException | RuntimeException ex) {
            if (ex instanceof IllegalArgumentException illegal) {
                throw illegal;
            }
            throw new IllegalArgumentException("not a readable propensity model: " + ex.getMessage(), ex);
        }
    }

    /** Frees the boosters' native memory; the model cannot score afterwards. */
    @Override
    public void close() {
        parts.forEach((part) -> part.booster.dispose());
    }

    private double[][] encode(List<Row> rows) {
        double[][] x = new double[rows.size()][];
        for (int i = 0; i < x.length; i++) {
            x[i] = pipeline.encode(rows.get(i));
        }
        return x;
    }

    private double[] logOdds(double[][] x) {
        double[] out = new double[x.length];
        if (x.length == 0) {
            return out;
        }
        for (Part part : parts) {
            double[] margins = Boosters.margins(part.booster, x);
            for (int i = 0; i < out.length; i++) {
                out[i] += part.weight * margins[i];
            }
        }
        return out;
    }

    private static double sigmoid(double z) {
        return 1 / (1 + Math.exp(-z));
    }

    private record Part(double weight, Booster booster, double[] meanContribution, double meanMargin) {
    }

}
