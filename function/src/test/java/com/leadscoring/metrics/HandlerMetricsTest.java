package com.leadscoring.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import software.amazon.lambda.powertools.metrics.model.MetricUnit;

/** Each publish is one EMF line in the namespace, with Service (and the extra dimension) as its one dimension set. */
class HandlerMetricsTest {

    @Test
    void oneLinePerPublishWithOneDimensionSet() throws Exception {
        HandlerMetrics metrics = EmfLines.powertools("LeadScoringTest", "svc");
        long before = System.currentTimeMillis();
        List<EmfLines.Line> lines = EmfLines.capture(() -> {
                    metrics.publish("status", "200", m -> m.addMetric("LeadsScored", 3, MetricUnit.COUNT));
                    metrics.publish(m -> {
                        m.addMetric("Latency", 1.5, MetricUnit.MILLISECONDS);
                        m.addMetadata("modelVersion", "v1");
                    });
                    return null;
                })
                .lines();
        assertEquals(2, lines.size(), lines.toString());
        EmfLines.Line status = lines.get(0);
        assertEquals("LeadScoringTest", status.namespace());
        // One set {Service, status}: what the alarms and the dashboard select, not {Service} and {status} apart.
        assertEquals(List.of(Set.of("Service", "status")), status.dimensionSets());
        assertEquals(Map.of("Service", "svc", "status", "200"), status.dimensions());
        assertEquals(Map.of("LeadsScored", "Count"), status.units());
        assertEquals(Map.of("LeadsScored", 3.0), status.values());
        assertTrue(status.timestamp() >= before, status.json().toString());

        EmfLines.Line plain = lines.get(1);
        assertEquals(Map.of("Service", "svc"), plain.dimensions());
        assertEquals(Map.of("Latency", "Milliseconds"), plain.units());
        assertEquals("v1", plain.json().get("modelVersion").asText(), "metadata beside the metrics");
        assertTrue(!plain.json().has("status"), "no dimension carried over from the other line: " + plain.json());
    }

    @Test
    void theNamespaceIsPowertoolsSettingElseTheDefault() {
        String set = System.getenv("POWERTOOLS_METRICS_NAMESPACE");
        assertEquals(set == null || set.isBlank() ? "LeadScoring" : set, MetricsNamespace.fromEnvironment());
        assertEquals("LeadScoring", MetricsNamespace.DEFAULT);
    }

    @Test
    void noneWritesNothing() throws Exception {
        assertEquals(
                List.of(),
                EmfLines.capture(() -> {
                            HandlerMetrics.NONE.publish(m -> m.addMetric("X", 1, MetricUnit.COUNT));
                            return null;
                        })
                        .lines());
    }
}
