package com.leadscoring.trainer.onnx;

import java.util.List;

/**
 * Provenance written into the ONNX file's metadata, so a model file alone says what it is.
 *
 * @param modelVersion the version id it is published under
 * @param featureNames input columns in order
 * @param encoderVersion the feature encoder it expects
 * @param threshold the tuned decision threshold
 * @param dataSha256 hash of the training data
 */
public record ExportMetadata(
        String modelVersion, List<String> featureNames, String encoderVersion, double threshold, String dataSha256) {}
