package com.leadscoring.local;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.leadscoring.model.FixtureStore;
import org.junit.jupiter.api.Test;

/**
 * The shaded {@code function.jar} as Lambda and {@code sam local} run it, in its own JVM: it answers on stdout, alone,
 * and logs the request as one Powertools JSON line on stderr. (Unit tests see each library's log4j plugin index on the
 * class path; only the jar shows whether the shading kept them, and without them log4j falls back to errors only.)
 */
class FunctionJarIT {

    static final ObjectMapper JSON = new ObjectMapper();

    /** {@code function.jar} with {@code args} in its own JVM: stdout and stderr apart. */
    static String[] run(String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-jar",
                Path.of("target", "function.jar").toString()));
        command.addAll(List.of(args));
        Path err = Files.createTempFile("function-jar", ".stderr");
        try {
            Process p = new ProcessBuilder(command).redirectError(err.toFile()).start();
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertTrue(p.waitFor(60, TimeUnit.SECONDS));
            String logs = Files.readString(err);
            assertEquals(0, p.exitValue(), out + logs);
            return new String[] {out, logs};
        } finally {
            Files.deleteIfExists(err);
        }
    }

    @Test
    void invokeAnswersOnStdoutAndLogsTheRequestAsJsonOnStderr() throws Exception {
        String[] run = run("invoke", "--store", FixtureStore.location(), "--event", "../events/score-one.json");
        String out = run[0];
        String logs = run[1];

        List<String> logLines = logs.lines().filter(l -> l.startsWith("{\"")).toList();
        assertEquals(1, logLines.size(), "one request line:\n" + logs);
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

        // stdout is the answer and nothing else (`invoke ... | python3 -m json.tool` reads it): one JSON document.
        JsonNode response = readWhole(out);
        assertEquals(200, response.get("statusCode").asInt());
        assertTrue(
                JSON.readTree(response.get("body").asText())
                        .at("/scores/0/probability")
                        .isNumber(),
                out);
    }

    @Test
    void invokeBatchAnswersOnStdoutAlone() throws Exception {
        String[] run =
                run("invoke-batch", "--store", FixtureStore.location(), "--event", "../events/batch-bad-rows.json");
        JsonNode answer = readWhole(run[0]);
        assertTrue(answer.at("/scores/0").isObject(), run[0]);
        assertFalse(run[0].contains("E-"), "numbers as the answer wrote them, never an exponent: " + run[0]);
    }

    /** {@code text} is exactly one JSON document (trailing whitespace aside). */
    static JsonNode readWhole(String text) throws IOException {
        try (JsonParser p = JSON.createParser(text)) {
            JsonNode n = JSON.readTree(p);
            assertNull(p.nextToken(), "nothing after the answer: " + text);
            assertTrue(text.startsWith("{"), "nothing before the answer: " + text);
            return n;
        }
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
