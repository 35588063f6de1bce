package com.leadscoring.model;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * {@code manifest.json} of a model version: what it is, where it came from, and the checksum of every other file.
 * Written after the files it lists; a version without a manifest is incomplete.
 *
 * @param schemaVersion version of this manifest format (currently 1)
 * @param modelVersion the version id, e.g. {@code 20261124T101500Z-3f2a9c1}; sortable by time
 * @param createdAt when the version was published
 * @param algorithm e.g. {@code dnn} or {@code logistic-regression}
 * @param encoderVersion the feature encoder version the model was trained with
 * @param featureNames feature names in input order
 * @param output how to call the ONNX graph
 * @param files every other file of the version by name ({@code model.onnx}, {@code preprocessing.json}, ...)
 * @param provenance seeds, data hash, row counts, library versions: free-form, from the trainer
 */
public record Manifest(
        int schemaVersion,
        String modelVersion,
        Instant createdAt,
        String algorithm,
        String encoderVersion,
        List<String> featureNames,
        ModelOutput output,
        Map<String, FileEntry> files,
        Map<String, Object> provenance) {

    public static final int SCHEMA_VERSION = 1;
    public static final String MODEL_FILE = "model.onnx";
    public static final String PREPROCESSING_FILE = "preprocessing.json";
    public static final String METRICS_FILE = "metrics.json";
    public static final String REPORT_FILE = "report.html";
    public static final String MANIFEST_FILE = "manifest.json";
    public static final String LATEST_FILE = "latest";
}
