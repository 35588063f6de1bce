package com.leadscoring.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.leadscoring.bootstrap.ModelLoader;
import com.leadscoring.bootstrap.Serving;
import com.leadscoring.bootstrap.TestContext;
import com.leadscoring.capturing.Capture;
import com.leadscoring.capturing.StdoutCaptureOutput;
import com.leadscoring.metrics.EmfLines;
import com.leadscoring.model.FixtureStore;
import com.leadscoring.stdout.StdoutBatch;
import org.apache.logging.log4j.Level;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.core.config.Configurator;
import org.junit.jupiter.api.Test;

/**
 * A request's request line and metrics line reach stdout in one write (one system call on Lambda's pipe), the request
 * line first, each a whole JSON line; lines added while the request is open join that write.
 */
class OneWritePerRequestTest {

    static final ScoreHandler HANDLER = new ScoreHandler(
            Serving.of(ModelLoader.load(FixtureStore.location(), null)),
            new EmfRequestMetrics(EmfLines.powertools("LeadScoringTest", EmfRequestMetrics.SERVICE)),
            Cors.NONE);

    /** Counts the writes that reach the stream under System.out. */
    static final class CountingStream extends OutputStream {
        final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        int writes;

        @Override
        public void write(int b) {
            writes++;
            bytes.write(b);
        }

        @Override
        public void write(byte[] b, int off, int len) {
            writes++;
            bytes.write(b, off, len);
        }
    }

    static CountingStream run(Runnable work) {
        PrintStream original = System.out;
        CountingStream counting = new CountingStream();
        Level level = LogManager.getLogger(ScoreHandler.class).getLevel();
        Configurator.setLevel(ScoreHandler.class.getName(), Level.INFO);
        System.setOut(new PrintStream(counting, true, StandardCharsets.UTF_8));
        try {
            work.run();
        } finally {
            System.setOut(original);
            Configurator.setLevel(ScoreHandler.class.getName(), level);
        }
        return counting;
    }

    @Test
    void theRequestLineAndTheMetricsLineLeaveInOneWrite() throws Exception {
        for (String body : new String[] {ScoreHandlerTest.oneLead(""), "{\"leads\": [}"}) {
            CountingStream out = run(() -> HANDLER.handle(
                    ScoreHandlerTest.post(body), new TestContext("req-ctx-1", "lead-scoring-api", "7", 1024)));
            assertEquals(1, out.writes, "one write per request");
            List<String> lines =
                    out.bytes.toString(StandardCharsets.UTF_8).lines().toList();
            assertEquals(2, lines.size(), lines.toString());
            JsonNode request = new ObjectMapper().readTree(lines.get(0));
            assertEquals("request handled", request.get("message").asText());
            assertEquals("req-ctx-1", request.get("function_request_id").asText());
            JsonNode metrics = new ObjectMapper().readTree(lines.get(1));
            assertEquals(
                    "LeadScoringTest",
                    metrics.at("/_aws/CloudWatchMetrics/0/Namespace").asText());
            assertEquals(request.get("status").asText(), metrics.get("status").asText());
        }
    }

    @Test
    void linesAddedDuringTheRequestJoinItsWriteAndOtherwiseGoAtOnce() {
        CountingStream joined = run(() -> {
            try (StdoutBatch batch = StdoutBatch.open()) {
                StdoutBatch.lines("{\"scoreId\":\"a\"}\n{\"scoreId\":\"b\"}\n");
                StringBuilder line = StdoutBatch.begin();
                line.append("{\"x\":1}");
                StdoutBatch.end(line);
            }
        });
        assertEquals(1, joined.writes);
        assertEquals(
                "{\"scoreId\":\"a\"}\n{\"scoreId\":\"b\"}\n{\"x\":1}\n", joined.bytes.toString(StandardCharsets.UTF_8));
        CountingStream alone = run(() -> StdoutBatch.lines("{\"scoreId\":\"c\"}\n"));
        assertEquals(1, alone.writes);
        assertTrue(alone.bytes.toString(StandardCharsets.UTF_8).endsWith("\n"));
    }

    /**
     * With capture on (as on Lambda: stdout, 100 %), the capture lines join the same write, ahead of the request line.
     */
    @Test
    void captureLinesJoinTheRequestsOneWrite() throws Exception {
        ScoreHandler capturing = new ScoreHandler(
                Serving.of(ModelLoader.load(FixtureStore.location(), null))
                        .withCapture(new Capture(new StdoutCaptureOutput(), 100)),
                new EmfRequestMetrics(EmfLines.powertools("LeadScoringTest", EmfRequestMetrics.SERVICE)),
                Cors.NONE);
        String lead = ScoreHandlerTest.oneLead("");
        String lead1 = lead.substring(lead.indexOf("[") + 1, lead.lastIndexOf("]"));
        String body = "{\"leads\":[" + lead1 + "," + lead1.replace("\"id\":\"x\"", "\"id\":\"y\"") + "]}";
        CountingStream out = run(() -> capturing.handle(
                ScoreHandlerTest.post(body), new TestContext("req-ctx-1", "lead-scoring-api", "7", 1024)));
        assertEquals(1, out.writes, "one write per request, capture lines included");
        List<String> lines = out.bytes.toString(StandardCharsets.UTF_8).lines().toList();
        assertEquals(4, lines.size(), lines.toString());
        ObjectMapper json = new ObjectMapper();
        assertEquals("x", json.readTree(lines.get(0)).get("id").asText());
        assertEquals("y", json.readTree(lines.get(1)).get("id").asText());
        assertTrue(json.readTree(lines.get(0)).has("scoreId"));
        assertEquals(
                "request handled", json.readTree(lines.get(2)).get("message").asText());
        assertTrue(json.readTree(lines.get(3)).has("_aws"));
    }
}
