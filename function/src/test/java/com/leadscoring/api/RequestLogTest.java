package com.leadscoring.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.leadscoring.bootstrap.TestContext;
import org.apache.logging.log4j.Level;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.core.config.Configurator;
import org.junit.jupiter.api.Test;

/** One structured JSON log line per request, with what operations need and none of the lead's values. */
class RequestLogTest {

    @Test
    void onLambdaEachLineCarriesPowertoolsStandardFields() throws Exception {
        String out = capture(() -> ScoreHandlerTest.HANDLER.handle(
                ScoreHandlerTest.post(ScoreHandlerTest.oneLead("")),
                new TestContext("req-ctx-1", "lead-scoring-api", "7", 1024)));
        JsonNode line = new ObjectMapper()
                .readTree(out.lines()
                        .filter(l -> l.contains("request handled"))
                        .findFirst()
                        .orElseThrow(() -> new AssertionError("no request log line in: " + out)));
        assertEquals("req-ctx-1", line.path("function_request_id").asText(), line.toString());
        assertEquals("lead-scoring-api", line.path("function_name").asText(), line.toString());
        assertTrue(line.has("cold_start"), line.toString());
    }

    /** Standard output while {@code work} runs, the handler logging at INFO as in production (tests log at WARN). */
    private static String capture(Runnable work) {
        PrintStream original = System.out;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        Level level = LogManager.getLogger(ScoreHandler.class).getLevel();
        Configurator.setLevel(ScoreHandler.class.getName(), Level.INFO);
        System.setOut(new PrintStream(captured, true, StandardCharsets.UTF_8));
        try {
            work.run();
        } finally {
            System.setOut(original);
            Configurator.setLevel(ScoreHandler.class.getName(), level);
        }
        return captured.toString(StandardCharsets.UTF_8);
    }

    @Test
    void logsTheRequestButNoLeadValues() throws Exception {
        String body = ScoreHandlerTest.oneLead(",\"signup_date\":\"2020-07-13\"")
                .replace("\"id\":\"x\"", "\"id\":\"SECRET-LEAD-4711\"")
                .replace("\"campaign_var_1\":1", "\"campaign_var_1\":987");
        int[] status = new int[1];
        String out = capture(() -> status[0] = ScoreHandlerTest.HANDLER
                .handle(ScoreHandlerTest.post(body), null)
                .getStatusCode());
        assertEquals(200, status[0]);
        for (String value : new String[] {"SECRET-LEAD-4711", "2020-07-13", "2021-05-04", "campaign_var_1"}) {
            assertFalse(out.contains(value), "log contains lead value " + value + ": " + out);
        }
        // 987 as a number of its own: a random request id, a latency or a timestamp may hold those digits by chance.
        assertFalse(
                Pattern.compile("(?<![0-9A-Za-z.-])987(?![0-9A-Za-z])")
                        .matcher(out)
                        .find(),
                "log contains lead value 987: " + out);
        JsonNode line = new ObjectMapper()
                .readTree(out.lines()
                        .filter(l -> l.contains("request handled"))
                        .findFirst()
                        .orElseThrow(() -> new AssertionError("no request log line in: " + out)));
        assertTrue(line.toString().contains(ScoreHandlerTest.HANDLER.modelVersion()), line.toString());
    }
}
