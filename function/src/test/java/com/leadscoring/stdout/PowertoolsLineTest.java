package com.leadscoring.stdout;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.leadscoring.bootstrap.TestContext;
import org.apache.logging.log4j.core.config.Configurator;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;
import org.slf4j.event.Level;
import software.amazon.lambda.powertools.logging.PowertoolsLogging;

/**
 * The line written straight is the line log4j writes with the function's layout (LambdaJsonLayout): the same fields, in
 * the same order, with the same values, in a Lambda request (Powertools' MDC) and outside one; the timestamp in the
 * layout's format.
 */
class PowertoolsLineTest {

    private static final Logger LOG = LoggerFactory.getLogger("com.leadscoring.stdout.PowertoolsLineTest");
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String ODD = "a \"quoted\" \\ path/é\u00e9\u2028 😀";

    /** The two lines for the same key-values: log4j's, then the one written straight. */
    static JsonNode[] both(String message, Object status, Object latency) throws Exception {
        PrintStream original = System.out;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        Configurator.setLevel(LOG.getName(), "INFO");
        System.setOut(new PrintStream(captured, true, StandardCharsets.UTF_8));
        StringBuilder direct = new StringBuilder();
        try {
            LOG.atInfo()
                    .addKeyValue("requestId", "r-1")
                    .addKeyValue("path", ODD)
                    .addKeyValue("status", status)
                    .addKeyValue("latencyMs", latency)
                    .log(message);
            PowertoolsLine.of(Level.INFO, message)
                    .with("requestId", "r-1")
                    .with("path", ODD)
                    .with("status", status)
                    .with("latencyMs", latency)
                    .appendTo(direct, System.currentTimeMillis());
        } finally {
            System.setOut(original);
            Configurator.setLevel(LOG.getName(), "WARN");
        }
        String log4j = captured.toString(StandardCharsets.UTF_8).strip();
        return new JsonNode[] {JSON.readTree(log4j), JSON.readTree(direct.toString())};
    }

    static void sameLine(JsonNode log4j, JsonNode direct) {
        assertEquals(names(log4j), names(direct), "fields and their order:\n" + log4j + "\n" + direct);
        String timestamp = "\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{3}Z";
        assertTrue(direct.get("timestamp").asText().matches(timestamp), direct.toString());
        assertTrue(log4j.get("timestamp").asText().matches(timestamp), log4j.toString());
        ObjectNode a = log4j.deepCopy();
        ObjectNode b = direct.deepCopy();
        a.remove("timestamp");
        b.remove("timestamp");
        assertEquals(a, b, "values:\n" + log4j + "\n" + direct);
    }

    static List<String> names(JsonNode line) {
        List<String> names = new ArrayList<>();
        line.fieldNames().forEachRemaining(names::add);
        return names;
    }

    @Test
    void inALambdaRequestTheLineIsLog4jsLine() throws Exception {
        JsonNode[] lines =
                PowertoolsLogging.withLogging(new TestContext("req-ctx-1", "lead-scoring-api", "7", 1024), () -> {
                    try {
                        MDC.put("tenant", "t-9");
                        return both("request handled", 200, 1.25);
                    } catch (Exception e) {
                        throw new IllegalStateException(e);
                    }
                });
        sameLine(lines[0], lines[1]);
        assertEquals("req-ctx-1", lines[1].get("function_request_id").asText());
        assertEquals(1024, lines[1].get("function_memory_size").asInt());
        assertTrue(lines[1].get("cold_start").isBoolean(), lines[1].toString());
        assertEquals("t-9", lines[1].get("tenant").asText(), "other MDC entries are kept");
        assertEquals("200", lines[1].get("status").asText(), "key-values as strings, as log4j's bridge writes them");
        assertEquals(ODD, lines[1].get("path").asText());
    }

    @Test
    void outsideARequestTheLineIsLog4jsLineToo() throws Exception {
        MDC.clear();
        JsonNode[] lines = both("batch scored", null, 0.5);
        sameLine(lines[0], lines[1]);
    }

    /**
     * A control character (a path is the caller's) is escaped, so the line stays JSON. Here the straight line is
     * stricter than log4j's: Powertools' serializer for key-values writes such a character raw, and the line is lost to
     * a JSON reader.
     */
    @Test
    void controlCharactersAreEscaped() throws Exception {
        StringBuilder b = new StringBuilder();
        PowertoolsLine.of(Level.INFO, "request handled")
                .with("path", "/v1/\u0001x")
                .appendTo(b, 0);
        assertEquals("/v1/\u0001x", JSON.readTree(b.toString()).get("path").asText());
    }
}
