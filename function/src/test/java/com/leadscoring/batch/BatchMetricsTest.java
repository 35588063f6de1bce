package com.leadscoring.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.leadscoring.bootstrap.Serving;
import com.leadscoring.metrics.EmfLines;
import org.junit.jupiter.api.Test;

/** Each caller's batch is one EMF line of its counts; priming batches publish none. */
class BatchMetricsTest {

    static final BatchScoreHandler HANDLER = new BatchScoreHandler(Serving.of(BatchScoreHandlerTest.MODEL))
            .publishingTo(EmfLines.powertools("LeadScoringTest", "lead-scoring-batch"));

    @Test
    void eachBatchPublishesItsLeadsInvalidRowsBuysAndLatency() throws Exception {
        for (String event : new String[] {"batch-good.json", "batch-bad-rows.json"}) {
            byte[] batch = BatchScoreHandlerTest.event(event);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            List<EmfLines.Line> lines = EmfLines.capture(() -> {
                        HANDLER.handleRequest(new ByteArrayInputStream(batch), out, null);
                        return null;
                    })
                    .lines();
            JsonNode scores =
                    BatchScoreHandlerTest.JSON.readTree(out.toByteArray()).get("scores");
            int scored = 0;
            int buys = 0;
            for (JsonNode s : scores) {
                scored += s.has("probability") ? 1 : 0;
                buys += s.path("buy").asBoolean() ? 1 : 0;
            }
            assertEquals(1, lines.size(), event + ": " + lines);
            EmfLines.Line line = lines.get(0);
            assertEquals("LeadScoringTest", line.namespace());
            assertEquals(Map.of("Service", "lead-scoring-batch"), line.dimensions());
            Map<String, Double> values = line.values();
            assertEquals(1.0, values.get("Batches").doubleValue(), event);
            assertEquals((double) scored, values.get("LeadsScored").doubleValue(), event);
            assertEquals(
                    (double) (scores.size() - scored), values.get("InvalidRows").doubleValue(), event);
            assertEquals((double) buys, values.get("BuyCount").doubleValue(), event);
            assertEquals(5, values.size(), values.toString());
            assertEquals("Milliseconds", line.units().get("Latency"));
            assertEquals("Count", line.units().get("LeadsScored"));
            assertEquals("Count", line.units().get("InvalidRows"));
        }
    }

    @Test
    void theBadRowsEventHasInvalidRowsAndPrimingPublishesNothing() throws Exception {
        byte[] batch = BatchScoreHandlerTest.event("batch-bad-rows.json");
        List<EmfLines.Line> lines = EmfLines.capture(() -> {
                    HANDLER.handleRequest(new ByteArrayInputStream(batch), new ByteArrayOutputStream(), null);
                    return null;
                })
                .lines();
        assertEquals(1, lines.size());
        assertTrue(lines.get(0).values().get("InvalidRows") > 0, lines.toString());
        assertEquals(
                List.of(),
                EmfLines.capture(() ->
                                HANDLER.handleUnrecorded(new ByteArrayInputStream(batch), new ByteArrayOutputStream()))
                        .lines(),
                "a priming batch is not a caller's");
    }
}
