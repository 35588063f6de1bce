package com.leadscoring.trainer.cv;

/**
 * The rows that have an out-of-fold probability (all rows with k ≥ 2 folds; the hold-out with one fold), as compact
 * arrays for curves and tables.
 *
 * @param probabilities the probabilities of those rows
 * @param labels their labels
 */
public record OutOfFold(double[] probabilities, boolean[] labels) {

    public static OutOfFold of(double[] oof, boolean[] labels) {
        int n = 0;
        for (double p : oof) {
            n += Double.isNaN(p) ? 0 : 1;
        }
        double[] p = new double[n];
        boolean[] y = new boolean[n];
        int k = 0;
        for (int i = 0; i < oof.length; i++) {
            if (!Double.isNaN(oof[i])) {
                p[k] = oof[i];
                y[k++] = labels[i];
            }
        }
        return new OutOfFold(p, y);
    }
}
