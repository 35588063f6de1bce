package com.leadscoring.api;

import com.leadscoring.bootstrap.MetricsNamespace;
import org.slf4j.LoggerFactory;
import software.amazon.lambda.powertools.metrics.Metrics;
import software.amazon.lambda.powertools.metrics.MetricsFactory;
import software.amazon.lambda.powertools.metrics.model.DimensionSet;
import software.amazon.lambda.powertools.metrics.model.MetricUnit;

/**
 * Request metrics as CloudWatch embedded metric format through Powertools: one EMF line per request with
 * {@code Latency}, {@code LeadsScored}, {@code BuyCount}, {@code Errors} and, for scored requests, one {@code Grade<g>}
 * count per grade of the model's bands ({@code GradeA}..{@code GradeD}), dimensioned by {@code status}. Each request
 * flushes its own metrics context, so concurrent requests (local serving) never mix their numbers.
 */
public final class EmfRequestMetrics implements RequestMetrics {

    private final Metrics metrics;
    private final String namespace;

    public EmfRequestMetrics() {
        this(MetricsFactory.getMetricsInstance(), MetricsNamespace.fromEnvironment());
    }

    EmfRequestMetrics(Metrics metrics, String namespace) {
        this.metrics = metrics;
        this.namespace = namespace;
    }

    @Override
    public void record(RequestOutcome o) {
        try {
            metrics.flushMetrics(m -> {
                m.setNamespace(namespace);
                m.addDimension(DimensionSet.of("status", Integer.toString(o.status())));
                m.addMetric("Latency", o.latencyMs(), MetricUnit.MILLISECONDS);
                m.addMetric("LeadsScored", o.leadsScored(), MetricUnit.COUNT);
                m.addMetric("BuyCount", o.buyCount(), MetricUnit.COUNT);
                m.addMetric("Errors", o.error() ? 1 : 0, MetricUnit.COUNT);
                // GradeA..GradeD: a shift in the share of A leads is visible (and alarmable) without the leads.
                o.gradeCounts().forEach((grade, n) -> m.addMetric("Grade" + grade, n, MetricUnit.COUNT));
            });
        } catch (RuntimeException e) {
            // Metrics must never fail a request that was answered.
            LoggerFactory.getLogger(EmfRequestMetrics.class).warn("cannot emit request metrics: {}", e.toString());
        }
    }
}
