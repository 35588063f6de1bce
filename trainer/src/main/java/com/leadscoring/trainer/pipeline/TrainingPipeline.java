package com.leadscoring.trainer.pipeline;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.leadscoring.trainer.baseline.LogisticRegressionTrainer;
import com.leadscoring.trainer.baseline.RandomForestTrainer;
import com.leadscoring.trainer.baseline.XGBoostTrainer;
import com.leadscoring.trainer.cv.BaselineCandidate;
import com.leadscoring.trainer.cv.CandidateName;
import com.leadscoring.trainer.cv.CvCandidate;
import com.leadscoring.trainer.cv.DnnCandidate;
import com.leadscoring.trainer.cv.PermutationImportance;
import com.leadscoring.trainer.cv.Seeds;
import com.leadscoring.trainer.data.LabeledLead;
import com.leadscoring.trainer.oversample.SmoteMode;

/**
 * The one place the training steps are composed: stratified k-fold cross-validation of every candidate (the network
 * with and without SMOTE, random forest, logistic regression, XGBoost; inside each fold: normalize, oversample, fit,
 * calibrate, threshold on the fold's training part, judge its held-out rows) → the served ensemble of the best network
 * variant's fold models, calibrated and thresholded on every row's out-of-fold prediction → the published model
 * ({@link ServedModel}) and its grade bands, chosen and checked at once → permutation importance → the time-based check
 * of the same recipe.
 */
public final class TrainingPipeline {

    private final TrainingConfig config;
    private final PipelineListener listener;

    public TrainingPipeline(TrainingConfig config, PipelineListener listener) {
        this.config = config;
        this.listener = listener;
    }

    public TrainingResult train(List<LabeledLead> leads) {
        RecipeConfig recipe = config.recipe();
        Seeds seeds = new Seeds(recipe.seed());
        StepTimer timer = new StepTimer(listener);
        List<CvCandidate> candidates = candidates();
        Recipe.Run run = timer.time("cross-validate", () -> Recipe.run(leads, recipe, candidates, seeds, listener));
        boolean[] labels = new boolean[leads.size()];
        for (int i = 0; i < labels.length; i++) {
            labels[i] = leads.get(i).buy();
        }
        // The one place the published algorithm is asked: from here on the served model answers for itself.
        ServedModel published = switch (config.publication().algorithm()) {
            case DNN -> run.ensemble();
            case LOGISTIC_REGRESSION ->
                timer.time("refit-logistic-regression", () -> ServedLogistic.refit(leads, run, labels, recipe, seeds));
        };
        // Grade bands as soon as the out-of-fold probabilities exist: a policy they cannot meet fails here, not after
        // importance, the time check and export.
        ServedModel served =
                published.withGradeBands(config.publication().grades().bands(published.oof()));
        List<PermutationImportance.FieldImportance> importance = timer.time(
                "importance",
                () -> PermutationImportance.of(run.models().get(run.servedName()), run.folds(), seeds.importance()));
        CvCandidate servedRecipe = candidates.stream()
                .filter(c -> c.name().equals(run.servedName()))
                .findFirst()
                .orElseThrow();
        TimeCheck.Result timeCheck = recipe.timeCheck()
                ? timer.time(
                        "time-check", () -> TimeCheck.run(leads, recipe, servedRecipe, seeds.timeCheck(), listener))
                : null;

        Map<String, Integer> rows = new LinkedHashMap<>();
        rows.put("leads", leads.size());
        rows.put("buyers", (int) leads.stream().filter(LabeledLead::buy).count());
        rows.put("folds", recipe.folds());
        rows.put("heldOutPerFold", run.folds().get(0).heldOut().rows());
        rows.put("fitPerFold", run.folds().get(0).fit().rows());
        rows.put("tunePerFold", run.folds().get(0).tune().rows());
        return new TrainingResult(config, rows, labels, run, served, importance, timeCheck, timer.millis());
    }

    /** Every candidate, network variants first (the first is preferred on a tie). */
    List<CvCandidate> candidates() {
        RecipeConfig config = this.config.recipe();
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
}
