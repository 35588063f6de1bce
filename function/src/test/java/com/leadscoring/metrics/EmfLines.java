package com.leadscoring.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The EMF lines a piece of work writes to stdout, read back as CloudWatch reads them (the embedded metric format
 * specification: {@code _aws.Timestamp}, {@code _aws.CloudWatchMetrics[].Namespace/Dimensions/Metrics}, each metric's
 * and dimension's value a top-level member). Tests run with {@code AWS_EMF_ENVIRONMENT=Lambda} (function/pom.xml), so
 * Powertools' own EmfMetricsLogger writes to stdout as on Lambda too (EmfLineMetricsTest compares the two).
 */
public final class EmfLines {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** One EMF line. */
    public record Line(JsonNode json) {

        public String namespace() {
            return directive().get("Namespace").asText();
        }

        /** The dimension sets of the line, each as its set of keys. */
        public List<Set<String>> dimensionSets() {
            List<Set<String>> sets = new ArrayList<>();
            for (JsonNode set : directive().get("Dimensions")) {
                Set<String> keys = new LinkedHashSet<>();
                set.forEach(k -> keys.add(k.asText()));
                sets.add(keys);
            }
            return sets;
        }

        /** Each dimension of the line's (only) set with its value. */
        public Map<String, String> dimensions() {
            List<Set<String>> sets = dimensionSets();
            assertEquals(1, sets.size(), "one dimension set: " + json);
            Map<String, String> values = new LinkedHashMap<>();
            for (String key : sets.get(0)) {
                assertTrue(json.path(key).isTextual(), "dimension " + key + " has a value: " + json);
                values.put(key, json.get(key).asText());
            }
            return values;
        }

        /** Metric name → unit, as declared. */
        public Map<String, String> units() {
            Map<String, String> units = new LinkedHashMap<>();
            for (JsonNode m : directive().get("Metrics")) {
                units.put(m.get("Name").asText(), m.get("Unit").asText());
            }
            return units;
        }

        /** Metric name → value; every declared metric has one number. */
        public Map<String, Double> values() {
            Map<String, Double> values = new LinkedHashMap<>();
            for (String name : units().keySet()) {
                assertTrue(json.path(name).isNumber(), "metric " + name + " has a number: " + json);
                values.put(name, json.get(name).asDouble());
            }
            return values;
        }

        public long timestamp() {
            return json.at("/_aws/Timestamp").asLong();
        }

        private JsonNode directive() {
            JsonNode directives = json.at("/_aws/CloudWatchMetrics");
            assertEquals(1, directives.size(), json.toString());
            return directives.get(0);
        }
    }

    /** What {@code work} returned, and the EMF lines it wrote. */
    public record Captured<T>(T result, List<Line> lines) {}

    private EmfLines() {}

    /** Runs {@code work} with stdout captured; the EMF lines among what it wrote (log lines are left out). */
    public static <T> Captured<T> capture(Callable<T> work) throws Exception {
        PrintStream original = System.out;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
        T result;
        try {
            result = work.call();
        } finally {
            System.setOut(original);
        }
        List<Line> lines = new ArrayList<>();
        for (String line : out.toString(StandardCharsets.UTF_8).split("\n")) {
            if (line.startsWith("{\"_aws\"")) {
                lines.add(new Line(JSON.readTree(line)));
            }
        }
        return new Captured<>(result, lines);
    }

    /** Metrics as a handler's Lambda constructor builds them, in {@code namespace} for service {@code service}. */
    public static HandlerMetrics powertools(String namespace, String service) {
        return new HandlerMetrics(HandlerMetrics.powertools(), namespace, service);
    }
}
