package io.recoverydesk.scoring.model;

import java.util.Map;

import ml.dmlc.xgboost4j.java.Booster;

/**
 * Plain logistic regression on the one-hot and standardised columns, lightly regularised:
 * the yardstick every other trainer must beat. Fitted by XGBoost's linear booster (cyclic
 * coordinate descent on the penalised log-loss), which lands on the same coefficients as
 * an exact solver.
 *
 * @param l2 L2 penalty per training row ({@code 1e-3} is about {@code C = 1} in LIBLINEAR
 * or scikit-learn for a thousand rows)
 * @param rounds coordinate-descent passes over the columns
 */
public record LogisticBaseline(double l2, int rounds) implements PropensityTrainer {

    public LogisticBaseline {
        if (!(l2 >= 0) || rounds < 1) {
            throw new IllegalArgumentException("need l2 >= 0 and rounds >= 1");
        }
    }

    public static LogisticBaseline defaults() {
        return new LogisticBaseline(1e-3, 100);
    }

    @Override
    public String name() {
        return "logistic";
    }

    @Override
    public PropensityModel train(Dataset training) {
        training.requireBothOutcomes();
        FeaturePipeline pipeline = FeaturePipeline.fit(training);
        double[][] x = pipeline.encode(training);
        Booster booster = fit(x, outcomes(training));
        return PropensityModel.of(name(), pipeline, x, new double[] { 1 }, booster);
    }

    Booster fit(double[][] x, boolean[] y) {
        // eta 1: each pass takes the full Newton step per coordinate; single-threaded so
        // that the coordinate order, and with it the result, never varies
        Map<String, Object> params = Map.of("booster", "gblinear", "updater", "coord_descent", "feature_selector",
                "cyclic", "lambda", l2, "alpha", 0.0, "eta", 1.0, "nthread", 1);
        return Boosters.train(params, rounds, x, y);
    }

    static boolean[] outcomes(Dataset data) {
        boolean[] y = new boolean[data.size()];
        for (int i = 0; i < y.length; i++) {
            y[i] = data.positive(i);
        }
        return y;
    }

}
