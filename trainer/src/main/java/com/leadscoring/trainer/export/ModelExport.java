package com.leadscoring.trainer.export;

import java.nio.charset.StandardCharsets;
import java.time.Instant;

import com.leadscoring.io.Sha256;
import com.leadscoring.model.ModelVersionId;
import com.leadscoring.model.PreprocessingParameters;
import com.leadscoring.trainer.pipeline.PublishedAlgorithm;
import com.leadscoring.trainer.pipeline.TrainingResult;

/**
 * Step "export": the chosen model to ONNX, its provenance in the graph's metadata, under a new version id, with the
 * grade bands its out-of-fold probabilities give under the configured policy.
 */
public final class ModelExport {

    private ModelExport() {}

    public static ModelArtifacts export(TrainingResult result, String dataSha256, Instant now) {
        boolean dnn = result.config().published() == PublishedAlgorithm.DNN;
        // Grade bands from the published model's out-of-fold probabilities, by the configured policy.
        PreprocessingParameters preprocessing =
                result.preprocessing().withGradeBands(result.config().grades().bands(result.publishedOof()));
        // The version id must be in the graph's metadata, so it cannot hash the final file: it hashes what makes
        // the model (data, configuration, fitted normalization and threshold) and the time instead.
        String version = ModelVersionId.of(
                now,
                Sha256.ofStrings(
                        dataSha256,
                        result.config().toString(),
                        new String(preprocessing.toJson(), StandardCharsets.UTF_8),
                        now.toString(),
                        dnn ? result.recipe().ensemble().ensemble().toString() : "lr"));
        ExportMetadata meta = new ExportMetadata(
                version,
                preprocessing.contract().featureNames(),
                preprocessing.contract().encoderVersion(),
                preprocessing.threshold(),
                dataSha256);
        OnnxExport onnx = dnn
                ? DnnOnnxExporter.export(result.recipe().ensemble().ensemble(), meta)
                : LogisticRegressionOnnxExporter.export(
                        result.logistic().model().tribuoModel(), meta);
        return new ModelArtifacts(version, now, result.config().published().id(), onnx, preprocessing);
    }
}
