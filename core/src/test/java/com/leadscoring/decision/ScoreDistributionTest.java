package com.leadscoring.decision;

import static com.leadscoring.PropertyTests.qt;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.generators.SourceDSL.doubles;

import java.util.Arrays;
import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;

class ScoreDistributionTest {

    /** Skewed like a lead population: most probabilities near 0, a few near 1. */
    static final double[] OOF =
            new SplittableRandom(5).doubles(20_000).map(u -> Math.pow(u, 6)).toArray();

    static final ScoreDistribution D = ScoreDistribution.of(OOF);

    @Test
    void neverFallsAsTheProbabilityRises() {
        qt(41, 3000).forAll(doubles().between(0, 1), doubles().between(0, 1)).checkAssert((a, b) -> {
            double lo = Math.min(a, b);
            double hi = Math.max(a, b);
            assertTrue(
                    D.percentile(lo) <= D.percentile(hi),
                    lo + " -> " + D.percentile(lo) + ", " + hi + " -> " + D.percentile(hi));
        });
    }

    @Test
    void isTheShareOfTrainingLeadsBelowToWithinItsResolution() {
        double[] sorted = OOF.clone();
        Arrays.sort(sorted);
        for (double p : new double[] {1e-6, 1e-4, 0.001, 0.01, 0.05, 0.1, 0.3, 0.5, 0.8, 0.95, 0.999}) {
            long below = Arrays.stream(sorted).filter(v -> v < p).count();
            double exact = 100.0 * below / sorted.length;
            assertEquals(exact, D.percentile(p), 0.15, "p=" + p);
        }
        assertEquals(0, D.percentile(0));
        assertEquals(100, D.percentile(1.0));
        assertEquals(20_000, D.leads());
    }

    @Test
    void leavesOutRowsNoFoldHeldOutAndRefusesNonsense() {
        ScoreDistribution d = ScoreDistribution.of(new double[] {Double.NaN, 0.1, 0.2, Double.NaN, 0.3});
        assertEquals(3, d.leads());
        assertEquals(50.0, d.percentile(0.2));
        assertThrows(IllegalArgumentException.class, () -> ScoreDistribution.of(new double[] {Double.NaN}));
        assertThrows(IllegalArgumentException.class, () -> new ScoreDistribution(3, new double[] {0.5, 0.2}));
    }
}
