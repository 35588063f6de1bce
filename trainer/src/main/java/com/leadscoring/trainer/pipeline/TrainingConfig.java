package com.leadscoring.trainer.pipeline;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.leadscoring.features.FeatureEncoders;
import com.leadscoring.features.LeadEncoder;
import com.leadscoring.lead.FieldLabels;
import com.leadscoring.trainer.baseline.RandomForestConfig;
import com.leadscoring.trainer.baseline.XGBoostConfig;
import com.leadscoring.trainer.dnn.DnnConfig;
import com.leadscoring.trainer.grading.GradePolicy;
import com.leadscoring.trainer.oversample.SmoteConfig;

/**
 * Everything a training run is configured with (not what it learns), split by what each part decides: the recipe's
 * configuration (what is fitted) and the publication's (what is published with the model). Build with
 * {@link #builder()}.
 *
 * @param recipe what the recipe fits
 * @param publication what is published with the model
 */
public record TrainingConfig(RecipeConfig recipe, PublicationConfig publication) {

    /** Sorted keys at every level, so the text depends on the values only, never on declaration order. */
    private static final ObjectMapper CANONICAL = JsonMapper.builder()
            .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
            .enable(MapperFeature.SORT_PROPERTIES_ALPHABETICALLY)
            .build();

    public TrainingConfig {
        Objects.requireNonNull(recipe, "recipe");
        Objects.requireNonNull(publication, "publication");
    }

    /**
     * The canonical serialization the version id hashes: {@code {"publication":{...},"recipe":{...}}}, compact JSON
     * with every object's keys sorted; {@code threads} is left out (it changes how fast, not what is fitted).
     */
    public String canonicalJson() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("recipe", recipe.canonical());
        m.put("publication", publication.canonical());
        try {
            return CANONICAL.writeValueAsString(m);
        } catch (IOException e) {
            throw new IllegalStateException("cannot serialize the configuration", e);
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
                    new RecipeConfig(
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
                            encoder),
                    new PublicationConfig(published, grades, labels));
        }
    }
}
