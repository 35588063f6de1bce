package com.leadscoring.trainer.figures;

import java.util.List;

import com.leadscoring.trainer.calibration.PlattCalibration;
import com.leadscoring.trainer.calibration.ThresholdChoice;
import com.leadscoring.trainer.dnn.EpochStats;

/**
 * The recipe's network: the ensemble of the best variant's fold networks.
 *
 * @param variant the network variant it is made of
 * @param members fold networks averaged
 * @param calibration Platt scaling fitted on every row's out-of-fold logits
 * @param threshold the max-F1 threshold on the calibrated out-of-fold probabilities
 * @param bestEpochs each fold network's best epoch
 * @param history the first fold network's epochs
 */
public record NetworkFigures(
        String variant,
        int members,
        PlattCalibration calibration,
        ThresholdChoice threshold,
        List<Integer> bestEpochs,
        List<EpochStats> history) {}
