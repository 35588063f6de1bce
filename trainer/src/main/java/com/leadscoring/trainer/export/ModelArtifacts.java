package com.leadscoring.trainer.export;

import java.time.Instant;

import com.leadscoring.model.PreprocessingParameters;
import com.leadscoring.trainer.onnx.OnnxExport;

/**
 * The exported model before it is published.
 *
 * @param modelVersion the version id it will be published under
 * @param createdAt when it was exported
 * @param algorithm {@code dnn} or {@code logistic-regression}
 * @param onnx the ONNX graph and how to call it
 * @param preprocessing normalization, threshold and grade bands that go with it
 */
public record ModelArtifacts(
        String modelVersion,
        Instant createdAt,
        String algorithm,
        OnnxExport onnx,
        PreprocessingParameters preprocessing) {}
