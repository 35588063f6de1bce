package com.leadscoring.trainer.cv;

import java.util.function.Function;

import com.leadscoring.trainer.calibration.ThresholdChoice;
import com.leadscoring.trainer.dnn.DnnTrainingResult;
import com.leadscoring.trainer.evaluation.BinaryMetrics;
import com.leadscoring.trainer.normalize.FeatureMatrix;

/**
 * The network on one fold.
 *
 * @param fold fold index
 * @param tuning threshold (and its F1) chosen on the fold's tuning slice
 * @param heldOut figures on the fold's held-out rows at that threshold
 * @param probabilities calibrated probabilities of the held-out rows
 * @param logits the network's uncalibrated logits of the held-out rows (the served ensemble is calibrated on them)
 * @param dnn the network's training result, uncalibrated
 * @param predictor probabilities of any matrix normalized like this fold's
 * @param millis time to fit, calibrate and predict
 */
public record NetworkFold(
        int fold,
        ThresholdChoice tuning,
        BinaryMetrics heldOut,
        double[] probabilities,
        double[] logits,
        DnnTrainingResult dnn,
        Function<FeatureMatrix, double[]> predictor,
        long millis)
        implements FoldOutcome {}
