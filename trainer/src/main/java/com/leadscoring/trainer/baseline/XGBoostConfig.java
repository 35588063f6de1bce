package com.leadscoring.trainer.baseline;

/**
 * Settings of the gradient-boosting peer (configuration, not fitted state).
 *
 * @param trees boosting rounds
 * @param eta learning rate
 * @param maxDepth depth of each tree
 * @param minChildWeight minimum hessian weight in a leaf
 * @param subsample share of rows each tree sees
 * @param featureSubsample share of features each tree sees
 */
public record XGBoostConfig(
        int trees, double eta, int maxDepth, double minChildWeight, double subsample, double featureSubsample) {

    public XGBoostConfig {
        if (trees < 1
                || !(eta > 0)
                || maxDepth < 1
                || !(subsample > 0 && subsample <= 1)
                || !(featureSubsample > 0 && featureSubsample <= 1)
                || minChildWeight < 0) {
            throw new IllegalArgumentException(
                    "invalid XGBoost settings: trees " + trees + ", eta " + eta + ", depth " + maxDepth);
        }
    }

    /** 300 rounds of depth-4 trees at eta 0.05 with row and column subsampling: a sound default for tabular data. */
    public static XGBoostConfig defaults() {
        return new XGBoostConfig(300, 0.05, 4, 1.0, 0.8, 0.8);
    }
}
