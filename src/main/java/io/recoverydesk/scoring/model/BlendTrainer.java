package io.recoverydesk.scoring.model;

import java.util.Map;

import ml.dmlc.xgboost4j.java.Booster;

/**
 * The production trainer: a logistic regression and gradient-boosted trees fitted on the
 * same columns, their log-odds averaged with a fixed weight. The linear part carries the
 * smooth monotone effects (amount, days past due) that trees approximate in steps; the
 * trees add thresholds and interactions the linear part cannot express. Averaging two
 * different learners also evens out their errors, which is why the blend beats either
 * alone on German Credit (see ADR 0014).
 *
 * @param linear the logistic part
 * @param trees the boosted-trees part
 * @param linearWeight share of the log-odds from the logistic part, 0 to 1
 */
public record BlendTrainer(LogisticBaseline linear, Trees trees, double linearWeight) implements PropensityTrainer {

    public BlendTrainer {
        if (!(linearWeight >= 0 && linearWeight <= 1)) {
            throw new IllegalArgumentException("linearWeight must be between 0 and 1");
        }
    }

    /** The settings validated on German Credit, with the trees seeded as given. */
    public static BlendTrainer defaults(long seed) {
        return new BlendTrainer(LogisticBaseline.defaults(), Trees.defaults(seed), 0.5);
    }

    @Override
    public String name() {
        return "logistic+boosted-trees";
    }

    @Override
    public PropensityModel train(Dataset training) {
        training.requireBothOutcomes();
        FeaturePipeline pipeline = FeaturePipeline.fit(training);
        double[][] x = pipeline.encode(training);
        boolean[] y = LogisticBaseline.outcomes(training);
        Booster linearPart = linear.fit(x, y);
        Booster treePart = Boosters.train(trees.params(), trees.rounds(), x, y);
        return PropensityModel.of(name(), pipeline, x, new double[] { linearWeight, 1 - linearWeight }, linearPart,
                treePart);
    }

    /**
     * Gradient-boosted trees (XGBoost {@code hist}).
     *
     * @param rounds number of trees
     * @param learningRate shrinkage per tree
     * @param maxDepth depth of each tree
     * @param minChildWeight smallest hessian sum in a leaf (about rows × p(1 - p))
     * @param subsample share of rows each tree sees
     * @param columnSample share of columns each tree sees
     * @param l2 L2 penalty on leaf weights
     * @param seed fixes the row and column sampling
     * @param threads native threads for training and scoring
     */
    public record Trees(int rounds, double learningRate, int maxDepth, double minChildWeight, double subsample,
            double columnSample, double l2, long seed, int threads) {

        public Trees {
            if (rounds < 1 || maxDepth < 1 || threads < 1) {
                throw new IllegalArgumentException("rounds, maxDepth and threads must be positive");
            }
            if (!(learningRate > 0 && learningRate <= 1) || !(subsample > 0 && subsample <= 1)
                    || !(columnSample > 0 && columnSample <= 1)) {
                throw new IllegalArgumentException("learningRate, subsample and columnSample must be in (0, 1]");
            }
            if (!(minChildWeight >= 0) || !(l2 >= 0)) {
                throw new IllegalArgumentException("minChildWeight and l2 must not be negative");
            }
        }

        /**
         * Shallow trees and a small learning rate: safe on a few hundred rows as on
         * millions.
         */
        public static Trees defaults(long seed) {
            return new Trees(200, 0.05, 3, 1, 0.8, 0.8, 1, seed, 1);
        }

        Map<String, Object> params() {
            return Map.of("booster", "gbtree", "tree_method", "hist", "eta", learningRate, "max_depth", maxDepth,
                    "min_child_weight", minChildWeight, "subsample", subsample, "colsample_bytree", columnSample,
                    "lambda", l2, "seed", seed, "nthread", threads);
        }

    }

}
