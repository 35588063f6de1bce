package com.leadscoring.bootstrap;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** A run's keys lie in a run's folder below the stack's prefix, as the state machine's input check requires. */
class RescoreOutputPrefixTest {

    @Test
    void keysBelowTheRunsPrefixAreTakenAndOthersRefusedByName() {
        RescoreOutputPrefix runs = new RescoreOutputPrefix("rescore/output/");
        for (String ok : new String[] {"rescore/output/run-1", "rescore/output/run #7/scores%25.csv"}) {
            assertDoesNotThrow(() -> runs.check("outputPrefix", ok));
        }
        for (String bad :
                new String[] {"", "/", "rescore/output", "rescore/output/", "rescore/outputs/x", "x/rescore/output/y"
                }) {
            IllegalArgumentException e =
                    assertThrows(IllegalArgumentException.class, () -> runs.check("outputPrefix", bad));
            assertTrue(e.getMessage().startsWith("\"outputPrefix\" must lie in a run's folder below rescore/output/"));
        }
        RescoreOutputPrefix local = new RescoreOutputPrefix(null);
        assertDoesNotThrow(() -> local.check("outputKey", "out/scores.csv"));
        assertThrows(IllegalArgumentException.class, () -> local.check("outputPrefix", ""));
        assertThrows(IllegalArgumentException.class, () -> local.check("outputPrefix", "/"));
    }
}
