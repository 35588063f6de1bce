package com.leadscoring.monitor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.leadscoring.drift.DriftCheck;
import org.junit.jupiter.api.Test;

/** {@code DRIFT_MIN_LEADS} as the stack sets it: a whole number of at least 1, or unset for the default. */
class DriftHandlerTest {

    @Test
    void theMinimumComesFromTheEnvironmentOrTheDefault() {
        assertEquals(DriftCheck.DEFAULT_MIN_LEADS, DriftHandler.minLeads(null));
        assertEquals(DriftCheck.DEFAULT_MIN_LEADS, DriftHandler.minLeads(" "));
        assertEquals(250, DriftHandler.minLeads("250"));
        for (String bad : new String[] {"0", "-5", "1e3", "many"}) {
            IllegalStateException e = assertThrows(IllegalStateException.class, () -> DriftHandler.minLeads(bad));
            assertTrue(e.getMessage().contains("DRIFT_MIN_LEADS must be a whole number of at least 1, got " + bad));
        }
    }
}
