package com.leadscoring.realized;

import java.util.Arrays;
import java.util.SplittableRandom;
import java.util.function.ToDoubleFunction;

/**
 * Percentile bootstrap with a fixed seed: each resample draws {@code n} leads with replacement, kept as a count per
 * lead so a figure is recomputed in one weighted pass. The same resamples serve every figure of a version.
 */
final class Bootstrap {

    private final double[][] values;

    /**
     * Resamples {@code sample} {@code resamples} times and computes each figure on each.
     *
     * @param figures what to compute on a resample, given its weights
     */
    @SafeVarargs
    Bootstrap(RankedSample sample, int resamples, long seed, ToDoubleFunction<int[]>... figures) {
        values = new double[figures.length][resamples];
        SplittableRandom random = new SplittableRandom(seed);
        int[] w = new int[sample.n];
        for (int b = 0; b < resamples; b++) {
            Arrays.fill(w, 0);
            for (int i = 0; i < sample.n; i++) {
                w[random.nextInt(sample.n)]++;
            }
            for (int f = 0; f < figures.length; f++) {
                values[f][b] = figures[f].applyAsDouble(w);
            }
        }
    }

    /** The 95 % interval of figure {@code f}; resamples where it is undefined are left out. */
    Interval interval(int f) {
        double[] v =
                Arrays.stream(values[f]).filter(x -> !Double.isNaN(x)).sorted().toArray();
        if (v.length == 0) {
            return Interval.UNDEFINED;
        }
        return new Interval(quantile(v, 0.025), quantile(v, 0.975));
    }

    /** Linear interpolation between order statistics. */
    static double quantile(double[] sorted, double q) {
        double pos = q * (sorted.length - 1);
        int lo = (int) Math.floor(pos);
        int hi = Math.min(sorted.length - 1, lo + 1);
        return sorted[lo] + (pos - lo) * (sorted[hi] - sorted[lo]);
    }
}
