package com.leadscoring.trainer.job;

import java.util.LinkedHashMap;
import java.util.Map;

import com.leadscoring.model.Manifest;
import com.leadscoring.model.ModelStore;
import com.leadscoring.model.ModelStoreException;
import com.leadscoring.trainer.export.ModelArtifacts;

/** Step "publish": every file of the version, then its manifest, then {@code latest} (the store's contract). */
public final class ModelPublication {

    private ModelPublication() {}

    /**
     * Publishes a version: the model, its preprocessing, metrics, report and further files (e.g.
     * {@code reference.json}), each checksummed in the manifest, and {@code latest} moved only when {@code makeLatest}
     * (the promotion gate's decision).
     */
    public static Manifest publish(
            ModelStore store,
            ModelArtifacts artifacts,
            byte[] metricsJson,
            byte[] reportHtml,
            Map<String, Object> provenance,
            Map<String, byte[]> extraFiles,
            boolean makeLatest)
            throws ModelStoreException {
        Manifest manifest = new Manifest(
                Manifest.SCHEMA_VERSION,
                artifacts.modelVersion(),
                artifacts.createdAt(),
                artifacts.algorithm(),
                artifacts.preprocessing().contract().encoderVersion(),
                artifacts.preprocessing().contract().featureNames(),
                artifacts.onnx().output(),
                Map.of(),
                provenance);
        Map<String, byte[]> files = new LinkedHashMap<>();
        files.put(Manifest.MODEL_FILE, artifacts.onnx().model());
        files.put(Manifest.PREPROCESSING_FILE, artifacts.preprocessing().toJson());
        files.put(Manifest.METRICS_FILE, metricsJson);
        files.put(Manifest.REPORT_FILE, reportHtml);
        files.putAll(extraFiles);
        return store.publish(manifest, files, makeLatest);
    }
}
