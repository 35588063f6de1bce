package com.leadscoring.model;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;

import com.leadscoring.features.FeatureEncoder;
import com.leadscoring.features.FeatureEncoders;

/** A publishable model for store tests: the store never runs the graph, so any bytes stand in for model.onnx. */
final class StoreFixtures {

    private StoreFixtures() {}

    static Manifest manifest(String version, Instant createdAt) {
        return new Manifest(
                Manifest.SCHEMA_VERSION,
                version,
                createdAt,
                "dnn",
                FeatureEncoder.VERSION,
                FeatureEncoder.featureNames(),
                new ModelOutput("features", "probability", -1),
                Map.of(),
                Map.of("dataSha256", "ab".repeat(32)));
    }

    static Map<String, byte[]> files(String tag) {
        double[] means = new double[FeatureEncoder.SIZE];
        double[] stds = new double[FeatureEncoder.SIZE];
        Arrays.fill(stds, 2.0);
        Map<String, byte[]> f = new LinkedHashMap<>();
        f.put(Manifest.MODEL_FILE, ("onnx bytes of " + tag).getBytes(StandardCharsets.UTF_8));
        f.put(
                Manifest.PREPROCESSING_FILE,
                PreprocessingParameters.forEncoder(FeatureEncoders.V1.contract(), means, stds, 0.4)
                        .toJson());
        f.put(Manifest.METRICS_FILE, ("{\"model\":\"" + tag + "\"}").getBytes(StandardCharsets.UTF_8));
        f.put(Manifest.REPORT_FILE, "<html></html>".getBytes(StandardCharsets.UTF_8));
        return f;
    }
}
