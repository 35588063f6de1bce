package com.leadscoring.trainer.pipeline;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.leadscoring.features.Normalization;
import com.leadscoring.model.PreprocessingParameters;
import com.leadscoring.trainer.baseline.LogisticRegressionTrainer;
import com.leadscoring.trainer.baseline.RandomForestTrainer;
import com.leadscoring.trainer.baseline.TribuoProbabilityModel;
import com.leadscoring.trainer.data.LabeledLead;
import com.leadscoring.trainer.normalize.FeatureMatrix;
import com.leadscoring.trainer.normalize.ZNormalizerTrainer;
import com.leadscoring.trainer.oversample.Smote;

/**
 * The one place the training steps are composed: split → normalize → oversample → fit (DNN, random forest,
 * logistic regression) → calibrate → threshold → evaluate, plus the SMOTE comparison and the time-based check.
 * The validation hold-out is only ever predicted on, after every choice has been made.
 */
public final class TrainingPipeline {

    private final TrainingConfig config;
    private final PipelineListener listener;

    public TrainingPipeline(TrainingConfig config, PipelineListener listener) {
        this.config = config;
        this.listener = listener;
    }

    public TrainingResult train(List<LabeledLead> leads) {
        StepTimer timer = new StepTimer(listener);
        DataSplits splits = timer.time("split", () -> DataSplits.of(leads, config.validationFraction(),
                config.tuneFraction(), config.seed()));
        FeatureMatrix fitRaw = FeatureMatrix.encode(splits.fit());
        // Fitted on the fitting rows only, before oversampling, so neither validation nor synthetic rows leak in.
        Normalization norm = timer.time("normalize", () -> ZNormalizerTrainer.fit(fitRaw));
        FeatureMatrix fit = fitRaw.normalized(norm);
        FeatureMatrix tune = FeatureMatrix.encode(splits.tune()).normalized(norm);
        FeatureMatrix validation = FeatureMatrix.encode(splits.validation()).normalized(norm);
        boolean needSmote = config.smote() == SmoteMode.SMOTE || config.compareSmote();
        FeatureMatrix oversampled = needSmote
                ? timer.time("oversample", () -> new Smote(config.smoteConfig()).apply(fit)) : null;
        Map<SmoteMode, FeatureMatrix> fitting = new LinkedHashMap<>();
        fitting.put(SmoteMode.NONE, fit);
        if (oversampled != null) {
            fitting.put(SmoteMode.SMOTE, oversampled);
        }
        FeatureMatrix primary = fitting.get(config.smote());

        List<ModelEvaluation> evaluations = new ArrayList<>();
        DnnStage.Result dnn = timer.time("fit-dnn", () -> fitDnn("dnn", primary, tune));
        ModelEvaluation dnnEval = Evaluation.of("dnn", config.smote(), DnnStage.probabilities(dnn.calibrated(), tune),
                tune.labels(), DnnStage.probabilities(dnn.calibrated(), validation), validation.labels(), dnn.millis());
        evaluations.add(dnnEval);
        if (config.compareSmote()) {
            SmoteMode other = config.smote().other();
            String name = "dnn_smote_" + other.label();
            DnnStage.Result alt = timer.time("fit-" + name, () -> fitDnn(name, fitting.get(other), tune));
            evaluations.add(Evaluation.of(name, other, DnnStage.probabilities(alt.calibrated(), tune), tune.labels(),
                    DnnStage.probabilities(alt.calibrated(), validation), validation.labels(), alt.millis()));
        }
        if (config.randomForest()) {
            evaluations.add(timer.time("fit-random-forest", () -> {
                long start = System.nanoTime();
                TribuoProbabilityModel rf = new RandomForestTrainer(config.forest()).fit(primary);
                return Evaluation.of("random_forest", config.smote(), rf, tune, validation, millisSince(start));
            }));
        }
        long lrStart = System.nanoTime();
        TribuoProbabilityModel logistic = timer.time("fit-logistic-regression",
                () -> new LogisticRegressionTrainer(config.logisticEpochs(), config.seed() + 6).fit(primary));
        ModelEvaluation lrEval = Evaluation.of("logistic_regression", config.smote(), logistic, tune, validation,
                millisSince(lrStart));
        evaluations.add(lrEval);
        TimeCheck.Result timeCheck = config.timeCheck()
                ? timer.time("time-check", () -> TimeCheck.run(leads, config, listener)) : null;

        Map<String, Integer> rows = new LinkedHashMap<>();
        rows.put("leads", leads.size());
        rows.put("buyers", (int) leads.stream().filter(LabeledLead::buy).count());
        rows.put("fit", fit.rows());
        rows.put("fit_after_smote", primary.rows());
        rows.put("tune", tune.rows());
        rows.put("validation", validation.rows());
        return new TrainingResult(config, rows, dnn, PreprocessingParameters.forCurrentEncoder(norm.means(), norm.stds(), dnnEval.tuning().threshold()), logistic,
                PreprocessingParameters.forCurrentEncoder(norm.means(), norm.stds(), lrEval.tuning().threshold()), evaluations, timeCheck, validation.labels(),
                timer.millis());
    }

    private DnnStage.Result fitDnn(String name, FeatureMatrix fit, FeatureMatrix tune) {
        try {
            return DnnStage.fitAndCalibrate(config.dnn(), fit, tune, listener.dnnStarted(name, config.dnn().maxEpochs()));
        } finally {
            listener.dnnFinished(name);
        }
    }

    private static long millisSince(long start) {
        return (System.nanoTime() - start) / 1_000_000;
    }
}
