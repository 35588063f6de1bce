package com.leadscoring.trainer.pipeline;

import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;

import com.leadscoring.decision.GradeBand;
import com.leadscoring.model.PreprocessingParameters;
import com.leadscoring.trainer.onnx.ExportMetadata;
import com.leadscoring.trainer.onnx.OnnxExport;

/**
 * The model a run publishes: the network ensemble ({@link ServedDnn}) or the logistic regression
 * ({@link ServedLogistic}). Each knows its preprocessing, its out-of-fold probabilities and how it is exported, so the
 * steps after the recipe ask it instead of asking which algorithm was chosen.
 */
public sealed interface ServedModel permits ServedDnn, ServedLogistic {

    /** The manifest's {@code algorithm}, as {@code --algorithm} names it. */
    String algorithm();

    /** The cross-validated candidate whose figures are this model's. */
    String candidate();

    /** Served normalization, feature contract and decision policy (threshold, and grade bands once chosen). */
    PreprocessingParameters preprocessing();

    /** Per row, the out-of-fold probability calibrated the way it is served ({@code NaN}: never held out). */
    double[] oof();

    /** The same model with {@code bands} in its decision policy. */
    ServedModel withGradeBands(List<GradeBand> bands);

    /** The ONNX graph, with {@code meta} as its provenance. */
    OnnxExport export(ExportMetadata meta);

    /** What the version id hashes of the fitted model itself. */
    String fingerprint();

    /** How it is made of the recipe's models, with each model name passed through {@code name}; empty if alone. */
    Optional<String> composition(UnaryOperator<String> name);

    /**
     * Whether the time check refits this model's own recipe, so that its figures on the newest leads are this model's
     * evidence for the promotion gate.
     */
    boolean judgedByTimeCheck();
}
