package com.leadscoring.trainer.calibration;

import java.util.Arrays;
import java.util.Comparator;
import java.util.stream.IntStream;

/** The threshold with the highest F1: one sort, then a sweep over the distinct probabilities, O(n log n). */
public final class ThresholdSelector {

    private ThresholdSelector() {}

    public static ThresholdChoice maxF1(double[] probabilities, boolean[] labels) {
        int n = probabilities.length;
        if (n == 0 || n != labels.length) {
            throw new IllegalArgumentException("need as many labels as probabilities, and at least one");
        }
        Integer[] order = IntStream.range(0, n).boxed().toArray(Integer[]::new);
        Arrays.sort(order, Comparator.comparingDouble(i -> -probabilities[i]));
        int positives = 0;
        for (boolean b : labels) {
            positives += b ? 1 : 0;
        }
        ThresholdChoice best = new ThresholdChoice(Math.nextUp(probabilities[order[0]]), 0, 0, 0);
        int tp = 0;
        int fp = 0;
        for (int k = 0; k < n; k++) {
            int i = order[k];
            if (labels[i]) {
                tp++;
            } else {
                fp++;
            }
            // Only cut between distinct values: every lead with this probability is on the same side.
            if (k + 1 < n && probabilities[order[k + 1]] == probabilities[i]) {
                continue;
            }
            double f1 = positives == 0 ? 0 : 2.0 * tp / (2.0 * tp + fp + (positives - tp));
            if (f1 > best.f1()) {
                double precision = (double) tp / (tp + fp);
                double recall = (double) tp / positives;
                best = new ThresholdChoice(probabilities[i], f1, precision, recall);
            }
        }
        return best;
    }
}
