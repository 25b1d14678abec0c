package io.recoverydesk.scoring.model;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Repeated stratified k-fold cross-validation: each repeat shuffles the positive and the
 * negative rows apart and deals them round-robin into k folds, so every fold keeps the
 * base rate; each fold is scored by a model trained on the other k - 1.
 */
public final class CrossValidation {

    private CrossValidation() {
    }

    /**
     * The AUC of every held-out fold, with their mean and standard deviation.
     * @param data the labelled rows
     * @param trainer what to fit on each training part
     * @param k folds per repeat (at least 2)
     * @param repeats how many different shuffles
     * @param seed fixes the shuffles
     */
    public static Result repeatedKFold(Dataset data, PropensityTrainer trainer, int k, int repeats, long seed) {
        int positives = data.positives();
        int negatives = data.size() - positives;
        if (k < 2 || repeats < 1) {
            throw new IllegalArgumentException("need k >= 2 and repeats >= 1");
        }
        if (positives < k || negatives < k) {
            throw new IllegalArgumentException("each fold needs both outcomes: " + positives + " positive and "
                    + negatives + " negative rows for " + k + " folds");
        }
        SplittableRandom random = new SplittableRandom(seed);
        List<Double> aucs = new ArrayList<>();
        for (int r = 0; r < repeats; r++) {
            int[] fold = assignFolds(data, k, random);
            for (int f = 0; f < k; f++) {
                Dataset training = data.subset(indices(fold, f, false));
                Dataset holdout = data.subset(indices(fold, f, true));
                try (PropensityModel model = trainer.train(training)) {
                    aucs.add(ModelMetrics.evaluate(model, holdout).auc());
                }
            }
        }
        return new Result(trainer.name(), k, repeats, aucs);
    }

    /**
     * Trains on a stratified random part of the rows and measures the model on the rest.
     * @param holdoutShare share of each outcome's rows held out, between 0 and 1
     * @param seed fixes the split (the trainer has its own seed)
     */
    public static Holdout holdout(Dataset data, PropensityTrainer trainer, double holdoutShare, long seed) {
        if (!(holdoutShare > 0 && holdoutShare < 1)) {
            throw new IllegalArgumentException("holdoutShare must be between 0 and 1");
        }
        SplittableRandom random = new SplittableRandom(seed);
        int[] fold = new int[data.size()];
        for (List<Integer> rows : shuffledByOutcome(data, random)) {
            long held = Math.round(holdoutShare * rows.size());
            for (int i = 0; i < rows.size(); i++) {
                fold[rows.get(i)] = (i < held) ? 0 : 1;
            }
        }
        Dataset training = data.subset(indices(fold, 0, false));
        Dataset holdout = data.subset(indices(fold, 0, true));
        PropensityModel model = trainer.train(training);
        return new Holdout(model, ModelMetrics.evaluate(model, holdout), training.size(), holdout.size());
    }

    private static int[] assignFolds(Dataset data, int k, SplittableRandom random) {
        int[] fold = new int[data.size()];
        for (List<Integer> rows : shuffledByOutcome(data, random)) {
            for (int i = 0; i < rows.size(); i++) {
                fold[rows.get(i)] = i % k;
            }
        }
        return fold;
    }

    /** The positive rows, then the negative rows, each in a random order. */
    private static List<List<Integer>> shuffledByOutcome(Dataset data, SplittableRandom random) {
        List<List<Integer>> out = new ArrayList<>();
        for (boolean outcome : new boolean[] { true, false }) {
            List<Integer> rows = new ArrayList<>();
            for (int i = 0; i < data.size(); i++) {
                if (data.positive(i) == outcome) {
                    rows.add(i);
                }
            }
            // Fisher-Yates
            for (int i = rows.size() - 1; i > 0; i--) {
                int j = random.nextInt(i + 1);
                rows.set(j, rows.set(i, rows.get(j)));
            }
            out.add(rows);
        }
        return out;
    }

    private static int[] indices(int[] fold, int f, boolean inFold) {
        List<Integer> out = new ArrayList<>();
        for (int i = 0; i < fold.length; i++) {
            if ((fold[i] == f) == inFold) {
                out.add(i);
            }
        }
        return out.stream().mapToInt(Integer::intValue).toArray();
    }

    /**
     * A model and its metrics on rows it was not trained on.
     *
     * @param model trained on the other rows
     * @param metrics on the held-out rows
     * @param trainingRows rows trained on
     * @param holdoutRows rows measured on
     */
    public record Holdout(PropensityModel model, ModelMetrics metrics, int trainingRows, int holdoutRows) {
    }

    /**
     * Cross-validated AUCs of one trainer.
     *
     * @param trainer the trainer's name
     * @param folds k
     * @param repeats number of repeats
     * @param aucs one AUC per held-out fold, repeat by repeat
     */
    public record Result(String trainer, int folds, int repeats, List<Double> aucs) {

        public Result {
            aucs = List.copyOf(aucs);
        }

        public double meanAuc() {
            return aucs.stream().mapToDouble(Double::doubleValue).average().orElse(Double.NaN);
        }

        /** Sample standard deviation of the fold AUCs. */
        public double sdAuc() {
            double mean = meanAuc();
            double squares = aucs.stream().mapToDouble((a) -> (a - mean) * (a - mean)).sum();
            return Math.sqrt(squares / Math.max(1, aucs.size() - 1));
        }

        @Override
        public String toString() {
            return String.format(java.util.Locale.ROOT, "%s: AUC %.4f ± %.4f (%d-fold × %d)", trainer, meanAuc(),
                    sdAuc(), folds, repeats);
        }

    }

}
