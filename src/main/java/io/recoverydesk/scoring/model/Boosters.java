package io.recoverydesk.scoring.model;

import java.io.IOException;
import java.util.HashMap;
import java.util.Map;

import ml.dmlc.xgboost4j.java.Booster;
import ml.dmlc.xgboost4j.java.DMatrix;
import ml.dmlc.xgboost4j.java.XGBoost;
import ml.dmlc.xgboost4j.java.XGBoostError;

/**
 * The few XGBoost calls the trainers and models make, with native matrices freed as soon
 * as they are used and XGBoost's checked errors turned into unchecked ones.
 */
final class Boosters {

    private Boosters() {
    }

    static Booster train(Map<String, Object> params, int rounds, double[][] x, boolean[] y) {
        DMatrix matrix = null;
        try {
            matrix = new DMatrix(flatten(x), x.length, columns(x), Float.NaN);
            float[] labels = new float[y.length];
            for (int i = 0; i < y.length; i++) {
                labels[i] = y[i] ? 1 : 0;
            }
            matrix.setLabel(labels);
            Map<String, Object> all = new HashMap<>(params);
            all.put("objective", "binary:logistic");
            all.put("verbosity", 0);
            return XGBoost.train(matrix, all, rounds, Map.of(), null, null);
        }
        catch (XGBoostError ex) {
            throw new IllegalStateException("XGBoost training failed: " + ex.getMessage(), ex);
        }
        finally {
            if (matrix != null) {
                matrix.dispose();
            }
        }
    }

    /** Log-odds per row. */
    static double[] margins(Booster booster, double[][] x) {
        DMatrix matrix = null;
        try {
            matrix = new DMatrix(flatten(x), x.length, columns(x), Float.NaN);
            float[][] predicted = booster.predict(matrix, true, 0);
            double[] out = new double[x.length];
            for (int i = 0; i < out.length; i++) {
                out[i] = predicted[i][0];
            }
            return out;
        }
        catch (XGBoostError ex) {
            throw new IllegalStateException("XGBoost prediction failed: " + ex.getMessage(), ex);
        }
        finally {
            if (matrix != null) {
                matrix.dispose();
            }
        }
    }

    /**
     * Per row, each column's additive share of the log-odds (SHAP values for trees,
     * weight × value for a linear booster); the bias term is left out.
     */
    static double[][] contributions(Booster booster, double[][] x) {
        DMatrix matrix = null;
        try {
            int columns = columns(x);
            matrix = new DMatrix(flatten(x), x.length, columns, Float.NaN);
            float[][] predicted = booster.predictContrib(matrix, 0);
            double[][] out = new double[x.length][columns];
            for (int i = 0; i < x.length; i++) {
                for (int j = 0; j < columns; j++) {
                    out[i][j] = predicted[i][j];
                }
            }
            return out;
        }
        catch (XGBoostError ex) {
            throw new IllegalStateException("XGBoost contributions failed: " + ex.getMessage(), ex);
        }
        finally {
            if (matrix != null) {
                matrix.dispose();
            }
        }
    }

    static byte[] toBytes(Booster booster) {
        try {
            return booster.toByteArray("ubj");
        }
        catch (XGBoostError ex) {
            throw new IllegalStateException("XGBoost could not save a model: " + ex.getMessage(), ex);
        }
    }

    static Booster fromBytes(byte[] bytes) {
        try {
            return XGBoost.loadModel(bytes);
        }
        catch (XGBoostError | IOException ex) {
            throw new IllegalArgumentException("not an XGBoost model: " + ex.getMessage(), ex);
        }
    }

    private static int columns(double[][] x) {
        return (x.length == 0) ? 0 : x[0].length;
    }

    private static float[] flatten(double[][] x) {
        int columns = columns(x);
        float[] out = new float[x.length * columns];
        for (int i = 0; i < x.length; i++) {
            for (int j = 0; j < columns; j++) {
                out[i * columns + j] = (float) x[i][j];
            }
        }
        return out;
    }

}
