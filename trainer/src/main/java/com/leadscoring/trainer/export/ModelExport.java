package com.leadscoring.trainer.export;

import java.nio.charset.StandardCharsets;
import java.time.Instant;

import com.leadscoring.io.Sha256;
import com.leadscoring.model.ModelVersionId;
import com.leadscoring.model.PreprocessingParameters;
import com.leadscoring.trainer.onnx.ExportMetadata;
import com.leadscoring.trainer.pipeline.ServedModel;
import com.leadscoring.trainer.pipeline.TrainingResult;

/**
 * Step "export": the served model to ONNX under a new version id, its provenance in the graph's metadata, with the
 * preprocessing (normalization, threshold, grade bands) it was trained with.
 */
public final class ModelExport {

    private ModelExport() {}

    public static ModelArtifacts export(TrainingResult result, String dataSha256, Instant now) {
        ServedModel served = result.served();
        PreprocessingParameters preprocessing = served.preprocessing();
        // The version id must be in the graph's metadata, so it cannot hash the final file: it hashes what makes the
        // model instead (data, the configuration's canonical JSON, fitted preprocessing, the model) and the time.
        String version = ModelVersionId.of(
                now,
                Sha256.ofStrings(
                        dataSha256,
                        result.config().canonicalJson(),
                        new String(preprocessing.toJson(), StandardCharsets.UTF_8),
                        now.toString(),
                        served.fingerprint()));
        ExportMetadata meta = new ExportMetadata(
                version,
                preprocessing.contract().featureNames(),
                preprocessing.contract().encoderVersion(),
                preprocessing.threshold(),
                dataSha256);
        return new ModelArtifacts(version, now, served.algorithm(), served.export(meta), preprocessing);
    }
}
