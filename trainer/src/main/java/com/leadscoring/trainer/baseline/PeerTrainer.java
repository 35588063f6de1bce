package com.leadscoring.trainer.baseline;

import com.leadscoring.trainer.normalize.FeatureMatrix;

/**
 * The contract every peer of the network fits by: one fold's fitting rows and that fold's seed (from {@code cv.Seeds},
 * derived from {@code --seed}) in, a model that predicts probabilities out. Settings live in the trainer; the seed is
 * always an argument, so no peer keeps one of its own.
 */
@FunctionalInterface
public interface PeerTrainer {

    ProbabilityModel fit(FeatureMatrix fitting, long seed);
}
