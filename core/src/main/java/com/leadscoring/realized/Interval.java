package com.leadscoring.realized;

/**
 * A 95 % bootstrap interval (the 2.5th and 97.5th percentiles of the resampled figure); NaN ends when the figure cannot
 * be computed (no buyer, say).
 */
public record Interval(double low, double high) {

    public static final Interval UNDEFINED = new Interval(Double.NaN, Double.NaN);

    public boolean defined() {
        return !Double.isNaN(low) && !Double.isNaN(high);
    }
}
