package com.leadscoring.trainer.baseline;

import com.leadscoring.trainer.normalize.FeatureMatrix;

/** A fitted model that gives each row's probability of buying. */
public interface ProbabilityModel {

    double[] predict(FeatureMatrix m);
}
