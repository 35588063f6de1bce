package com.leadscoring.trainer.pipeline;

import java.util.Objects;

import com.leadscoring.features.FeatureEncoders;
import com.leadscoring.features.LeadEncoder;
import com.leadscoring.lead.FieldLabels;
import com.leadscoring.trainer.baseline.RandomForestConfig;
import com.leadscoring.trainer.baseline.XGBoostConfig;
import com.leadscoring.trainer.dnn.DnnConfig;
import com.leadscoring.trainer.grading.GradePolicy;
import com.leadscoring.trainer.oversample.SmoteConfig;

/**
 * Everything a training run is configured with (not what it learns). Build with {@link #builder()}. Every seed used
 * anywhere derives from {@link #seed()} through {@link com.leadscoring.trainer.cv.Seeds}; seeds inside the nested
 * configurations are replaced per fold.
 *
 * @param seed the run's seed
 * @param folds k of the stratified k-fold cross-validation (1: one 20 % hold-out, the fast path)
 * @param threads folds fitted at once
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
 * @param published which model is exported and published
 * @param grades how the published model's grade bands are chosen from its out-of-fold probabilities
 * @param labels words for the lead fields, stored with the model for its reasons (none: field names)
 * @param encoder the feature encoder every candidate is fitted on (its version goes into the model's contract)
 */
public record TrainingConfig(
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
        PublishedAlgorithm published,
        GradePolicy grades,
        FieldLabels labels,
        LeadEncoder encoder) {

    public TrainingConfig {
        Objects.requireNonNull(grades, "grades");
        Objects.requireNonNull(labels, "labels");
        Objects.requireNonNull(smote, "smote");
        Objects.requireNonNull(dnn, "dnn");
        Objects.requireNonNull(published, "published");
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

    public static Builder builder() {
        return new Builder();
    }

    public static final class Builder {
        private long seed = 124;
        private int folds = 5;
        private int threads = Runtime.getRuntime().availableProcessors();
        private double tuneFraction = 0.1;
        private SmotePolicy smote = SmotePolicy.NONE;
        private Integer smoteK;
        private Double smoteRatio;
        private DnnConfig dnn;
        private boolean randomForest = false;
        private RandomForestConfig forest;
        private int logisticEpochs = 10;
        private boolean xgboost = true;
        private XGBoostConfig xgboostConfig = XGBoostConfig.defaults();
        private boolean timeCheck = true;
        private PublishedAlgorithm published = PublishedAlgorithm.DNN;
        private GradePolicy grades = GradePolicy.DEFAULT;
        private FieldLabels labels = FieldLabels.NONE;
        private LeadEncoder encoder = FeatureEncoders.DEFAULT;

        public Builder seed(long v) {
            seed = v;
            return this;
        }

        public Builder folds(int v) {
            folds = v;
            return this;
        }

        public Builder threads(int v) {
            threads = v;
            return this;
        }

        public Builder tuneFraction(double v) {
            tuneFraction = v;
            return this;
        }

        public Builder smote(SmotePolicy v) {
            smote = v;
            return this;
        }

        public Builder smoteK(int v) {
            smoteK = v;
            return this;
        }

        public Builder smoteRatio(double v) {
            smoteRatio = v;
            return this;
        }

        public Builder dnn(DnnConfig v) {
            dnn = v;
            return this;
        }

        public Builder randomForest(boolean v) {
            randomForest = v;
            return this;
        }

        public Builder forest(RandomForestConfig v) {
            forest = v;
            return this;
        }

        public Builder logisticEpochs(int v) {
            logisticEpochs = v;
            return this;
        }

        public Builder xgboost(boolean v) {
            xgboost = v;
            return this;
        }

        public Builder xgboostConfig(XGBoostConfig v) {
            xgboostConfig = v;
            return this;
        }

        public Builder timeCheck(boolean v) {
            timeCheck = v;
            return this;
        }

        public Builder published(PublishedAlgorithm v) {
            published = v;
            return this;
        }

        public Builder grades(GradePolicy v) {
            grades = v;
            return this;
        }

        public Builder labels(FieldLabels v) {
            labels = v;
            return this;
        }

        public Builder encoder(LeadEncoder v) {
            encoder = v;
            return this;
        }

        public TrainingConfig build() {
            SmoteConfig.Builder sb = SmoteConfig.builder().seed(seed);
            if (smoteK != null) {
                sb.k(smoteK);
            }
            if (smoteRatio != null) {
                sb.ratio(smoteRatio);
            }
            DnnConfig d = dnn != null ? dnn : DnnConfig.builder().seed(seed).build();
            RandomForestConfig f =
                    forest != null ? forest : RandomForestConfig.builder().build();
            return new TrainingConfig(
                    seed,
                    folds,
                    threads,
                    tuneFraction,
                    smote,
                    sb.build(),
                    d,
                    randomForest,
                    f,
                    logisticEpochs,
                    xgboost,
                    xgboostConfig,
                    timeCheck,
                    published,
                    grades,
                    labels,
                    encoder);
        }
    }
}
