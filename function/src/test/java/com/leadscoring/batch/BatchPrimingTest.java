package com.leadscoring.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import org.junit.jupiter.api.Test;

class BatchPrimingTest {

    @Test
    void primingRunsRealBatchesThroughTheHandler() {
        // Two good rows (both date formats, empty cells) and one impossible date: the bad row must not fail priming.
        assertEquals(2, BatchPriming.prime(BatchScoreHandlerTest.HANDLER, 3));
    }

    @Test
    void registrationHandsBackTheResourceToKeep() {
        // On a JVM without CRaC the org.crac facade accepts the registration and never calls it.
        assertNotNull(BatchPriming.register(BatchScoreHandlerTest.HANDLER));
    }
}
