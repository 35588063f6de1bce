package com.leadscoring.api;

import software.amazon.lambda.powertools.metrics.Metrics;
import software.amazon.lambda.powertools.metrics.MetricsBuilder;
import software.amazon.lambda.powertools.metrics.model.DimensionSet;
import software.amazon.lambda.powertools.metrics.model.MetricUnit;

/**
 * Request figures as CloudWatch Embedded Metric Format lines through Powertools for AWS Lambda: Latency, LeadsScored
 * and BuyCount per request, and Errors with the status as a dimension. Namespace and service come from
 * {@code POWERTOOLS_METRICS_NAMESPACE} / {@code POWERTOOLS_SERVICE_NAME} when set.
 */
public final class PowertoolsRequestMetrics implements RequestMetrics {

    private final Metrics metrics;
    private final String namespace;

    public PowertoolsRequestMetrics() {
        this.namespace = envOr("POWERTOOLS_METRICS_NAMESPACE", "LeadScoring");
        this.metrics = MetricsBuilder.builder().withNamespace(namespace)
                .withService(envOr("POWERTOOLS_SERVICE_NAME", "lead-scoring")).withRaiseOnEmptyMetrics(false).build();
    }

    @Override
    public synchronized void record(int status, int leads, int buys, double latencyMillis) {
        metrics.addMetric("Latency", latencyMillis, MetricUnit.MILLISECONDS);
        if (status == 200) {
            metrics.addMetric("LeadsScored", leads, MetricUnit.COUNT);
            metrics.addMetric("BuyCount", buys, MetricUnit.COUNT);
        }
        metrics.flush();
        if (status >= 400) {
            metrics.flushSingleMetric("Errors", 1, MetricUnit.COUNT, namespace, DimensionSet.of("status", Integer.toString(status)));
        }
    }

    private static String envOr(String name, String fallback) {
        String v = System.getenv(name);
        return v == null || v.isBlank() ? fallback : v;
    }
}
