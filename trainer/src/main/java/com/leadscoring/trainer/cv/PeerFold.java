package com.leadscoring.trainer.cv;

import java.util.function.Function;

import com.leadscoring.trainer.calibration.ThresholdChoice;
import com.leadscoring.trainer.evaluation.BinaryMetrics;
import com.leadscoring.trainer.normalize.FeatureMatrix;

/**
 * A peer model (XGBoost, random forest, logistic regression) on one fold.
 *
 * @param fold fold index
 * @param tuning threshold (and its F1) chosen on the fold's tuning slice
 * @param heldOut figures on the fold's held-out rows at that threshold
 * @param probabilities the library's probabilities of the held-out rows
 * @param predictor probabilities of any matrix normalized like this fold's
 * @param millis time to fit and predict
 */
public record PeerFold(
        int fold,
        ThresholdChoice tuning,
        BinaryMetrics heldOut,
        double[] probabilities,
        Function<FeatureMatrix, double[]> predictor,
        long millis)
        implements FoldOutcome {}
