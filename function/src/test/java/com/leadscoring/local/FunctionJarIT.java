package com.leadscoring.local;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.leadscoring.model.FixtureStore;
import org.junit.jupiter.api.Test;

/**
 * The shaded {@code function.jar} as Lambda and {@code sam local} run it, in its own JVM: it answers, and it logs the
 * request as one Powertools JSON line. (Unit tests see each library's log4j plugin index on the class path; only the
 * jar shows whether the shading kept them, and without them log4j falls back to errors only.)
 */
class FunctionJarIT {

    static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void invokeAnswersAndLogsTheRequestAsJson() throws Exception {
        Path jar = Path.of("target", "function.jar");
        Process p = new ProcessBuilder(
                        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                        "-jar",
                        jar.toString(),
                        "invoke",
                        "--store",
                        FixtureStore.location(),
                        "--event",
                        "../events/score-one.json")
                .redirectErrorStream(true)
                .start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(60, TimeUnit.SECONDS));
        assertEquals(0, p.exitValue(), out);

        List<String> logLines = out.lines().filter(l -> l.startsWith("{\"")).toList();
        assertEquals(1, logLines.size(), "one request line:\n" + out);
        JsonNode line = JSON.readTree(logLines.get(0));
        assertEquals("INFO", line.get("level").asText());
        assertEquals("request handled", line.get("message").asText());
        assertEquals("req-score-one", line.get("requestId").asText());
        assertEquals("200", line.get("status").asText());
        // Locally, no Lambda fields printed as null: what is logged is true of a local run.
        line.fields().forEachRemaining(f -> assertFalse(f.getValue().isNull(), f.getKey() + " is null: " + line));
        assertFalse(line.has("function_arn"), line.toString());
        // The request's key-values still go through Powertools' resolver, as on Lambda (RequestLogTest checks the
        // Lambda fields there).
        assertTrue(line.has("latencyMs") && line.has("service"), "Powertools' layout: " + line);

        JsonNode response = JSON.readTree(out.substring(out.indexOf("{\n")));
        assertEquals(200, response.get("statusCode").asInt());
        assertTrue(
                JSON.readTree(response.get("body").asText())
                        .at("/scores/0/probability")
                        .isNumber(),
                out);
    }

    @Test
    void aMissingModelFailsLoudlyWithoutAnAnswer() throws IOException, InterruptedException {
        Process p = new ProcessBuilder(
                        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                        "-jar",
                        Path.of("target", "function.jar").toString(),
                        "invoke",
                        "--store",
                        "target/no-such-store",
                        "--event",
                        "../events/score-one.json")
                .redirectErrorStream(true)
                .start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(60, TimeUnit.SECONDS));
        assertEquals(1, p.exitValue(), out);
        assertTrue(out.contains("cannot load the model"), out);
        assertTrue(!out.contains("statusCode"), out);
    }
}
