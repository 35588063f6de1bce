package com.leadscoring.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.lang.ref.Reference;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicInteger;

import com.leadscoring.api.WeakCracContext;
import com.leadscoring.bootstrap.TestServing;
import com.leadscoring.scoring.LeadScorer;
import org.junit.jupiter.api.Test;

class BatchPrimingTest {

    @Test
    void primingRunsRealBatchesThroughTheHandler() {
        // Two good rows (both date formats, empty cells) and one impossible date: the bad row must not fail priming.
        assertEquals(2, BatchPriming.prime(BatchScoreHandlerTest.HANDLER, 3));
    }

    @Test
    void theFullPrimingBatchIsAValidFullBatch() {
        BatchResult result = BatchScoreHandlerTest.HANDLER.score(
                new ByteArrayInputStream(BatchPriming.fullBatch().getBytes(StandardCharsets.UTF_8)));
        assertEquals(1000, result.scored(), "every row scored, none rejected: the priming runs the scoring path");
    }

    @Test
    void primingSurvivesAGarbageCollectionBetweenRegistrationAndTheCheckpoint() throws Exception {
        WeakCracContext context = new WeakCracContext();
        AtomicInteger batches = new AtomicInteger();
        try (LeadScorer scorer = new LeadScorer(BatchScoreHandlerTest.MODEL)) {
            BatchScoreHandler handler = new BatchScoreHandler(
                            TestServing.scoring(BatchScoreHandlerTest.MODEL, (rows, n, explain) -> {
                                batches.incrementAndGet();
                                return scorer.score(rows, n, explain);
                            }))
                    .registerPriming(context);
            assertEquals(1, context.collectGarbage(0));
            assertTrue(handler.holdsPriming());
            context.beforeCheckpoint(null);
            assertTrue(batches.get() > 0, "the snapshot hook ran real batches");
            Reference.reachabilityFence(handler);
        }
    }
}
