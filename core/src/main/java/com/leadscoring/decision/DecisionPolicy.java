package com.leadscoring.decision;

import java.util.List;

/**
 * What a calibrated probability means for sales: the score (0..100), whether the lead is predicted to buy (probability
 * at or above the threshold), and its grade. Fitted by the trainer (the threshold) and stored with the model, so that
 * training and serving apply the same rule and sales can move the bands without a code change.
 *
 * @param threshold probability at or above which a lead is predicted to buy, in [0, 1]
 * @param gradeBands grade bands, sorted from the highest start down, the last starting at 0
 */
public record DecisionPolicy(double threshold, List<GradeBand> gradeBands) {

    public DecisionPolicy {
        if (!(threshold >= 0 && threshold <= 1)) {
            throw new IllegalArgumentException("threshold must be in [0, 1], got " + threshold);
        }
        gradeBands = GradeBand.validated(gradeBands == null ? GradeBand.DEFAULT : gradeBands);
    }

    /** The threshold with the default bands (A 75–100, B 50–74, C 25–49, D 0–24). */
    public static DecisionPolicy withDefaultBands(double threshold) {
        return new DecisionPolicy(threshold, GradeBand.DEFAULT);
    }

    public DecisionPolicy withThreshold(double newThreshold) {
        return new DecisionPolicy(newThreshold, gradeBands);
    }

    /** round(100 × probability). */
    public static int score(double probability) {
        return (int) Math.round(100 * probability);
    }

    public boolean buys(double probability) {
        return probability >= threshold;
    }

    /**
     * The grade of a calibrated probability (by its score when the bands start at scores). Named apart from a score: an
     * int score passed to a {@code grade(double)} would widen silently and grade 75 as probability 75.
     */
    public String gradeOfProbability(double probability) {
        return GradeBand.gradeOf(probability, gradeBands);
    }

    /** A copy with other grade bands (chosen by the trainer from out-of-fold predictions). */
    public DecisionPolicy withGradeBands(List<GradeBand> bands) {
        return new DecisionPolicy(threshold, bands);
    }
}
