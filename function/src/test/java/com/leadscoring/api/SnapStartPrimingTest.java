package com.leadscoring.api;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class SnapStartPrimingTest {

    @Test
    void primingRunsRealScoringRequests() throws Exception {
        assertEquals(200, SnapStartPriming.prime(ScoreHandlerTest.HANDLER, 3));
        // The CRaC hook itself: on a JVM without CRaC the org.crac facade accepts the registration and never calls it.
        new ScoreHandlerAccess().register();
    }

    static final class ScoreHandlerAccess {
        void register() {
            SnapStartPriming.register(ScoreHandlerTest.HANDLER);
        }
    }
}
