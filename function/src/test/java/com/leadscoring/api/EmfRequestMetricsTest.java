package com.leadscoring.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import com.amazonaws.services.lambda.runtime.Context;
import com.leadscoring.api.RequestMetrics.RequestOutcome;
import com.leadscoring.metrics.EmfLines;
import com.leadscoring.metrics.HandlerMetrics;
import org.junit.jupiter.api.Test;
import software.amazon.lambda.powertools.metrics.Metrics;
import software.amazon.lambda.powertools.metrics.model.DimensionSet;
import software.amazon.lambda.powertools.metrics.model.MetricResolution;
import software.amazon.lambda.powertools.metrics.model.MetricUnit;

/**
 * What one request hands to Powertools: its own metrics context with the namespace, the {@code Service, status}
 * dimensions and the four metrics with their units; and the EMF line Powertools writes of it.
 */
class EmfRequestMetricsTest {

    static EmfRequestMetrics metrics(Metrics powertools) {
        return new EmfRequestMetrics(new HandlerMetrics(powertools, "LeadScoringTest", EmfRequestMetrics.SERVICE));
    }

    /** Records the calls Powertools would turn into one EMF line. */
    static class RecordingMetrics implements Metrics {
        String namespace;
        final Map<String, String> dimensions = new LinkedHashMap<>();
        final Map<String, Double> values = new LinkedHashMap<>();
        final Map<String, MetricUnit> units = new LinkedHashMap<>();
        int isolatedFlushes;

        @Override
        public void addMetric(String key, double value, MetricUnit unit, MetricResolution resolution) {
            values.put(key, value);
            units.put(key, unit);
        }

        @Override
        public void addDimension(DimensionSet set) {
            dimensions.putAll(set.getDimensions());
        }

        @Override
        public void setNamespace(String ns) {
            namespace = ns;
        }

        @Override
        public void flushMetrics(Consumer<Metrics> block) {
            isolatedFlushes++;
            block.accept(this);
        }

        @Override
        public void setTimestamp(Instant timestamp) {}

        @Override
        public void addMetadata(String key, Object value) {}

        @Override
        public void setDefaultDimensions(DimensionSet set) {
            dimensions.clear();
            dimensions.putAll(set.getDimensions());
        }

        @Override
        public DimensionSet getDefaultDimensions() {
            return new DimensionSet();
        }

        @Override
        public void setRaiseOnEmptyMetrics(boolean raise) {}

        @Override
        public void clearDefaultDimensions() {}

        @Override
        public void flush() {
            throw new AssertionError("requests must not flush the shared context");
        }

        @Override
        public void captureColdStartMetric(Context context, DimensionSet dimensions) {}

        @Override
        public void captureColdStartMetric(DimensionSet dimensions) {}
    }

    @Test
    void oneIsolatedContextPerRequestWithStatusDimension() {
        RecordingMetrics m = new RecordingMetrics();
        metrics(m).record(new RequestOutcome(200, 3.5, 20, 4));
        assertEquals(1, m.isolatedFlushes);
        assertEquals("LeadScoringTest", m.namespace);
        assertEquals(Map.of("Service", "lead-scoring", "status", "200"), m.dimensions);
        assertEquals(Map.of("Latency", 3.5, "LeadsScored", 20.0, "BuyCount", 4.0, "Errors", 0.0), m.values);
        assertEquals(MetricUnit.MILLISECONDS, m.units.get("Latency"));
        assertEquals(MetricUnit.COUNT, m.units.get("LeadsScored"));

        RecordingMetrics failed = new RecordingMetrics();
        metrics(failed).record(new RequestOutcome(413, 1.0, 0, 0));
        assertEquals(Map.of("Service", "lead-scoring", "status", "413"), failed.dimensions);
        assertEquals(1.0, failed.values.get("Errors"));
    }

    @Test
    void scoredRequestsCountLeadsPerGrade() {
        RecordingMetrics m = new RecordingMetrics();
        Map<String, Integer> grades = new LinkedHashMap<>();
        grades.put("A", 3);
        grades.put("B", 0);
        grades.put("C", 5);
        grades.put("D", 12);
        metrics(m).record(new RequestOutcome(200, 2.0, 20, 3, grades));
        assertEquals(3.0, m.values.get("GradeA"));
        assertEquals(0.0, m.values.get("GradeB"), "a grade with no leads is still reported, so shares stay computable");
        assertEquals(5.0, m.values.get("GradeC"));
        assertEquals(12.0, m.values.get("GradeD"));
        assertEquals(MetricUnit.COUNT, m.units.get("GradeA"));
        assertEquals(
                m.values.get("LeadsScored"),
                m.values.get("GradeA") + m.values.get("GradeB") + m.values.get("GradeC") + m.values.get("GradeD"));

        RecordingMetrics rejected = new RecordingMetrics();
        metrics(rejected).record(new RequestOutcome(400, 1.0, 0, 0));
        assertTrue(rejected.values.keySet().stream().noneMatch(k -> k.startsWith("Grade")), rejected.values.toString());
    }

    @Test
    void aMetricsFailureNeverFailsTheRequest() {
        RecordingMetrics broken = new RecordingMetrics() {
            @Override
            public void flushMetrics(Consumer<Metrics> block) {
                throw new IllegalStateException("namespace missing");
            }
        };
        metrics(broken).record(new RequestOutcome(200, 1.0, 1, 0));
    }

    @Test
    void eachRequestIsOneEmfLineInTheNamespaceWithServiceAndStatus() throws Exception {
        Map<String, Integer> grades = new LinkedHashMap<>();
        grades.put("A", 1);
        grades.put("B", 0);
        grades.put("C", 0);
        grades.put("D", 2);
        EmfRequestMetrics metrics = new EmfRequestMetrics(EmfLines.powertools("LeadScoringTest", "lead-scoring"));
        List<EmfLines.Line> lines = EmfLines.capture(() -> {
                    metrics.record(new RequestOutcome(200, 2.5, 3, 1, grades));
                    metrics.record(new RequestOutcome(400, 0.5, 0, 0));
                    return null;
                })
                .lines();
        assertEquals(2, lines.size(), lines.toString());
        EmfLines.Line scored = lines.get(0);
        assertEquals("LeadScoringTest", scored.namespace());
        assertEquals(Map.of("Service", "lead-scoring", "status", "200"), scored.dimensions());
        assertEquals(
                Map.of(
                        "Latency",
                        2.5,
                        "LeadsScored",
                        3.0,
                        "BuyCount",
                        1.0,
                        "Errors",
                        0.0,
                        "GradeA",
                        1.0,
                        "GradeB",
                        0.0,
                        "GradeC",
                        0.0,
                        "GradeD",
                        2.0),
                scored.values());
        assertEquals("Milliseconds", scored.units().get("Latency"));
        for (String count : new String[] {"LeadsScored", "BuyCount", "Errors", "GradeA", "GradeD"}) {
            assertEquals("Count", scored.units().get(count), count);
        }
        EmfLines.Line refused = lines.get(1);
        assertEquals(Map.of("Service", "lead-scoring", "status", "400"), refused.dimensions());
        assertEquals(Map.of("Latency", 0.5, "LeadsScored", 0.0, "BuyCount", 0.0, "Errors", 1.0), refused.values());
    }
}
