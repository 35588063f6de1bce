package com.leadscoring.decision;

import java.util.Arrays;

/**
 * Where a probability stands among the training leads: quantiles of the published model's out-of-fold probabilities
 * (each lead scored by a model that never saw it), so {@link #percentile(double)} says what share of past leads scored
 * lower. A sales team reads "top 3 %" where a probability of 0.04 says little. Small (1,001 quantiles) and stored,
 * checksummed, beside the model.
 *
 * @param leads how many out-of-fold probabilities the quantiles summarise
 * @param quantiles non-decreasing; {@code quantiles[k]} is the probability below which {@code k / (length − 1)} of them
 *     lie
 */
public record ScoreDistribution(int leads, double[] quantiles) {

    /** Quantiles kept: every 0.1 percentile. */
    public static final int POINTS = 1001;

    public ScoreDistribution {
        if (quantiles == null || quantiles.length < 2) {
            throw new IllegalArgumentException("a score distribution needs at least 2 quantiles");
        }
        quantiles = quantiles.clone();
        for (int i = 0; i < quantiles.length; i++) {
            if (!(quantiles[i] >= 0 && quantiles[i] <= 1) || (i > 0 && quantiles[i] < quantiles[i - 1])) {
                throw new IllegalArgumentException(
                        "score distribution quantiles must be probabilities, non-decreasing");
            }
        }
        if (leads < 1) {
            throw new IllegalArgumentException("a score distribution needs at least one lead");
        }
    }

    /** The distribution of {@code probabilities}; NaN entries (rows no fold held out) are left out. */
    public static ScoreDistribution of(double[] probabilities) {
        double[] p = Arrays.stream(probabilities)
                .filter(v -> !Double.isNaN(v))
                .sorted()
                .toArray();
        if (p.length == 0) {
            throw new IllegalArgumentException("no probabilities to summarise");
        }
        double[] q = new double[POINTS];
        for (int k = 0; k < POINTS; k++) {
            // Linear interpolation between order statistics (the usual "type 7" quantile).
            double rank = (double) k / (POINTS - 1) * (p.length - 1);
            int lo = (int) Math.floor(rank);
            int hi = Math.min(lo + 1, p.length - 1);
            q[k] = p[lo] + (rank - lo) * (p[hi] - p[lo]);
        }
        return new ScoreDistribution(p.length, q);
    }

    /**
     * The share of training leads, in percent (0–100, one decimal), whose out-of-fold probability is below
     * {@code probability}; never falls as the probability rises.
     */
    public double percentile(double probability) {
        int m = quantiles.length;
        // k = how many quantiles lie below the probability.
        int lo = 0;
        int hi = m;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (quantiles[mid] < probability) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        int k = lo;
        double share;
        if (k == 0) {
            share = 0;
        } else if (k == m) {
            share = 1;
        } else {
            double a = quantiles[k - 1];
            double b = quantiles[k];
            share = (k - 1 + (probability - a) / (b - a)) / (m - 1);
        }
        return Math.floor(1000 * share) / 10;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ScoreDistribution d && d.leads == leads && Arrays.equals(d.quantiles, quantiles);
    }

    @Override
    public int hashCode() {
        return 31 * leads + Arrays.hashCode(quantiles);
    }

    @Override
    public String toString() {
        return "ScoreDistribution[" + leads + " leads, median " + quantiles[quantiles.length / 2] + "]";
    }
}
