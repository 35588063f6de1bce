package com.leadscoring.trainer.dnn;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import com.leadscoring.features.FeatureEncoder;
import com.leadscoring.trainer.calibration.ThresholdSelector;
import org.junit.jupiter.api.Test;

class DnnTrainerTest {

    static final int F = FeatureEncoder.SIZE;

    /** Points labelled by the sign of a fixed direction, with a margin: linearly separable. */
    record Data(float[] x, boolean[] y, int rows) {
        static Data separable(int rows, long seed) {
            Random r = new Random(seed);
            float[] x = new float[rows * F];
            boolean[] y = new boolean[rows];
            for (int i = 0; i < rows; i++) {
                double s;
                do {
                    s = 0;
                    for (int j = 0; j < F; j++) {
                        x[i * F + j] = (float) r.nextGaussian();
                        s += (j % 2 == 0 ? 1 : -0.5) * x[i * F + j];
                    }
                } while (Math.abs(s) < 1.0);
                y[i] = s > 0;
            }
            return new Data(x, y, rows);
        }
    }

    private static DnnConfig quick(long seed) {
        return DnnConfig.builder()
                .hidden(16, 8)
                .learningRate(3e-3)
                .batchSize(32)
                .maxEpochs(40)
                .patience(5)
                .dropout(0.1)
                .seed(seed)
                .build();
    }

    @Test
    void learnsASeparableProblemToF1One() {
        Data fit = Data.separable(1500, 1);
        Data tune = Data.separable(300, 2);
        Data test = Data.separable(500, 3);
        DnnTrainingResult result =
                new DnnTrainer(quick(5)).fit(fit.x(), fit.y(), fit.rows(), tune.x(), tune.y(), tune.rows(), s -> {});
        double[] p = new double[test.rows()];
        for (int i = 0; i < p.length; i++) {
            p[i] = result.model().probability(test.x(), i * F);
        }
        long wrong = 0;
        for (int i = 0; i < p.length; i++) {
            wrong += (p[i] >= 0.5) != test.y()[i] ? 1 : 0;
        }
        assertEquals(0, wrong, "misclassified held-out points");
        assertEquals(1.0, ThresholdSelector.maxF1(p, test.y()).f1(), 1e-12);
    }

    @Test
    void sameSeedSameWeights() {
        Data fit = Data.separable(400, 1);
        Data tune = Data.separable(100, 2);
        DnnConfig c = quick(9).withEpochs(3);
        DnnModel a = new DnnTrainer(c)
                .fit(fit.x(), fit.y(), fit.rows(), tune.x(), tune.y(), tune.rows(), s -> {})
                .model();
        DnnModel b = new DnnTrainer(c)
                .fit(fit.x(), fit.y(), fit.rows(), tune.x(), tune.y(), tune.rows(), s -> {})
                .model();
        assertEquals(a, b);
    }

    @Test
    void stopsEarlyAndKeepsTheBestEpoch() {
        // Labels that are pure noise: the tuning loss stops improving quickly, so training must stop early.
        Random r = new Random(4);
        Data fit = Data.separable(600, 1);
        boolean[] noise = new boolean[fit.rows()];
        for (int i = 0; i < noise.length; i++) {
            noise[i] = r.nextBoolean();
        }
        Data tune = Data.separable(200, 2);
        boolean[] tuneNoise = new boolean[tune.rows()];
        for (int i = 0; i < tuneNoise.length; i++) {
            tuneNoise[i] = r.nextBoolean();
        }
        List<EpochStats> heard = new ArrayList<>();
        DnnConfig c = DnnConfig.builder()
                .hidden(32, 16)
                .learningRate(1e-2)
                .batchSize(16)
                .maxEpochs(60)
                .patience(3)
                .dropout(0)
                .seed(1)
                .build();
        DnnTrainingResult result =
                new DnnTrainer(c).fit(fit.x(), noise, fit.rows(), tune.x(), tuneNoise, tune.rows(), heard::add);
        assertTrue(result.history().size() < 60, "ran " + result.history().size() + " epochs");
        assertEquals(result.history(), heard);
        double bestLoss = result.history().stream()
                .mapToDouble(EpochStats::tuneLoss)
                .min()
                .orElseThrow();
        assertEquals(bestLoss, result.history().get(result.bestEpoch() - 1).tuneLoss());
        assertEquals(result.bestEpoch() + c.patience(), result.history().size());
    }
}
