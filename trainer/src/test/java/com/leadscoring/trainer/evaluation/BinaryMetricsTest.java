package com.leadscoring.trainer.evaluation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;

import org.junit.jupiter.api.Test;

class BinaryMetricsTest {

    @Test
    void confusionMatrixAndScoresByHand() {
        double[] p = {0.9, 0.8, 0.4, 0.3, 0.6, 0.1};
        boolean[] y = {true, true, true, false, false, false};
        BinaryMetrics m = BinaryMetrics.evaluate(p, y, 0.5);
        assertEquals(2, m.tp());
        assertEquals(1, m.fp());
        assertEquals(1, m.fn());
        assertEquals(2, m.tn());
        assertEquals(2.0 / 3, m.precision(), 1e-12);
        assertEquals(2.0 / 3, m.recall(), 1e-12);
        assertEquals(2.0 / 3, m.f1(), 1e-12);
        // pairs (pos, neg) ranked right: 8 of 9
        assertEquals(8.0 / 9, m.rocAuc(), 1e-12);
        double brier = (0.01 + 0.04 + 0.36 + 0.09 + 0.36 + 0.01) / 6;
        assertEquals(brier, m.brier(), 1e-12);
    }

    @Test
    void aucMatchesPairCountingOnRandomData() {
        Random r = new Random(4);
        int n = 500;
        double[] p = new double[n];
        boolean[] y = new boolean[n];
        for (int i = 0; i < n; i++) {
            y[i] = r.nextDouble() < 0.2;
            p[i] = Math.round((r.nextDouble() + (y[i] ? 0.3 : 0)) * 20) / 20.0; // ties on purpose
        }
        double good = 0;
        double pairs = 0;
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                if (y[i] && !y[j]) {
                    pairs++;
                    good += p[i] > p[j] ? 1 : p[i] == p[j] ? 0.5 : 0;
                }
            }
        }
        assertEquals(good / pairs, BinaryMetrics.evaluate(p, y, 0.5).rocAuc(), 1e-9);
    }

    @Test
    void curvesRunCornerToCorner() {
        double[] p = {0.9, 0.8, 0.4, 0.3, 0.6, 0.1};
        boolean[] y = {true, true, true, false, false, false};
        Curve roc = Curves.roc(p, y);
        assertEquals(0, roc.x()[0], 1e-12);
        assertEquals(1, roc.x()[roc.x().length - 1], 1e-12);
        assertEquals(1, roc.y()[roc.y().length - 1], 1e-12);
        for (int i = 1; i < roc.x().length; i++) {
            assertTrue(roc.x()[i] >= roc.x()[i - 1] && roc.y()[i] >= roc.y()[i - 1]);
        }
        Curve gain = Curves.gain(p, y);
        assertEquals(1, gain.y()[gain.y().length - 1], 1e-12);
        assertEquals(2.0 / 3, gain.y()[2], 1e-12); // the two best-scored leads are both buyers
    }
}
