package com.leadscoring.trainer.calibration;

/**
 * A decision threshold (buy when probability ≥ threshold) and its figures on the data it was chosen on.
 *
 * @param threshold the threshold
 * @param f1 F1 there
 * @param precision precision there
 * @param recall recall there
 */
public record ThresholdChoice(double threshold, double f1, double precision, double recall) {}
