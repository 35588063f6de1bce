package com.leadscoring.trainer.baseline;

import com.leadscoring.trainer.normalize.FeatureMatrix;
import org.tribuo.classification.sgd.linear.LinearSGDTrainer;
import org.tribuo.classification.sgd.objectives.LogMulticlass;
import org.tribuo.math.optimisers.AdaGrad;

/** The reference baseline: Tribuo's logistic regression (log loss, AdaGrad), seeded, exportable to ONNX by Tribuo. */
public final class LogisticRegressionTrainer implements PeerTrainer {

    private final int epochs;

    public LogisticRegressionTrainer(int epochs) {
        this.epochs = epochs;
    }

    @Override
    public TribuoProbabilityModel fit(FeatureMatrix m, long seed) {
        LinearSGDTrainer trainer = new LinearSGDTrainer(
                new LogMulticlass(), new AdaGrad(0.1, 0.1), epochs, Math.max(1, m.rows()), 1, seed);
        return new TribuoProbabilityModel(trainer.train(TribuoFeatures.dataset(m, "logistic regression fitting rows")));
    }
}
