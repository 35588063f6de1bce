package com.leadscoring.metrics;

import java.util.function.Consumer;

import software.amazon.lambda.powertools.metrics.Metrics;
import software.amazon.lambda.powertools.metrics.model.DimensionSet;

/**
 * Where a handler publishes its metrics: each {@link #publish} is one EMF line through Powertools' {@link Metrics} API
 * ({@link #powertools}), in its own metrics context (concurrent requests never mix their numbers), under the namespace
 * of {@link MetricsNamespace} and one dimension set: {@code Service} (the function's {@code POWERTOOLS_SERVICE_NAME})
 * plus at most one more dimension. One set, not Powertools' default {@code Service} set beside a second one: the alarms
 * and the dashboard select metrics by the whole set ({@code Service, status}), and two sets would publish each metric
 * under {@code Service} and under {@code status} alone.
 */
public final class HandlerMetrics {

    /** Publishes nothing: tests and the local CLI, whose stdout is the answer. */
    public static final HandlerMetrics NONE = new HandlerMetrics(null, MetricsNamespace.DEFAULT, "none");

    private final Metrics powertools;
    private final String namespace;
    private final String service;

    /**
     * Publishes through {@code powertools} (Powertools' singleton on Lambda) in {@code namespace}, dimension
     * {@code Service=service}.
     */
    public HandlerMetrics(Metrics powertools, String namespace, String service) {
        this.powertools = powertools;
        this.namespace = namespace;
        this.service = service;
    }

    /**
     * On Lambda: Powertools' metrics, the namespace of {@link MetricsNamespace}, the service of
     * {@code POWERTOOLS_SERVICE_NAME} (the template sets it per function), else {@code defaultService}.
     */
    public static HandlerMetrics fromEnvironment(String defaultService) {
        String service = System.getenv("POWERTOOLS_SERVICE_NAME");
        return new HandlerMetrics(
                powertools(),
                MetricsNamespace.fromEnvironment(),
                service == null || service.isBlank() ? defaultService : service);
    }

    /**
     * Powertools' {@link Metrics} as the handlers use it: {@link EmfLineMetrics}, whose EMF line leaves with the
     * request's log line in one write. Not {@code MetricsFactory}'s singleton: its request-scoped proxy keeps one
     * metrics instance per X-Ray trace id until {@code flush()}, which {@code flushMetrics} never calls, so on Lambda
     * (a trace id per invocation) it would keep one per request for the container's life.
     */
    public static Metrics powertools() {
        return new EmfLineMetrics();
    }

    public String service() {
        return service;
    }

    /** One EMF line with dimension {@code Service} and the metrics (and metadata) {@code record} adds. */
    public void publish(Consumer<Metrics> record) {
        publish(DimensionSet.of("Service", service), record);
    }

    /** One EMF line with the dimensions {@code Service} and {@code dimension=value}. */
    public void publish(String dimension, String value, Consumer<Metrics> record) {
        publish(DimensionSet.of("Service", service, dimension, value), record);
    }

    private void publish(DimensionSet dimensions, Consumer<Metrics> record) {
        if (powertools == null) {
            return;
        }
        powertools.flushMetrics(m -> {
            m.setNamespace(namespace);
            // The context's only dimension set (addDimension would add a second one beside Service).
            m.setDefaultDimensions(dimensions);
            record.accept(m);
        });
    }
}
