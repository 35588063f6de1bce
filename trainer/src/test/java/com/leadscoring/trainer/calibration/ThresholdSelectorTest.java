package com.leadscoring.trainer.calibration;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Random;

import org.junit.jupiter.api.Test;

class ThresholdSelectorTest {

    @Test
    void matchesBruteForceIncludingTies() {
        Random r = new Random(2);
        for (int trial = 0; trial < 20; trial++) {
            int n = 300;
            double[] p = new double[n];
            boolean[] y = new boolean[n];
            for (int i = 0; i < n; i++) {
                y[i] = r.nextDouble() < 0.15;
                p[i] = Math.round((r.nextDouble() * 0.7 + (y[i] ? 0.3 : 0)) * 50) / 50.0;
            }
            double best = 0;
            for (double t : p) {
                best = Math.max(best, f1(p, y, t));
            }
            ThresholdChoice c = ThresholdSelector.maxF1(p, y);
            assertEquals(best, c.f1(), 1e-12);
            assertEquals(c.f1(), f1(p, y, c.threshold()), 1e-12);
        }
    }

    private static double f1(double[] p, boolean[] y, double t) {
        int tp = 0;
        int fp = 0;
        int fn = 0;
        for (int i = 0; i < p.length; i++) {
            boolean pred = p[i] >= t;
            if (pred && y[i]) {
                tp++;
            } else if (pred) {
                fp++;
            } else if (y[i]) {
                fn++;
            }
        }
        return tp == 0 ? 0 : 2.0 * tp / (2.0 * tp + fp + fn);
    }
}
