package com.leadscoring.model;

import java.util.List;
import java.util.Map;

import com.leadscoring.features.FeatureContract;
import com.leadscoring.features.FeatureEncoders;

/**
 * A model version loaded from a store with every checksum verified and its features checked against the running
 * encoder: everything the function needs to score.
 *
 * @param manifest the version's manifest
 * @param onnxModel the bytes of {@code model.onnx}
 * @param preprocessing the parsed {@code preprocessing.json}
 * @param metricsJson the bytes of {@code metrics.json} (validation metrics, for {@code GET /v1/model})
 * @param otherFiles the verified bytes of the other files the manifest lists but the report (e.g.
 *     {@code reference.json}), by name, so a tool that needs one does not read and check it a second time
 */
public record ModelBundle(
        Manifest manifest,
        byte[] onnxModel,
        PreprocessingParameters preprocessing,
        byte[] metricsJson,
        Map<String, byte[]> otherFiles) {

    /** A bundle without other files (a model assembled in memory, tests). */
    public ModelBundle(Manifest manifest, byte[] onnxModel, PreprocessingParameters preprocessing, byte[] metricsJson) {
        this(manifest, onnxModel, preprocessing, metricsJson, Map.of());
    }

    /** Refuses, naming every difference, a model that no encoder of this build can feed: no bundle exists unchecked. */
    public ModelBundle {
        otherFiles = Map.copyOf(otherFiles);
        FeatureEncoders.forContract(preprocessing.contract());
        FeatureContract named = new FeatureContract(
                String.valueOf(manifest.encoderVersion()),
                manifest.featureNames() == null ? List.of() : manifest.featureNames());
        if (!named.equals(preprocessing.contract())) {
            throw new IllegalStateException(
                    "preprocessing.json was made for " + preprocessing.contract() + " but the manifest names " + named);
        }
    }
}
