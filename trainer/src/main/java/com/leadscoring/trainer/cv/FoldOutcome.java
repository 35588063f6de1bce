package com.leadscoring.trainer.cv;

import java.util.function.Function;

import com.leadscoring.trainer.calibration.ThresholdChoice;
import com.leadscoring.trainer.evaluation.BinaryMetrics;
import com.leadscoring.trainer.normalize.FeatureMatrix;

/**
 * One candidate on one fold: a network's ({@link NetworkFold}, which also keeps its logits and training history) or a
 * peer's ({@link PeerFold}).
 */
public sealed interface FoldOutcome permits NetworkFold, PeerFold {

    /** Fold index. */
    int fold();

    /** Threshold (and its F1) chosen on the fold's tuning slice. */
    ThresholdChoice tuning();

    /** Figures on the fold's held-out rows at that threshold. */
    BinaryMetrics heldOut();

    /** Calibrated probabilities of the held-out rows. */
    double[] probabilities();

    /** Probabilities of any matrix normalized like this fold's (for permutation importance). */
    Function<FeatureMatrix, double[]> predictor();

    /** Time to fit, calibrate and predict. */
    long millis();
}
