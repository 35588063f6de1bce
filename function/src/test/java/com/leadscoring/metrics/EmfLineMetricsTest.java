package com.leadscoring.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Supplier;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.leadscoring.wire.JsonText;
import org.junit.jupiter.api.Test;
import software.amazon.cloudwatchlogs.emf.environment.EnvironmentProvider;
import software.amazon.cloudwatchlogs.emf.model.MetricsContext;
import software.amazon.lambda.powertools.metrics.Metrics;
import software.amazon.lambda.powertools.metrics.internal.EmfMetricsLogger;
import software.amazon.lambda.powertools.metrics.model.DimensionSet;
import software.amazon.lambda.powertools.metrics.model.MetricUnit;

/**
 * The EMF line written straight is the line Powertools' own EmfMetricsLogger writes on Lambda for the same calls:
 * namespace, dimension sets, metric names and units, every member's value; only the member order of the metrics list
 * (the EMF library keeps them in a hash map) and the timestamp may differ.
 */
class EmfLineMetricsTest {

    static JsonNode line(Supplier<Metrics> root, Consumer<Metrics> record) throws Exception {
        Metrics metrics = root.get();
        metrics.setNamespace("LeadScoringTest");
        List<EmfLines.Line> lines = EmfLines.capture(() -> {
                    metrics.flushMetrics(record);
                    return null;
                })
                .lines();
        assertEquals(1, lines.size(), lines.toString());
        return lines.get(0).json();
    }

    static void same(Consumer<Metrics> record) throws Exception {
        long from = System.currentTimeMillis();
        JsonNode powertools = line(() -> new EmfMetricsLogger(new EnvironmentProvider(), new MetricsContext()), record);
        JsonNode direct = line(EmfLineMetrics::new, record);
        long to = System.currentTimeMillis();
        JsonNode p = powertools.at("/_aws/CloudWatchMetrics/0");
        JsonNode d = direct.at("/_aws/CloudWatchMetrics/0");
        assertEquals(p.get("Namespace"), d.get("Namespace"));
        assertEquals(p.get("Dimensions"), d.get("Dimensions"), "dimension sets, keys in order");
        assertEquals(members(p.get("Metrics")), members(d.get("Metrics")), "metric names and units");
        long timestamp = direct.at("/_aws/Timestamp").asLong();
        assertTrue(timestamp >= from && timestamp <= to, direct.toString());
        ObjectNode a = powertools.deepCopy();
        ObjectNode b = direct.deepCopy();
        a.remove("_aws");
        b.remove("_aws");
        assertEquals(names(a), names(b), "members:\n" + powertools + "\n" + direct);
        a.fields().forEachRemaining(e -> {
            JsonNode other = b.get(e.getKey());
            if (e.getValue().isNumber()) {
                assertEquals(e.getValue().asDouble(), other.asDouble(), e.getKey());
                assertTrue(other.isNumber(), e.getKey());
            } else {
                assertEquals(e.getValue(), other, e.getKey());
            }
        });
    }

    static Set<String> members(JsonNode metrics) {
        Set<String> out = new HashSet<>();
        metrics.forEach(m -> out.add(m.toString()));
        return out;
    }

    static Set<String> names(JsonNode node) {
        Set<String> out = new HashSet<>();
        node.fieldNames().forEachRemaining(out::add);
        return out;
    }

    @Test
    void aRequestsLineIsPowertoolsLine() throws Exception {
        same(m -> {
            m.setDefaultDimensions(DimensionSet.of("Service", "lead-scoring", "status", "200"));
            m.addMetric("Latency", 0.123, MetricUnit.MILLISECONDS);
            m.addMetric("LeadsScored", 1000, MetricUnit.COUNT);
            m.addMetric("BuyCount", 0, MetricUnit.COUNT);
            m.addMetric("GradeA", 1e-7, MetricUnit.COUNT);
            m.addMetric("Ratio", 12345.678901234, MetricUnit.NONE);
        });
    }

    @Test
    void metadataAddedSetsAndRepeatedMetricsAreWrittenAsPowertoolsWritesThem() throws Exception {
        same(m -> {
            m.setDefaultDimensions(DimensionSet.of("Service", "lead-scoring-drift"));
            m.addDimension(DimensionSet.of("field", "signup_date"));
            m.addMetric("PSI", 0.31, MetricUnit.NONE);
            m.addMetric("PSI", 0.02, MetricUnit.NONE);
            m.addMetadata("band", "shifted \"a\" é 😀");
            m.addMetadata("tooFewLeads", true);
            m.addMetadata("minLeads", 1000L);
        });
    }

    @Test
    void withoutDefaultDimensionsTheLibrarysOwnAreUsed() throws Exception {
        same(m -> m.addMetric("X", 2, MetricUnit.BYTES_SECOND));
        same(m -> {
            m.addDimension(DimensionSet.of("field", "score"));
            m.addMetric("X", 2, MetricUnit.PERCENT);
        });
    }

    @Test
    void whatCloudWatchRefusesIsRefusedByName() {
        EmfLineMetrics m = new EmfLineMetrics();
        IllegalArgumentException nan =
                assertThrows(IllegalArgumentException.class, () -> m.addMetric("PSI", Double.NaN, MetricUnit.NONE));
        assertTrue(nan.getMessage().contains("PSI"), nan.getMessage());
        assertThrows(IllegalArgumentException.class, () -> m.setNamespace("a namespace with spaces"));
        m.addMetric("X", 1, MetricUnit.COUNT);
        assertThrows(IllegalArgumentException.class, m::flush, "no namespace");
    }

    /** A whole count written without the general formatting is the same text as through it. */
    @Test
    void wholeNumbersAreWrittenAsTheGeneralPathWritesThem() {
        Random r = new Random(34);
        List<Double> values = new ArrayList<>(List.of(
                0.0,
                -0.0,
                1.0,
                -1.0,
                9.0,
                10.0,
                9_999_999.0,
                10_000_000.0,
                -9_999_999.0,
                -10_000_000.0,
                1e300,
                0.5,
                1.25,
                1e-7,
                Double.MIN_VALUE,
                (double) Long.MAX_VALUE,
                (double) Long.MIN_VALUE));
        for (int i = 0; i < 20_000; i++) {
            values.add((double) r.nextInt(20_000_000) - 10_000_000);
            values.add(r.nextDouble() * 1000);
        }
        for (double d : values) {
            StringBuilder general = new StringBuilder();
            JsonText.number(general, d);
            StringBuilder fast = new StringBuilder();
            EmfLineMetrics.number(fast, d);
            assertEquals(general.toString(), fast.toString(), "for " + d);
        }
    }
}
