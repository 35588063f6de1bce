package com.leadscoring.scoring;

/**
 * Log-odds {@code ln(p / (1 − p))} of a float32 probability, for models whose graph has no log-odds output (those
 * published before it existed, and Tribuo's logistic regression). 0 and 1 are moved just inside the float32 range so
 * every probability has a finite value and distinct probabilities keep distinct values; where a float32 probability has
 * already saturated to 1, its log-odds cannot be recovered, which is why newer graphs output them.
 */
final class LogOdds {

    /** Half the gap between 1 and the largest float below it: above every probability float32 can hold below 1. */
    private static final double TOP = 1 - 0x1p-25;

    private static final double BOTTOM = 0x1p-151;

    private LogOdds() {}

    static double of(double p) {
        double q = Math.min(Math.max(p, BOTTOM), TOP);
        return Math.log(q) - Math.log1p(-q);
    }
}
