package com.leadscoring.monitor;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.jr.ob.JSON;
import com.leadscoring.bootstrap.MetricsNamespace;
import com.leadscoring.drift.DriftResult;
import com.leadscoring.drift.FieldDrift;

/**
 * A drift check as CloudWatch embedded-metric-format lines on stdout, which Lambda's log group turns into metrics:
 * {@code PSI} per view (dimensions {@code Service, field}; the score is field {@code score}) for the dashboard, and per
 * run {@code MaxPSI}, {@code ShiftedFields} and {@code LeadsChecked} (dimension {@code Service}), which the drift alarm
 * watches. A run with too few leads to judge publishes {@code LeadsChecked} only: no PSI of noise reaches the alarm.
 * Written directly rather than through Powertools' metrics, whose one dimension set per flush cannot carry a dimension
 * value per field.
 */
public final class EmfDriftMetrics implements DriftMetrics {

    private final String namespace;
    private final PrintStream out;
    private final String service;
    private final Clock clock;

    EmfDriftMetrics(PrintStream out, String service, Clock clock) {
        this.namespace = MetricsNamespace.fromEnvironment();
        this.out = out;
        this.service = service;
        this.clock = clock;
    }

    /** On Lambda: stdout, the service name Powertools uses for the function's other metrics. */
    static EmfDriftMetrics fromEnvironment() {
        String service = System.getenv("POWERTOOLS_SERVICE_NAME");
        return new EmfDriftMetrics(
                System.out, service == null || service.isBlank() ? "lead-scoring-drift" : service, Clock.systemUTC());
    }

    @Override
    public void publish(DriftResult result) {
        long now = clock.millis();
        if (result.tooFewLeads()) {
            Map<String, Object> run = line(now, List.of("Service"), List.of(metric("LeadsChecked", "Count")));
            run.put("LeadsChecked", result.rows());
            run.put("tooFewLeads", true);
            run.put("minLeads", result.minLeads());
            run.put("modelVersion", result.modelVersion());
            run.put("source", result.source());
            print(run);
            return;
        }
        double max = 0;
        for (FieldDrift f : result.all()) {
            max = Math.max(max, f.psi());
            Map<String, Object> line = line(now, List.of("Service", "field"), List.of(metric("PSI", "None")));
            line.put("field", f.name());
            line.put("PSI", f.psi());
            line.put("band", f.band().label());
            line.put("modelVersion", result.modelVersion());
            print(line);
        }
        Map<String, Object> run = line(
                now,
                List.of("Service"),
                List.of(metric("MaxPSI", "None"), metric("ShiftedFields", "Count"), metric("LeadsChecked", "Count")));
        run.put("MaxPSI", max);
        run.put("ShiftedFields", result.shifted().size());
        run.put("LeadsChecked", result.rows());
        run.put("modelVersion", result.modelVersion());
        run.put("source", result.source());
        print(run);
    }

    private Map<String, Object> line(long timestamp, List<String> dimensions, List<Map<String, Object>> metrics) {
        Map<String, Object> directive = new LinkedHashMap<>();
        directive.put("Namespace", namespace);
        directive.put("Dimensions", List.of(dimensions));
        directive.put("Metrics", metrics);
        Map<String, Object> aws = new LinkedHashMap<>();
        aws.put("Timestamp", timestamp);
        aws.put("CloudWatchMetrics", List.of(directive));
        Map<String, Object> line = new LinkedHashMap<>();
        line.put("_aws", aws);
        line.put("Service", service);
        return line;
    }

    private static Map<String, Object> metric(String name, String unit) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("Name", name);
        m.put("Unit", unit);
        return m;
    }

    private void print(Map<String, Object> line) {
        try {
            out.println(JSON.std.asString(line));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
