package com.leadscoring.trainer.pipeline;

import java.util.List;

import com.leadscoring.features.Normalization;
import com.leadscoring.model.PreprocessingParameters;
import com.leadscoring.trainer.data.LabeledLead;
import com.leadscoring.trainer.normalize.FeatureMatrix;
import com.leadscoring.trainer.normalize.ZNormalizerTrainer;
import com.leadscoring.trainer.oversample.Smote;
import com.leadscoring.trainer.split.Split;
import com.leadscoring.trainer.split.StratifiedSplitter;
import com.leadscoring.trainer.split.TimeSplit;

/**
 * The time-based check: the same recipe trained on leads created January–September and evaluated on
 * October–December. Beside the random split it shows how the model ages on leads from a later period.
 */
public final class TimeCheck {

    /** Last month of the training period. */
    static final int LAST_TRAINING_MONTH = 9;

    /**
     * @param trainRows leads of January–September
     * @param testRows  leads of October–December
     * @param dnn       the network's figures on October–December
     */
    public record Result(int trainRows, int testRows, ModelEvaluation dnn) {
    }

    private TimeCheck() {
    }

    /** Runs the check, or returns null (with the reason on the listener) when a period has no buyers. */
    static Result run(List<LabeledLead> leads, TrainingConfig config, PipelineListener listener) {
        Split<LabeledLead> byTime = TimeSplit.byCreatedMonth(leads, LAST_TRAINING_MONTH);
        if (byTime.first().stream().noneMatch(LabeledLead::buy) || byTime.second().stream().noneMatch(LabeledLead::buy)
                || byTime.first().size() < 100) {
            return null;
        }
        double tuneShare = config.tuneFraction() / (1 - config.validationFraction());
        Split<LabeledLead> fitTune = new StratifiedSplitter(config.seed() + 7).split(byTime.first(), LabeledLead::buy, tuneShare);
        FeatureMatrix fitRaw = FeatureMatrix.encode(fitTune.first());
        Normalization norm = ZNormalizerTrainer.fit(fitRaw);
        FeatureMatrix fit = fitRaw.normalized(norm);
        if (config.smote() == SmoteMode.SMOTE) {
            fit = new Smote(config.smoteConfig()).apply(fit);
        }
        FeatureMatrix tune = FeatureMatrix.encode(fitTune.second()).normalized(norm);
        FeatureMatrix test = FeatureMatrix.encode(byTime.second()).normalized(norm);
        String name = "dnn_time_check";
        DnnStage.Result dnn = DnnStage.fitAndCalibrate(config.dnn(), fit, tune,
                listener.dnnStarted(name, config.dnn().maxEpochs()));
        listener.dnnFinished(name);
        ModelEvaluation eval = Evaluation.of(name, config.smote(), DnnStage.probabilities(dnn.calibrated(), tune),
                tune.labels(), DnnStage.probabilities(dnn.calibrated(), test), test.labels(), dnn.millis());
        return new Result(byTime.first().size(), byTime.second().size(), eval);
    }
}
