package com.leadscoring.trainer.pipeline;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.leadscoring.model.PreprocessingParameters;
import com.leadscoring.trainer.baseline.LogisticRegressionTrainer;
import com.leadscoring.trainer.baseline.RandomForestTrainer;
import com.leadscoring.trainer.baseline.TribuoProbabilityModel;
import com.leadscoring.trainer.baseline.XGBoostTrainer;
import com.leadscoring.trainer.calibration.ThresholdChoice;
import com.leadscoring.trainer.calibration.ThresholdSelector;
import com.leadscoring.trainer.cv.BaselineCandidate;
import com.leadscoring.trainer.cv.CandidateName;
import com.leadscoring.trainer.cv.CvCandidate;
import com.leadscoring.trainer.cv.DnnCandidate;
import com.leadscoring.trainer.cv.OutOfFold;
import com.leadscoring.trainer.cv.PermutationImportance;
import com.leadscoring.trainer.cv.Seeds;
import com.leadscoring.trainer.data.LabeledLead;
import com.leadscoring.trainer.normalize.FeatureMatrix;
import com.leadscoring.trainer.oversample.SmoteMode;

/**
 * The one place the training steps are composed: stratified k-fold cross-validation of every candidate (the network
 * with and without SMOTE, random forest, logistic regression, XGBoost; inside each fold: normalize, oversample, fit,
 * calibrate, threshold on the fold's training part, judge its held-out rows) → the served ensemble of the best network
 * variant's fold models, calibrated and thresholded on every row's out-of-fold prediction → permutation importance →
 * the time-based check of the same recipe.
 */
public final class TrainingPipeline {

    private final TrainingConfig config;
    private final PipelineListener listener;

    public TrainingPipeline(TrainingConfig config, PipelineListener listener) {
        this.config = config;
        this.listener = listener;
    }

    public TrainingResult train(List<LabeledLead> leads) {
        Seeds seeds = new Seeds(config.seed());
        StepTimer timer = new StepTimer(listener);
        List<CvCandidate> candidates = candidates();
        Recipe.Run run = timer.time("cross-validate", () -> Recipe.run(leads, config, candidates, seeds, listener));
        boolean[] labels = new boolean[leads.size()];
        for (int i = 0; i < labels.length; i++) {
            labels[i] = leads.get(i).buy();
        }
        ServedLogistic logistic = config.published() == PublishedAlgorithm.LOGISTIC_REGRESSION
                ? timer.time("refit-logistic-regression", () -> refitLogistic(leads, run, labels, seeds))
                : null;
        List<PermutationImportance.FieldImportance> importance = timer.time(
                "importance",
                () -> PermutationImportance.of(run.models().get(run.servedName()), run.folds(), seeds.importance()));
        CvCandidate served = candidates.stream()
                .filter(c -> c.name().equals(run.servedName()))
                .findFirst()
                .orElseThrow();
        TimeCheck.Result timeCheck = config.timeCheck()
                ? timer.time("time-check", () -> TimeCheck.run(leads, config, served, seeds.timeCheck(), listener))
                : null;

        Map<String, Integer> rows = new LinkedHashMap<>();
        rows.put("leads", leads.size());
        rows.put("buyers", (int) leads.stream().filter(LabeledLead::buy).count());
        rows.put("folds", config.folds());
        rows.put("heldOutPerFold", run.folds().get(0).heldOut().rows());
        rows.put("fitPerFold", run.folds().get(0).fit().rows());
        rows.put("tunePerFold", run.folds().get(0).tune().rows());
        return new TrainingResult(config, rows, labels, run, logistic, importance, timeCheck, timer.millis());
    }

    /** Every candidate, network variants first (the first is preferred on a tie). */
    List<CvCandidate> candidates() {
        List<CvCandidate> c = new ArrayList<>();
        for (SmoteMode mode : config.smote().modes()) {
            c.add(new DnnCandidate(
                    mode == SmoteMode.NONE ? CandidateName.DNN : CandidateName.DNN_SMOTE,
                    config.dnn(),
                    mode,
                    config.smoteConfig()));
        }
        if (config.xgboost()) {
            c.add(new BaselineCandidate(
                    CandidateName.XGBOOST, new XGBoostTrainer(config.xgboostConfig()), Seeds::xgboost));
        }
        if (config.randomForest()) {
            c.add(new BaselineCandidate(
                    CandidateName.RANDOM_FOREST, new RandomForestTrainer(config.forest()), Seeds::randomForest));
        }
        c.add(new BaselineCandidate(
                CandidateName.LOGISTIC_REGRESSION,
                new LogisticRegressionTrainer(config.logisticEpochs()),
                Seeds::logisticRegression));
        return c;
    }

    private ServedLogistic refitLogistic(List<LabeledLead> leads, Recipe.Run run, boolean[] labels, Seeds seeds) {
        PreprocessingParameters served = run.ensemble().preprocessing();
        FeatureMatrix all = FeatureMatrix.encode(leads, config.encoder()).normalized(served.normalization());
        TribuoProbabilityModel model =
                new LogisticRegressionTrainer(config.logisticEpochs()).fit(all, seeds.logisticRegression(-1));
        OutOfFold oof = OutOfFold.of(
                run.models().get(CandidateName.LOGISTIC_REGRESSION.id()).oof(), labels);
        ThresholdChoice choice = ThresholdSelector.maxF1(oof.probabilities(), oof.labels());
        return new ServedLogistic(model, served.withThreshold(choice.threshold()));
    }
}
