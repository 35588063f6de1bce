package com.leadscoring.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import com.leadscoring.scoring.LeadScorer;

class RequestMetricsTest {

    record Recorded(int status, int leads, int buys, double latency) {
    }

    @Test
    void recordsStatusLeadsBuysAndLatencyPerRequest() throws Exception {
        List<Recorded> seen = new ArrayList<>();
        var bundle = ModelLoader.load(ScoreHandlerTest.FIXTURE.toString(), null);
        try (LeadScorer scorer = new LeadScorer(bundle)) {
            ScoreHandler handler = new ScoreHandler(bundle, scorer, (s, l, b, ms) -> seen.add(new Recorded(s, l, b, ms)));
            String body = ScoreHandlerTest.oneLead("");
            var ok = handler.handleRequest(ScoreHandlerTest.post(body), null);
            handler.handleRequest(ScoreHandlerTest.post("{"), null);
            assertEquals(200, seen.get(0).status());
            assertEquals(1, seen.get(0).leads());
            assertEquals(ok.getBody().contains("\"buy\":true") ? 1 : 0, seen.get(0).buys());
            assertTrue(seen.get(0).latency() > 0);
            assertEquals(400, seen.get(1).status());
            assertEquals(0, seen.get(1).leads());
        }
    }

    @Test
    void powertoolsWritesEmbeddedMetricFormat() {
        PrintStream original = System.out;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        System.setOut(new PrintStream(captured, true, StandardCharsets.UTF_8));
        try {
            PowertoolsRequestMetrics m = new PowertoolsRequestMetrics();
            m.record(200, 3, 1, 4.5);
            m.record(415, 0, 0, 0.2);
        } finally {
            System.setOut(original);
        }
        String out = captured.toString(StandardCharsets.UTF_8);
        assertTrue(out.contains("\"CloudWatchMetrics\""), out);
        assertTrue(out.contains("\"LeadsScored\"") && out.contains("\"Latency\"") && out.contains("\"BuyCount\""), out);
        assertTrue(out.contains("\"Errors\"") && out.contains("\"415\""), out);
    }
}
