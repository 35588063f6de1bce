package com.leadscoring.trainer.pipeline;

import java.util.List;
import java.util.Map;

import com.leadscoring.model.PreprocessingParameters;
import com.leadscoring.trainer.baseline.TribuoProbabilityModel;

/**
 * What a training run learned and measured.
 *
 * @param config           the configuration it ran with
 * @param rows             row counts: all, buyers, fit, fitAfterSmote, tune, validation
 * @param dnn              the published-candidate network (fitted with {@code config.smote()})
 * @param dnnPreprocessing normalization plus the DNN's tuned threshold and grade bands
 * @param logistic         the logistic-regression baseline (exportable too)
 * @param lrPreprocessing  the same normalization with the baseline's tuned threshold
 * @param evaluations      every model's figures; the first is the DNN
 * @param timeCheck        January–September → October–December figures, or null when the data cannot give them
 * @param validationLabels the hold-out's labels, for the report's curves
 * @param stepMillis       time per step, in order
 */
public record TrainingResult(TrainingConfig config, Map<String, Integer> rows, DnnStage.Result dnn,
                             PreprocessingParameters dnnPreprocessing, TribuoProbabilityModel logistic,
                             PreprocessingParameters lrPreprocessing, List<ModelEvaluation> evaluations,
                             TimeCheck.Result timeCheck, boolean[] validationLabels, Map<String, Long> stepMillis) {

    /** The evaluation of the named model, e.g. {@code dnn}, {@code random_forest}. */
    public ModelEvaluation evaluation(String model) {
        return evaluations.stream().filter(e -> e.model().equals(model)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no model " + model + " in this run"));
    }

    /** The published model's evaluation. */
    public ModelEvaluation published() {
        return evaluation(config.published() == PublishedAlgorithm.DNN ? "dnn" : "logistic_regression");
    }
}
