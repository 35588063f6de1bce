package com.leadscoring.metrics;

/**
 * The one namespace setting of every handler's CloudWatch metrics: {@code POWERTOOLS_METRICS_NAMESPACE}, as Powertools
 * reads it, else {@link #DEFAULT}. infra/template.yaml sets it once for every function (its {@code Globals}), and its
 * alarms and dashboard name the same namespace (TemplateTest).
 */
public final class MetricsNamespace {

    /** Used when {@code POWERTOOLS_METRICS_NAMESPACE} is not set. */
    public static final String DEFAULT = "LeadScoring";

    private MetricsNamespace() {}

    public static String fromEnvironment() {
        String ns = System.getenv("POWERTOOLS_METRICS_NAMESPACE");
        return ns == null || ns.isBlank() ? DEFAULT : ns;
    }
}
