package com.leadscoring.trainer.pipeline;

import com.leadscoring.trainer.baseline.ProbabilityModel;
import com.leadscoring.trainer.calibration.ThresholdChoice;
import com.leadscoring.trainer.calibration.ThresholdSelector;
import com.leadscoring.trainer.evaluation.BinaryMetrics;
import com.leadscoring.trainer.normalize.FeatureMatrix;

/** Step "evaluate": the max-F1 threshold from the tuning slice, applied unchanged to the validation hold-out. */
public final class Evaluation {

    private Evaluation() {
    }

    public static ModelEvaluation of(String name, SmoteMode smote, double[] tuneProbabilities, boolean[] tuneLabels,
                                     double[] validationProbabilities, boolean[] validationLabels, long fitMillis) {
        ThresholdChoice choice = ThresholdSelector.maxF1(tuneProbabilities, tuneLabels);
        BinaryMetrics metrics = BinaryMetrics.evaluate(validationProbabilities, validationLabels, choice.threshold());
        return new ModelEvaluation(name, smote, choice, metrics, validationProbabilities, fitMillis);
    }

    public static ModelEvaluation of(String name, SmoteMode smote, ProbabilityModel model, FeatureMatrix tune,
                                     FeatureMatrix validation, long fitMillis) {
        return of(name, smote, model.predict(tune), tune.labels(), model.predict(validation), validation.labels(), fitMillis);
    }
}
