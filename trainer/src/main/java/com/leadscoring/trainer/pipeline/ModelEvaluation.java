package com.leadscoring.trainer.pipeline;

import com.leadscoring.trainer.calibration.ThresholdChoice;
import com.leadscoring.trainer.evaluation.BinaryMetrics;

/**
 * One model's result: the threshold chosen on the tuning slice and the figures on the validation hold-out at it.
 *
 * @param model         name, e.g. {@code dnn}, {@code random_forest}
 * @param smote         the oversampling its fitting data had
 * @param tuning        threshold and F1 on the tuning slice
 * @param validation    figures on the validation hold-out at that threshold
 * @param probabilities its validation probabilities, for the report's curves
 * @param fitMillis     time to fit (and calibrate)
 */
public record ModelEvaluation(String model, SmoteMode smote, ThresholdChoice tuning, BinaryMetrics validation,
                              double[] probabilities, long fitMillis) {
}
