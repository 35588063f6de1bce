package com.leadscoring.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyRequestEvent;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

/** Memory stays flat across rounds of concurrent requests: nothing accumulates per request. */
class HandlerMemoryIT {

    @Test
    void heapDoesNotGrowAcrossRounds() throws Exception {
        ObjectMapper json = new ObjectMapper();
        List<APIGatewayProxyRequestEvent> events = List.of(
                json.readValue(
                        Files.readAllBytes(Path.of("../events/score-batch.json")), APIGatewayProxyRequestEvent.class),
                json.readValue(
                        Files.readAllBytes(Path.of("../events/score-explain.json")), APIGatewayProxyRequestEvent.class),
                json.readValue(
                        Files.readAllBytes(Path.of("../events/invalid-lead.json")), APIGatewayProxyRequestEvent.class));
        ExecutorService pool = Executors.newFixedThreadPool(16);
        long[] used = new long[4];
        try {
            for (int round = 0; round < used.length; round++) {
                List<Future<Integer>> futures = new ArrayList<>();
                for (int c = 0; c < 16; c++) {
                    int offset = c;
                    futures.add(pool.submit(() -> {
                        int errors = 0;
                        for (int i = 0; i < 300; i++) {
                            int status = ScoreHandlerTest.HANDLER
                                    .handle(events.get((i + offset) % 3), null)
                                    .getStatusCode();
                            errors += status >= 500 ? 1 : 0;
                        }
                        return errors;
                    }));
                }
                for (Future<Integer> f : futures) {
                    assertEquals(0, f.get());
                }
                used[round] = usedAfterGc();
            }
        } finally {
            pool.shutdown();
        }
        // Round 0 warms up (JIT, class loading); later rounds must not keep growing.
        long growth = used[3] - used[1];
        assertTrue(
                growth < 8L << 20,
                "heap grew by " + (growth >> 10) + " KB over 9,600 requests: " + Arrays.toString(used));
    }

    private static long usedAfterGc() throws InterruptedException {
        Runtime rt = Runtime.getRuntime();
        for (int i = 0; i < 3; i++) {
            System.gc();
            Thread.sleep(50);
        }
        return rt.totalMemory() - rt.freeMemory();
    }
}
