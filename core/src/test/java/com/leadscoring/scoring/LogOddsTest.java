package com.leadscoring.scoring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class LogOddsTest {

    @Test
    void isTheInverseOfTheSigmoid() {
        for (double z = -15; z <= 15; z += 0.25) {
            assertEquals(z, LogOdds.of(1 / (1 + Math.exp(-z))), 1e-9, "z=" + z);
        }
    }

    @Test
    void isFiniteAtTheEndsAndKeepsFloat32ProbabilitiesApart() {
        assertTrue(Double.isFinite(LogOdds.of(0)));
        assertTrue(Double.isFinite(LogOdds.of(1)));
        float belowOne = Math.nextDown(1f);
        assertTrue(LogOdds.of(1f) > LogOdds.of(belowOne), "1.0f and the float below it stay apart");
        assertTrue(LogOdds.of(0f) < LogOdds.of(Float.MIN_VALUE), "0 and the smallest float stay apart");
    }
}
