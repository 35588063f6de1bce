package com.leadscoring.metrics;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.regex.Pattern;

import com.amazonaws.services.lambda.runtime.Context;
import com.leadscoring.stdout.DecimalText;
import com.leadscoring.stdout.StdoutBatch;
import com.leadscoring.wire.JsonText;
import software.amazon.lambda.powertools.common.internal.LambdaHandlerProcessor;
import software.amazon.lambda.powertools.metrics.Metrics;
import software.amazon.lambda.powertools.metrics.model.DimensionSet;
import software.amazon.lambda.powertools.metrics.model.MetricResolution;
import software.amazon.lambda.powertools.metrics.model.MetricUnit;

/**
 * Powertools' {@link Metrics}, its EMF line written straight into the request's stdout batch ({@link StdoutBatch}): the
 * line Powertools' own {@code EmfMetricsLogger} writes on Lambda (the same members and values, EmfLineMetricsTest
 * compares the two), without its per-flush logger, context, lock and Jackson object graph, and leaving with the
 * request's log line in one write. Registered as Powertools' metrics provider ({@link HandlerMetrics#powertools}), so
 * every handler still publishes through Powertools' API and configuration.
 */
final class EmfLineMetrics implements Metrics {

    /** Compiled once: each request's metrics context sets its namespace, and String.matches compiles per call. */
    private static final Pattern NAMESPACE = Pattern.compile("[a-zA-Z0-9._#:/-]{1,255}");

    private static final Map<String, String> ENVIRONMENT = environment();

    private String namespace;
    private Map<String, String> defaultDimensions = new LinkedHashMap<>();
    /** Dimension sets beyond the default one (Powertools' addDimension). */
    private final List<Map<String, String>> added = new ArrayList<>();
    /** The default set replaces the library's own only once set (as setDimensions does in the EMF library). */
    private boolean defaultsSet;

    private final Map<String, Object> metadata = new LinkedHashMap<>();
    private final Map<String, String> units = new LinkedHashMap<>();
    private final Map<String, List<Double>> values = new LinkedHashMap<>();
    private Instant timestamp;
    private boolean raiseOnEmptyMetrics;

    @Override
    public void addMetric(String key, double value, MetricUnit unit, MetricResolution resolution) {
        if (key == null || key.isBlank() || key.length() > 1024) {
            throw new IllegalArgumentException("a metric needs a name of 1 to 1,024 characters, got " + key);
        }
        if (!Double.isFinite(value)) {
            throw new IllegalArgumentException("metric " + key + " is not a finite number: " + value);
        }
        units.putIfAbsent(key, unit.getName());
        values.computeIfAbsent(key, k -> new ArrayList<>(1)).add(value);
    }

    @Override
    public void addDimension(DimensionSet dimensionSet) {
        if (dimensionSet == null) {
            throw new IllegalArgumentException("DimensionSet cannot be null");
        }
        Map<String, String> set = dimensionSet.getDimensions();
        added.removeIf(s -> s.keySet().equals(set.keySet()));
        added.add(set);
    }

    @Override
    public void setTimestamp(Instant timestamp) {
        this.timestamp = timestamp;
    }

    @Override
    public void addMetadata(String key, Object value) {
        metadata.put(key, value);
    }

    @Override
    public void setDefaultDimensions(DimensionSet dimensionSet) {
        if (dimensionSet == null) {
            throw new IllegalArgumentException("DimensionSet cannot be null");
        }
        defaultDimensions = new LinkedHashMap<>(dimensionSet.getDimensions());
        added.clear();
        defaultsSet = true;
    }

    @Override
    public DimensionSet getDefaultDimensions() {
        return DimensionSet.of(defaultDimensions);
    }

    @Override
    public void setNamespace(String namespace) {
        if (namespace == null || !NAMESPACE.matcher(namespace).matches()) {
            throw new IllegalArgumentException("not a CloudWatch namespace: " + namespace);
        }
        this.namespace = namespace;
    }

    @Override
    public void setRaiseOnEmptyMetrics(boolean raiseOnEmptyMetrics) {
        this.raiseOnEmptyMetrics = raiseOnEmptyMetrics;
    }

    @Override
    public void clearDefaultDimensions() {
        defaultDimensions.clear();
        added.clear();
    }

    @Override
    public void flush() {
        if (disabled()) {
            return;
        }
        if (namespace == null) {
            throw new IllegalArgumentException("no namespace: set POWERTOOLS_METRICS_NAMESPACE");
        }
        if (values.isEmpty()) {
            if (raiseOnEmptyMetrics) {
                throw new IllegalStateException("No metrics were emitted");
            }
            return;
        }
        StringBuilder line = StdoutBatch.begin();
        appendLine(line);
        StdoutBatch.end(line);
        units.clear();
        values.clear();
        added.clear();
    }

    @Override
    public void captureColdStartMetric(Context context, DimensionSet dimensions) {
        if (LambdaHandlerProcessor.isColdStart()) {
            flushMetrics(m -> {
                if (context != null) {
                    m.addMetadata("function_request_id", context.getAwsRequestId());
                }
                LambdaHandlerProcessor.getXrayTraceId().ifPresent(id -> m.addMetadata("xray_trace_id", id));
                if (dimensions != null) {
                    m.setDefaultDimensions(dimensions);
                }
                m.addMetric("ColdStart", 1, MetricUnit.COUNT);
            });
        }
    }

    @Override
    public void captureColdStartMetric(DimensionSet dimensions) {
        captureColdStartMetric(null, dimensions);
    }

    @Override
    public void flushMetrics(Consumer<Metrics> metricsConsumer) {
        if (disabled()) {
            return;
        }
        EmfLineMetrics isolated = new EmfLineMetrics();
        isolated.namespace = namespace;
        if (!defaultDimensions.isEmpty()) {
            isolated.setDefaultDimensions(DimensionSet.of(defaultDimensions));
        }
        isolated.metadata.putAll(metadata);
        metricsConsumer.accept(isolated);
        isolated.flush();
    }

    /** The EMF line, members in the order the EMF library writes them. */
    void appendLine(StringBuilder b) {
        List<Map<String, String>> sets = dimensionSets();
        b.append("{\"_aws\":{\"Timestamp\":")
                .append((timestamp == null ? Instant.now() : timestamp).toEpochMilli())
                .append(",\"CloudWatchMetrics\":[{\"Namespace\":");
        JsonText.string(b, namespace);
        b.append(",\"Metrics\":[");
        boolean first = true;
        for (Map.Entry<String, String> m : units.entrySet()) {
            b.append(first ? "{\"Name\":" : ",{\"Name\":");
            first = false;
            JsonText.string(b, m.getKey());
            b.append(",\"Unit\":");
            JsonText.string(b, m.getValue());
            b.append('}');
        }
        b.append("],\"Dimensions\":[");
        Map<String, String> dimensionValues = new LinkedHashMap<>();
        for (int i = 0; i < sets.size(); i++) {
            b.append(i == 0 ? "[" : ",[");
            boolean firstKey = true;
            for (Map.Entry<String, String> d : sets.get(i).entrySet()) {
                b.append(firstKey ? "" : ",");
                firstKey = false;
                JsonText.string(b, d.getKey());
                dimensionValues.put(d.getKey(), d.getValue());
            }
            b.append(']');
        }
        b.append("]}]}");
        values.forEach((name, v) -> {
            b.append(',');
            JsonText.string(b, name);
            b.append(':');
            if (v.size() == 1) {
                number(b, v.get(0));
            } else {
                b.append('[');
                for (int i = 0; i < v.size(); i++) {
                    b.append(i == 0 ? "" : ",");
                    number(b, v.get(i));
                }
                b.append(']');
            }
        });
        dimensionValues.forEach((k, v) -> member(b, k, v));
        lambdaProperties().forEach((k, v) -> member(b, k, v));
        metadata.forEach((k, v) -> member(b, k, v));
        b.append('}');
    }

    /**
     * The default set, then the added ones; without a default set, the EMF library's own on Lambda (the function's name
     * as log group and service, its type).
     */
    private List<Map<String, String>> dimensionSets() {
        List<Map<String, String>> sets = new ArrayList<>();
        if (defaultsSet) {
            sets.add(defaultDimensions);
            sets.addAll(added);
            return sets;
        }
        Map<String, String> library = new LinkedHashMap<>();
        String function = System.getenv("AWS_LAMBDA_FUNCTION_NAME");
        library.put("LogGroup", function == null ? "Unknown" : function);
        library.put("ServiceName", function == null ? "Unknown" : function);
        library.put("ServiceType", "AWS::Lambda::Function");
        if (added.isEmpty()) {
            sets.add(library);
        }
        for (Map<String, String> set : added) {
            Map<String, String> merged = new LinkedHashMap<>(library);
            merged.putAll(set);
            sets.add(merged);
        }
        return sets;
    }

    /** What the EMF library's Lambda environment adds to every line: where it ran, and a sampled trace. */
    private static Map<String, String> lambdaProperties() {
        Map<String, String> properties = new LinkedHashMap<>(ENVIRONMENT);
        String trace = System.getenv("_X_AMZN_TRACE_ID");
        if (trace != null && trace.contains("Sampled=1")) {
            properties.put("traceId", trace);
        }
        return properties;
    }

    /** Where the function runs, the same for the JVM's life: read once. */
    private static Map<String, String> environment() {
        Map<String, String> properties = new LinkedHashMap<>();
        putIfSet(properties, "executionEnvironment", System.getenv("AWS_EXECUTION_ENV"));
        putIfSet(properties, "functionVersion", System.getenv("AWS_LAMBDA_FUNCTION_VERSION"));
        putIfSet(properties, "logStreamId", System.getenv("AWS_LAMBDA_LOG_STREAM_NAME"));
        return properties;
    }

    /** A value as {@link JsonText#number} writes it; counts and latencies without the general formatting. */
    static void number(StringBuilder b, double d) {
        if (!DecimalText.append(b, d)) {
            JsonText.number(b, d);
        }
    }

    private static void putIfSet(Map<String, String> properties, String key, String value) {
        if (value != null) {
            properties.put(key, value);
        }
    }

    private static void member(StringBuilder b, String key, Object value) {
        b.append(',');
        JsonText.string(b, key);
        b.append(':');
        if (value == null) {
            b.append("null");
        } else if (value instanceof Boolean || value instanceof Integer || value instanceof Long) {
            b.append(value);
        } else if (value instanceof Number n) {
            number(b, n.doubleValue());
        } else {
            JsonText.string(b, value.toString());
        }
    }

    private static boolean disabled() {
        return "true".equalsIgnoreCase(System.getenv("POWERTOOLS_METRICS_DISABLED"));
    }
}
