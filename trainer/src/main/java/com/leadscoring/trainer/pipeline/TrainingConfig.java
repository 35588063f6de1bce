package com.leadscoring.trainer.pipeline;

import java.util.Objects;

import com.leadscoring.trainer.baseline.RandomForestConfig;
import com.leadscoring.trainer.dnn.DnnConfig;
import com.leadscoring.trainer.oversample.SmoteConfig;

/**
 * Everything a training run is configured with (not what it learns). Build with {@link #builder()}.
 *
 * @param seed               the seed every random choice derives from
 * @param validationFraction share held out for the final evaluation and never used for any choice (0.2)
 * @param tuneFraction       share of the remaining data used for early stopping, calibration and the threshold
 * @param smote              oversampling of the fitting data for the published model
 * @param compareSmote       also fit the DNN with the other SMOTE mode and report it
 * @param smoteConfig        SMOTE's k and ratio
 * @param dnn                the network and its optimiser
 * @param randomForest       fit and report the random forest
 * @param forest             the random forest's settings
 * @param logisticEpochs     epochs of the logistic-regression baseline
 * @param timeCheck          also train on January–September leads and evaluate on October–December
 * @param published          which model is exported and published
 */
public record TrainingConfig(long seed, double validationFraction, double tuneFraction, SmoteMode smote,
                             boolean compareSmote, SmoteConfig smoteConfig, DnnConfig dnn, boolean randomForest,
                             RandomForestConfig forest, int logisticEpochs, boolean timeCheck,
                             PublishedAlgorithm published) {

    public TrainingConfig {
        Objects.requireNonNull(smote, "smote");
        Objects.requireNonNull(dnn, "dnn");
        Objects.requireNonNull(published, "published");
        if (!(validationFraction > 0 && validationFraction < 0.5)) {
            throw new IllegalArgumentException("validation fraction must be in (0, 0.5), got " + validationFraction);
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

    /** Builder with the product's defaults; every seed derives from {@link #seed(long)} unless set explicitly. */
    public static final class Builder {
        private long seed = 124;
        private double validationFraction = 0.2;
        private double tuneFraction = 0.1;
        private SmoteMode smote = SmoteMode.NONE;
        private boolean compareSmote = true;
        private Integer smoteK;
        private Double smoteRatio;
        private DnnConfig dnn;
        private boolean randomForest = true;
        private RandomForestConfig forest;
        private int logisticEpochs = 10;
        private boolean timeCheck = true;
        private PublishedAlgorithm published = PublishedAlgorithm.DNN;

        public Builder seed(long v) { seed = v; return this; }
        public Builder validationFraction(double v) { validationFraction = v; return this; }
        public Builder tuneFraction(double v) { tuneFraction = v; return this; }
        public Builder smote(SmoteMode v) { smote = v; return this; }
        public Builder compareSmote(boolean v) { compareSmote = v; return this; }
        public Builder smoteK(int v) { smoteK = v; return this; }
        public Builder smoteRatio(double v) { smoteRatio = v; return this; }
        public Builder dnn(DnnConfig v) { dnn = v; return this; }
        public Builder randomForest(boolean v) { randomForest = v; return this; }
        public Builder forest(RandomForestConfig v) { forest = v; return this; }
        public Builder logisticEpochs(int v) { logisticEpochs = v; return this; }
        public Builder timeCheck(boolean v) { timeCheck = v; return this; }
        public Builder published(PublishedAlgorithm v) { published = v; return this; }

        public TrainingConfig build() {
            SmoteConfig.Builder sb = SmoteConfig.builder().seed(seed + 3);
            if (smoteK != null) {
                sb.k(smoteK);
            }
            if (smoteRatio != null) {
                sb.ratio(smoteRatio);
            }
            DnnConfig d = dnn != null ? dnn : DnnConfig.builder().seed(seed + 4).build();
            RandomForestConfig f = forest != null ? forest : RandomForestConfig.builder().seed(seed + 5).build();
            return new TrainingConfig(seed, validationFraction, tuneFraction, smote, compareSmote, sb.build(), d,
                    randomForest, f, logisticEpochs, timeCheck, published);
        }
    }
}
