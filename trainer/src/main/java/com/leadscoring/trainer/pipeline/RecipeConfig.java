package com.leadscoring.trainer.pipeline;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

import com.leadscoring.features.LeadEncoder;
import com.leadscoring.trainer.baseline.RandomForestConfig;
import com.leadscoring.trainer.baseline.XGBoostConfig;
import com.leadscoring.trainer.dnn.DnnConfig;
import com.leadscoring.trainer.oversample.SmoteConfig;

/**
 * What the recipe fits: folds, candidates, the network, SMOTE, the feature encoder every candidate is fitted on, and
 * the seed every other seed derives from (through {@link com.leadscoring.trainer.cv.Seeds}; seeds inside the nested
 * configurations are replaced per fold). Changing any of these changes the fitted models.
 *
 * @param seed the run's seed
 * @param folds k of the stratified k-fold cross-validation (1: one 20 % hold-out, the fast path)
 * @param threads folds fitted at once (how fast, not what: left out of {@link #canonical()})
 * @param tuneFraction share of each fold's training part kept for early stopping, calibration and threshold
 * @param smote SMOTE for the network: auto (chosen by CV), none, or smote
 * @param smoteConfig SMOTE's k and ratio
 * @param dnn the network and its optimiser
 * @param randomForest cross-validate the random forest
 * @param forest the random forest's settings
 * @param logisticEpochs epochs of the logistic-regression peer
 * @param xgboost cross-validate the XGBoost peer
 * @param xgboostConfig its settings
 * @param timeCheck also run the recipe on January–September leads and judge it on October–December
 * @param encoder the feature encoder every candidate is fitted on (its version goes into the model's contract)
 */
public record RecipeConfig(
        long seed,
        int folds,
        int threads,
        double tuneFraction,
        SmotePolicy smote,
        SmoteConfig smoteConfig,
        DnnConfig dnn,
        boolean randomForest,
        RandomForestConfig forest,
        int logisticEpochs,
        boolean xgboost,
        XGBoostConfig xgboostConfig,
        boolean timeCheck,
        LeadEncoder encoder) {

    public RecipeConfig {
        Objects.requireNonNull(smote, "smote");
        Objects.requireNonNull(smoteConfig, "smoteConfig");
        Objects.requireNonNull(dnn, "dnn");
        Objects.requireNonNull(forest, "forest");
        Objects.requireNonNull(xgboostConfig, "xgboostConfig");
        Objects.requireNonNull(encoder, "encoder");
        if (folds < 1 || folds > 20) {
            throw new IllegalArgumentException("folds must be in 1..20, got " + folds);
        }
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1, got " + threads);
        }
        if (!(tuneFraction > 0 && tuneFraction < 0.5)) {
            throw new IllegalArgumentException("tuning fraction must be in (0, 0.5), got " + tuneFraction);
        }
        if (logisticEpochs < 1) {
            throw new IllegalArgumentException("logistic-regression epochs must be at least 1");
        }
    }

    /**
     * Every setting that decides what is fitted, by name (nested configurations as their record components), for the
     * version id's canonical serialization ({@link TrainingConfig#canonicalJson()}).
     */
    public Map<String, Object> canonical() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("seed", seed);
        m.put("folds", folds);
        m.put("tuneFraction", tuneFraction);
        m.put("smote", smote.label());
        m.put("smoteConfig", smoteConfig);
        m.put("dnn", dnn);
        m.put("randomForest", randomForest ? forest : "off");
        m.put("logisticEpochs", logisticEpochs);
        m.put("xgboost", xgboost ? xgboostConfig : "off");
        m.put("timeCheck", timeCheck);
        m.put("encoder", encoder.version());
        return m;
    }
}
