package com.leadscoring.drift;

import java.util.Locale;

/**
 * Population stability index: {@code Σ (actual − expected) · ln(actual / expected)} over the bins of a distribution,
 * with the usual bands (below 0.1 stable, 0.1 to 0.25 watch, 0.25 and above shifted).
 */
public final class Psi {

    /**
     * Share given to an empty bin so that the logarithm stays finite. Small enough that a bin empty on one side and
     * holding 1 % on the other adds only about 0.05, large enough that one empty rare bin cannot flag a field alone.
     */
    public static final double EPSILON = 1e-4;

    public static final double WATCH = 0.1;
    public static final double SHIFTED = 0.25;

    /** The usual PSI bands. */
    public enum Band {
        STABLE,
        WATCH,
        SHIFTED;

        public String label() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    private Psi() {}

    /** PSI of {@code actual} against {@code expected}; both are shares over the same bins (each summing to about 1). */
    public static double of(double[] expected, double[] actual) {
        if (expected.length != actual.length) {
            throw new IllegalArgumentException(
                    "distributions have " + expected.length + " and " + actual.length + " bins");
        }
        double psi = 0;
        for (int i = 0; i < expected.length; i++) {
            psi += contribution(expected[i], actual[i]);
        }
        return psi;
    }

    /** One bin's term; never negative. */
    public static double contribution(double expected, double actual) {
        double e = Math.max(expected, EPSILON);
        double a = Math.max(actual, EPSILON);
        return (a - e) * Math.log(a / e);
    }

    public static Band band(double psi) {
        if (psi >= SHIFTED) {
            return Band.SHIFTED;
        }
        return psi >= WATCH ? Band.WATCH : Band.STABLE;
    }

    /** Counts to shares of their total (all zeros when the total is 0). */
    public static double[] shares(long[] counts) {
        long total = 0;
        for (long c : counts) {
            total += c;
        }
        double[] s = new double[counts.length];
        for (int i = 0; i < counts.length && total > 0; i++) {
            s[i] = (double) counts[i] / total;
        }
        return s;
    }
}
