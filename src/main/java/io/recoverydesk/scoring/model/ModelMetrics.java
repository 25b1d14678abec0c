package io.recoverydesk.scoring.model;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.IntStream;

/**
 * How well predicted probabilities match outcomes on rows the model did not see.
 *
 * @param count rows evaluated
 * @param baseRate share of positive rows
 * @param auc area under the ROC curve: the chance that a random positive row scores above
 * a random negative one, ties counting half
 * @param brier mean squared difference between predicted probability and outcome
 * @param deciles the rows in ten groups by predicted probability, highest first
 */
public record ModelMetrics(int count, double baseRate, double auc, double brier, List<Decile> deciles) {

    public ModelMetrics {
        deciles = List.copyOf(deciles);
    }

    /**
     * One tenth of the rows by predicted probability (1 = highest scores).
     *
     * @param decile 1 to 10
     * @param count rows in it
     * @param meanPredicted mean predicted probability (calibration: compare with
     * {@code observedRate})
     * @param observedRate share of positive rows
     * @param lift observed rate ÷ base rate
     * @param cumulativeCapture share of all positive rows found in this and the higher
     * deciles
     */
    public record Decile(int decile, int count, double meanPredicted, double observedRate, double lift,
            double cumulativeCapture) {
    }

    /** Scores a model on held-out rows. */
    public static ModelMetrics evaluate(PropensityModel model, Dataset holdout) {
        double[] predicted = model.probabilities(holdout.examples().stream().map(Example::row).toList());
        boolean[] actual = new boolean[holdout.size()];
        for (int i = 0; i < actual.length; i++) {
            actual[i] = holdout.positive(i);
        }
        return of(predicted, actual);
    }

    /**
     * Metrics of predictions against outcomes. Rows with equal predictions are put into
     * deciles in their given order, so the result depends only on the inputs.
     */
    public static ModelMetrics of(double[] predicted, boolean[] actual) {
        if (predicted.length != actual.length) {
            throw new IllegalArgumentException("predictions and outcomes differ in length");
        }
        int n = predicted.length;
        if (n == 0) {
            throw new IllegalArgumentException("no rows to evaluate");
        }
        int positives = 0;
        double brier = 0;
        for (int i = 0; i < n; i++) {
            double p = predicted[i];
            if (!(p >= 0 && p <= 1)) {
                throw new IllegalArgumentException("prediction " + p + " is not a probability");
            }
            double y = actual[i] ? 1 : 0;
            positives += (int) y;
            brier += (p - y) * (p - y);
        }
        double baseRate = (double) positives / n;
        return new ModelMetrics(n, baseRate, auc(predicted, actual), brier / n,
                deciles(predicted, actual, positives, baseRate));
    }

    /**
     * The Mann-Whitney estimate of the AUC with mid-ranks for ties; NaN when one class is
     * absent.
     */
    public static double auc(double[] scores, boolean[] actual) {
        int n = scores.length;
        Integer[] order = IntStream.range(0, n).boxed().toArray(Integer[]::new);
        java.util.Arrays.sort(order, Comparator.comparingDouble((Integer i) -> scores[i]));
        double positiveRankSum = 0;
        long positives = 0;
        int i = 0;
        while (i < n) {
            int j = i;
            while (j + 1 < n && scores[order[j + 1]] == scores[order[i]]) {
                j++;
            }
            // ranks i+1 .. j+1 share their mean
            double midRank = (i + j + 2) / 2.0;
            for (int k = i; k <= j; k++) {
                if (actual[order[k]]) {
                    positiveRankSum += midRank;
                    positives++;
                }
            }
            i = j + 1;
        }
        long negatives = n - positives;
        if (positives == 0 || negatives == 0) {
            return Double.NaN;
        }
        return (positiveRankSum - positives * (positives + 1) / 2.0) / ((double) positives * negatives);
    }

    private static List<Decile> deciles(double[] predicted, boolean[] actual, int positives, double baseRate) {
        int n = predicted.length;
        Integer[] order = IntStream.range(0, n).boxed().toArray(Integer[]::new);
        // stable sort: ties keep their input order
        java.util.Arrays.sort(order, Comparator.comparingDouble((Integer i) -> -predicted[i]));
        List<Decile> out = new ArrayList<>();
        int captured = 0;
        for (int d = 0; d < 10; d++) {
            int from = (int) ((long) n * d / 10);
            int to = (int) ((long) n * (d + 1) / 10);
            if (from == to) {
                continue;
            }
            double sumPredicted = 0;
            int hits = 0;
            for (int k = from; k < to; k++) {
                sumPredicted += predicted[order[k]];
                hits += actual[order[k]] ? 1 : 0;
            }
            captured += hits;
            int count = to - from;
            double observed = (double) hits / count;
            out.add(new Decile(d + 1, count, sumPredicted / count, observed,
                    (baseRate > 0) ? observed / baseRate : Double.NaN,
                    (positives > 0) ? (double) captured / positives : Double.NaN));
        }
        return out;
    }

}
