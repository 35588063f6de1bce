package com.leadscoring.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.ref.Reference;
import java.util.concurrent.atomic.AtomicInteger;

import org.crac.Resource;
import org.junit.jupiter.api.Test;

class SnapStartPrimingTest {

    @Test
    void primingRunsRealScoringRequests() throws Exception {
        assertEquals(200, SnapStartPriming.prime(ScoreHandlerTest.HANDLER, 3));
    }

    @Test
    void primingSurvivesAGarbageCollectionBetweenRegistrationAndTheCheckpoint() throws Exception {
        WeakCracContext context = new WeakCracContext();
        AtomicInteger requests = new AtomicInteger();
        ScoreHandler handler = new ScoreHandler(ModelLoader.load(ScoreHandlerTest.FIXTURE.toString(), null),
                outcome -> requests.incrementAndGet()).registerPriming(context);
        // Control: a hook that nobody references is collected by this context, as by Lambda's.
        context.register(new Resource() {
            @Override
            public void beforeCheckpoint(org.crac.Context<? extends Resource> c) {
                throw new AssertionError("an unreferenced hook should have been collected");
            }

            @Override
            public void afterRestore(org.crac.Context<? extends Resource> c) {
            }
        });
        assertEquals(1, context.collectGarbage(1), "only the handler's priming is still registered");
        assertTrue(handler.holdsPriming());
        context.beforeCheckpoint(null);
        assertEquals(50, requests.get(), "the snapshot hook ran real scoring requests");
        Reference.reachabilityFence(handler);
    }
}
