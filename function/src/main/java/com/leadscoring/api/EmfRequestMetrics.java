package com.leadscoring.api;

import com.leadscoring.metrics.HandlerMetrics;
import org.slf4j.LoggerFactory;
import software.amazon.lambda.powertools.metrics.model.MetricUnit;

/**
 * Request metrics as CloudWatch embedded metric format through Powertools ({@link HandlerMetrics}): one EMF line per
 * request with {@code Latency}, {@code LeadsScored}, {@code BuyCount}, {@code Errors} and, for scored requests, one
 * {@code Grade<g>} count per grade of the model's bands ({@code GradeA}..{@code GradeD}), dimensioned by
 * {@code Service, status}.
 */
public final class EmfRequestMetrics implements RequestMetrics {

    /** The API function's service when {@code POWERTOOLS_SERVICE_NAME} is not set. */
    static final String SERVICE = "lead-scoring";

    private final HandlerMetrics metrics;

    public EmfRequestMetrics() {
        this(HandlerMetrics.fromEnvironment(SERVICE));
    }

    EmfRequestMetrics(HandlerMetrics metrics) {
        this.metrics = metrics;
    }

    @Override
    public void record(RequestOutcome o) {
        try {
            metrics.publish("status", Integer.toString(o.status()), m -> {
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
