package com.leadscoring.monitor;

import com.leadscoring.drift.DriftResult;
import com.leadscoring.drift.FieldDrift;
import com.leadscoring.metrics.HandlerMetrics;
import software.amazon.lambda.powertools.metrics.model.MetricUnit;

/**
 * A drift check as CloudWatch EMF lines through Powertools ({@link HandlerMetrics}): {@code PSI} per view (dimensions
 * {@code Service, field}; the score is field {@code score}), one line each, for the dashboard, and per run
 * {@code MaxPSI}, {@code ShiftedFields} and {@code LeadsChecked} (dimension {@code Service}), which the drift alarm
 * watches. A run with too few leads to judge publishes {@code LeadsChecked} only: no PSI of noise reaches the alarm.
 */
public final class EmfDriftMetrics implements DriftMetrics {

    /** The drift function's service when {@code POWERTOOLS_SERVICE_NAME} is not set. */
    static final String SERVICE = "lead-scoring-drift";

    private final HandlerMetrics metrics;

    EmfDriftMetrics(HandlerMetrics metrics) {
        this.metrics = metrics;
    }

    /** On Lambda: Powertools' metrics, the function's service. */
    static EmfDriftMetrics fromEnvironment() {
        return new EmfDriftMetrics(HandlerMetrics.fromEnvironment(SERVICE));
    }

    @Override
    public void publish(DriftResult result) {
        if (result.tooFewLeads()) {
            metrics.publish(m -> {
                m.addMetric("LeadsChecked", result.rows(), MetricUnit.COUNT);
                m.addMetadata("tooFewLeads", true);
                m.addMetadata("minLeads", result.minLeads());
                m.addMetadata("modelVersion", result.modelVersion());
                m.addMetadata("source", result.source());
            });
            return;
        }
        double max = 0;
        for (FieldDrift f : result.all()) {
            max = Math.max(max, f.psi());
            metrics.publish("field", f.name(), m -> {
                m.addMetric("PSI", f.psi(), MetricUnit.NONE);
                m.addMetadata("band", f.band().label());
                m.addMetadata("modelVersion", result.modelVersion());
            });
        }
        double maxPsi = max;
        metrics.publish(m -> {
            m.addMetric("MaxPSI", maxPsi, MetricUnit.NONE);
            m.addMetric("ShiftedFields", result.shifted().size(), MetricUnit.COUNT);
            m.addMetric("LeadsChecked", result.rows(), MetricUnit.COUNT);
            m.addMetadata("modelVersion", result.modelVersion());
            m.addMetadata("source", result.source());
        });
    }
}
