package com.leadscoring.trainer.calibration;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Random;

import org.junit.jupiter.api.Test;

class PlattTrainerTest {

    @Test
    void recoversAKnownSigmoidAndTheBaseRate() {
        Random r = new Random(8);
        int n = 40_000;
        double[] z = new double[n];
        boolean[] y = new boolean[n];
        double slope = 0.6;
        double intercept = -3.0;
        int buyers = 0;
        for (int i = 0; i < n; i++) {
            z[i] = r.nextGaussian() * 2.5;
            y[i] = r.nextDouble() < Sigmoid.of(slope * z[i] + intercept);
            buyers += y[i] ? 1 : 0;
        }
        PlattCalibration fitted = PlattTrainer.fit(z, y);
        assertEquals(slope, fitted.slope(), 0.05);
        assertEquals(intercept, fitted.intercept(), 0.1);
        double meanP = 0;
        for (double v : z) {
            meanP += fitted.probability(v);
        }
        assertEquals((double) buyers / n, meanP / n, 0.003);
    }
}
