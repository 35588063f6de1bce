package com.leadscoring.trainer.baseline;

import com.leadscoring.trainer.normalize.FeatureMatrix;
import org.tribuo.classification.xgboost.XGBoostClassificationTrainer;

/** The gradient-boosting peer: Tribuo's XGBoost trainer, seeded, one thread (folds already run in parallel). */
public final class XGBoostTrainer {

    private final XGBoostConfig config;

    public XGBoostTrainer(XGBoostConfig config) {
        this.config = config;
    }

    public TribuoProbabilityModel fit(FeatureMatrix m, long seed) {
        XGBoostClassificationTrainer trainer = new XGBoostClassificationTrainer(
                config.trees(),
                config.eta(),
                0.0,
                config.maxDepth(),
                config.minChildWeight(),
                config.subsample(),
                config.featureSubsample(),
                1.0,
                0.0,
                1,
                true,
                seed);
        return new TribuoProbabilityModel(
                "xgboost", trainer.train(RandomForestTrainer.dataset(m, "xgboost fitting rows")));
    }
}
