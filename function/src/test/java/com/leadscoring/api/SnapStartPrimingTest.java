package com.leadscoring.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.ref.Reference;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import com.leadscoring.bootstrap.ModelLoader;
import com.leadscoring.bootstrap.Serving;
import org.crac.Context;
import org.crac.Resource;
import org.junit.jupiter.api.Test;

class SnapStartPrimingTest {

    @Test
    void primingRunsEveryKindOfRequestAndAHealthyFunctionAnswersEachAsExpected() throws Exception {
        WeakCracContext context = new WeakCracContext();
        ScoreHandler handler = new ScoreHandler(
                        Serving.of(ModelLoader.load(ScoreHandlerTest.FIXTURE.toString(), null)),
                        RequestMetrics.NONE,
                        Cors.NONE)
                .registerPriming(context);
        assertEquals(List.of(), handler.priming().prime(2));
        List<SnapStartPriming.Kind> kinds = SnapStartPriming.kinds(2);
        assertEquals(
                List.of(200, 200, 200, 400, 400, 200, 200),
                kinds.stream().map(SnapStartPriming.Kind::expectedStatus).toList());
        // Each kind really is what its name says: the same request from a caller gets the expected answer.
        for (SnapStartPriming.Kind kind : kinds) {
            assertEquals(
                    kind.expectedStatus(), handler.handle(kind.event(), null).getStatusCode(), kind.name());
        }
        assertTrue(
                handler.handle(kinds.get(3).event(), null).getBody().contains("/invalid-lead\""),
                "a validation problem");
        assertTrue(
                handler.handle(kinds.get(4).event(), null).getBody().contains("/malformed-json\""), "a parse problem");
        assertTrue(
                handler.handle(kinds.get(2).event(), null).getBody().contains("priming-999"), "all 1,000 leads scored");
    }

    @Test
    void primingIsNotCountedInTheFunctionsMetrics() throws Exception {
        AtomicInteger recorded = new AtomicInteger();
        ScoreHandler handler = new ScoreHandler(
                        Serving.of(ModelLoader.load(ScoreHandlerTest.FIXTURE.toString(), null)),
                        outcome -> recorded.incrementAndGet(),
                        Cors.NONE)
                .registerPriming(new WeakCracContext());
        handler.priming().prime(2);
        assertEquals(0, recorded.get(), "no grade counts or errors from priming in the caller-facing metrics");
        handler.handle(SnapStartPriming.kinds(1).get(0).event(), null);
        assertEquals(1, recorded.get(), "a caller's request is counted");
    }

    @Test
    void primingSurvivesAGarbageCollectionBetweenRegistrationAndTheCheckpoint() throws Exception {
        WeakCracContext context = new WeakCracContext();
        ScoreHandler handler = new ScoreHandler(
                        Serving.of(ModelLoader.load(ScoreHandlerTest.FIXTURE.toString(), null)),
                        RequestMetrics.NONE,
                        Cors.NONE)
                .registerPriming(context);
        // Control: a hook that nobody references is collected by this context, as by Lambda's.
        context.register(new Resource() {
            @Override
            public void beforeCheckpoint(Context<? extends Resource> c) {
                throw new AssertionError("an unreferenced hook should have been collected");
            }

            @Override
            public void afterRestore(Context<? extends Resource> c) {}
        });
        assertEquals(1, context.collectGarbage(1), "only the handler's priming is still registered");
        assertNotNull(handler.priming());
        context.beforeCheckpoint(null);
        int expected = SnapStartPriming.kinds(50).stream()
                .mapToInt(SnapStartPriming.Kind::rounds)
                .sum();
        assertEquals(expected, handler.priming().requestsRun(), "the snapshot hook ran every kind of request");
        assertTrue(expected > 300);
        Reference.reachabilityFence(handler);
    }
}
