package com.leadscoring.monitor;

import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.leadscoring.realized.RealizedReport;
import com.leadscoring.realized.RealizedReport.VersionResult;

/**
 * Realized accuracy as CloudWatch embedded-metric-format lines: per model version {@code RealizedRocAuc} and
 * {@code RealizedGradeAConversion} (dimensions {@code Service, ModelVersion}), per run {@code RealizedDegraded} (1 when
 * any version is degraded) and {@code RealizedLeadsJudged} (dimension {@code Service}), which the alarm watches.
 */
@FunctionalInterface
interface RealizedMetrics {

    String NAMESPACE = "LeadScoring";
    String SERVICE = "lead-scoring-evaluate";

    void publish(RealizedReport report);

    /** EMF lines on {@code out} (stdout on Lambda). */
    static RealizedMetrics emf(PrintStream out) {
        ObjectMapper json = new ObjectMapper();
        return report -> {
            long now = report.generatedAt().toEpochMilli();
            long judged = 0;
            for (VersionResult v : report.modelVersions()) {
                judged += v.judged();
                Map<String, Object> line =
                        line(now, List.of("Service", "ModelVersion"), "RealizedRocAuc", "RealizedGradeAConversion");
                line.put("ModelVersion", v.modelVersion());
                line.put(
                        "RealizedRocAuc",
                        Double.isNaN(v.rocAuc().value()) ? null : v.rocAuc().value());
                double a = v.grades().isEmpty() ? Double.NaN : v.grades().get(0).conversion();
                line.put("RealizedGradeAConversion", Double.isNaN(a) ? null : a);
                line.put("verdict", v.verdict());
                print(out, json, line);
            }
            Map<String, Object> run = line(now, List.of("Service"), "RealizedDegraded", "RealizedLeadsJudged");
            run.put("RealizedDegraded", report.degraded() ? 1 : 0);
            run.put("RealizedLeadsJudged", judged);
            print(out, json, run);
        };
    }

    private static Map<String, Object> line(long timestamp, List<String> dimensions, String... metrics) {
        List<Map<String, Object>> defs = new ArrayList<>();
        for (String m : metrics) {
            defs.add(Map.of("Name", m, "Unit", "None"));
        }
        Map<String, Object> directive = new LinkedHashMap<>();
        directive.put("Namespace", NAMESPACE);
        directive.put("Dimensions", List.of(dimensions));
        directive.put("Metrics", defs);
        Map<String, Object> aws = new LinkedHashMap<>();
        aws.put("Timestamp", timestamp);
        aws.put("CloudWatchMetrics", List.of(directive));
        Map<String, Object> line = new LinkedHashMap<>();
        line.put("_aws", aws);
        line.put("Service", SERVICE);
        return line;
    }

    private static void print(PrintStream out, ObjectMapper json, Map<String, Object> line) {
        try {
            out.println(json.writeValueAsString(line));
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}
