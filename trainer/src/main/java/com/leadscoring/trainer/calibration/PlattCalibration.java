package com.leadscoring.trainer.calibration;

/**
 * Platt scaling of a classifier's logit: {@code p = sigmoid(slope * logit + intercept)}. Fitted on the tuning slice so
 * that a probability means what it says at the real base rate (SMOTE-trained networks are over-confident).
 *
 * @param slope multiplies the raw logit
 * @param intercept added after scaling
 */
public record PlattCalibration(double slope, double intercept) {

    /** No calibration: {@code p = sigmoid(logit)}. */
    public static final PlattCalibration IDENTITY = new PlattCalibration(1.0, 0.0);

    public PlattCalibration {
        if (!Double.isFinite(slope) || !Double.isFinite(intercept)) {
            throw new IllegalArgumentException("calibration parameters must be finite: " + slope + ", " + intercept);
        }
    }

    /** The calibrated logit. */
    public double calibratedLogit(double logit) {
        return slope * logit + intercept;
    }

    /** The calibrated probability. */
    public double probability(double logit) {
        return Sigmoid.of(calibratedLogit(logit));
    }
}
