package com.leadscoring.monitor;

import com.leadscoring.metrics.HandlerMetrics;
import com.leadscoring.realized.RealizedReport;
import com.leadscoring.realized.RealizedReport.VersionResult;
import software.amazon.lambda.powertools.metrics.model.MetricUnit;

/**
 * Realized accuracy as CloudWatch EMF lines through Powertools ({@link HandlerMetrics}): per model version
 * {@code RealizedRocAuc} and {@code RealizedGradeAConversion} (dimensions {@code Service, ModelVersion}; a figure that
 * cannot be computed is left out, EMF takes no NaN), per run {@code RealizedDegraded} (1 when any version is degraded)
 * and {@code RealizedLeadsJudged} (dimension {@code Service}), which the alarm watches.
 */
@FunctionalInterface
interface RealizedMetrics {

    /** The evaluation function's service when {@code POWERTOOLS_SERVICE_NAME} is not set. */
    String SERVICE = "lead-scoring-evaluate";

    void publish(RealizedReport report);

    /** Through {@code metrics} (Powertools' on Lambda). */
    static RealizedMetrics emf(HandlerMetrics metrics) {
        return report -> {
            long judged = 0;
            for (VersionResult v : report.modelVersions()) {
                judged += v.judged();
                double auc = v.rocAuc().value();
                double a = v.grades().isEmpty() ? Double.NaN : v.grades().get(0).conversion();
                metrics.publish("ModelVersion", v.modelVersion(), m -> {
                    if (Double.isFinite(auc)) {
                        m.addMetric("RealizedRocAuc", auc, MetricUnit.NONE);
                    }
                    if (Double.isFinite(a)) {
                        m.addMetric("RealizedGradeAConversion", a, MetricUnit.NONE);
                    }
                    m.addMetadata("verdict", v.verdict());
                });
            }
            long leads = judged;
            metrics.publish(m -> {
                m.addMetric("RealizedDegraded", report.degraded() ? 1 : 0, MetricUnit.NONE);
                m.addMetric("RealizedLeadsJudged", leads, MetricUnit.COUNT);
            });
        };
    }
}
