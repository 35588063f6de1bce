package com.leadscoring.model;

import com.leadscoring.features.PreprocessingParameters;

/**
 * A model version loaded from a store with every checksum verified and its features checked against the running
 * encoder: everything the function needs to score.
 *
 * @param manifest      the version's manifest
 * @param onnxModel     the bytes of {@code model.onnx}
 * @param preprocessing the parsed {@code preprocessing.json}
 * @param metricsJson   the bytes of {@code metrics.json} (validation metrics, for {@code GET /v1/model})
 */
public record ModelBundle(Manifest manifest, byte[] onnxModel, PreprocessingParameters preprocessing, byte[] metricsJson) {
}
