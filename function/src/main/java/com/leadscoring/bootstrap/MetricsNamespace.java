package com.leadscoring.bootstrap;

/**
 * The one namespace setting of every handler's CloudWatch metrics: {@code POWERTOOLS_METRICS_NAMESPACE}, as Powertools
 * reads it, else {@link #DEFAULT}. The alarms and the dashboard of infra/template.yaml name the same namespace.
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
