package com.leadscoring.trainer.baseline;

import com.leadscoring.trainer.normalize.FeatureMatrix;
import org.tribuo.classification.xgboost.XGBoostClassificationTrainer;

/** The gradient-boosting peer: Tribuo's XGBoost trainer, seeded, one thread (folds already run in parallel). */
public final class XGBoostTrainer implements PeerTrainer {

    private final XGBoostConfig config;

    public XGBoostTrainer(XGBoostConfig config) {
        this.config = config;
    }

    @Override
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
        return new TribuoProbabilityModel(trainer.train(TribuoFeatures.dataset(m, "xgboost fitting rows")));
    }
}
