package com.leadscoring.trainer.baseline;

import com.leadscoring.trainer.normalize.FeatureMatrix;
import org.tribuo.classification.sgd.linear.LinearSGDTrainer;
import org.tribuo.classification.sgd.objectives.LogMulticlass;
import org.tribuo.math.optimisers.AdaGrad;

/** The reference baseline: Tribuo's logistic regression (log loss, AdaGrad), seeded, exportable to ONNX by Tribuo. */
public final class LogisticRegressionTrainer {

    private final int epochs;
    private final long seed;

    public LogisticRegressionTrainer(int epochs, long seed) {
        this.epochs = epochs;
        this.seed = seed;
    }

    public TribuoProbabilityModel fit(FeatureMatrix m) {
        LinearSGDTrainer trainer = new LinearSGDTrainer(
                new LogMulticlass(), new AdaGrad(0.1, 0.1), epochs, Math.max(1, m.rows()), 1, seed);
        return new TribuoProbabilityModel(
                "logistic_regression",
                trainer.train(RandomForestTrainer.dataset(m, "logistic regression fitting rows")));
    }
}
