package io.recoverydesk.scoring.model;

/** Fits a model on labelled rows. Implementations are deterministic for a given seed. */
public interface PropensityTrainer {

    /** A short name for reports ("logistic", "logistic+boosted-trees"). */
    String name();

    /**
     * Fits a model.
     * @throws IllegalArgumentException when the rows lack one of the two outcomes
     */
    PropensityModel train(Dataset training);

    /** The trainer for production models ({@link BlendTrainer} with its defaults). */
    static PropensityTrainer production(long seed) {
        return BlendTrainer.defaults(seed);
    }

}
