package com.leadscoring.drift;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class PsiTest {

    @Test
    void identicalDistributionsAreZero() {
        double[] d = {0.1, 0.2, 0.3, 0.4};
        assertEquals(0.0, Psi.of(d, d), 1e-15);
    }

    @Test
    void matchesTheFormulaAndIsSymmetric() {
        double[] e = {0.5, 0.5};
        double[] a = {0.25, 0.75};
        double expected = (0.25 - 0.5) * Math.log(0.25 / 0.5) + (0.75 - 0.5) * Math.log(0.75 / 0.5);
        assertEquals(expected, Psi.of(e, a), 1e-12);
        assertEquals(Psi.of(e, a), Psi.of(a, e), 1e-12);
        // Every term is non-negative, so moving more mass never lowers the index.
        assertTrue(Psi.of(e, new double[] {0.1, 0.9}) > Psi.of(e, a));
    }

    @Test
    void anEmptyBinStaysFiniteThroughEpsilon() {
        double[] e = {0.5, 0.5, 0.0};
        double[] a = {0.49, 0.5, 0.01};
        double psi = Psi.of(e, a);
        assertTrue(Double.isFinite(psi));
        double third = (0.01 - Psi.EPSILON) * Math.log(0.01 / Psi.EPSILON);
        assertEquals((0.49 - 0.5) * Math.log(0.49 / 0.5) + third, psi, 1e-12);
        // One rare new value alone does not flag a field.
        assertEquals(Psi.Band.STABLE, Psi.band(psi));
        assertEquals(0.0, Psi.of(new double[] {1, 0}, new double[] {1, 0}), 0.0);
    }

    @Test
    void bandsUseTheUsualCutOffs() {
        assertEquals(Psi.Band.STABLE, Psi.band(0.0999));
        assertEquals(Psi.Band.WATCH, Psi.band(0.1));
        assertEquals(Psi.Band.WATCH, Psi.band(0.2499));
        assertEquals(Psi.Band.SHIFTED, Psi.band(0.25));
    }

    @Test
    void sharesAndMismatchedBins() {
        assertArrayEquals(new double[] {0.25, 0.75}, Psi.shares(new long[] {1, 3}), 1e-15);
        assertArrayEquals(new double[] {0, 0}, Psi.shares(new long[] {0, 0}), 0);
        assertThrows(IllegalArgumentException.class, () -> Psi.of(new double[] {1}, new double[] {0.5, 0.5}));
    }
}
