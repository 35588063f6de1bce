package com.leadscoring.trainer.baseline;

import java.util.ArrayList;
import java.util.List;

import com.leadscoring.trainer.normalize.FeatureMatrix;
import org.tribuo.MutableDataset;
import org.tribuo.classification.Label;
import org.tribuo.classification.dtree.CARTClassificationTrainer;
import org.tribuo.classification.dtree.impurity.GiniIndex;
import org.tribuo.classification.ensemble.FullyWeightedVotingCombiner;

/** The seed's approach 1: a Tribuo random forest (CART trees, averaged leaf distributions for probabilities). */
public final class RandomForestTrainer {

    private final RandomForestConfig config;

    public RandomForestTrainer(RandomForestConfig config) {
        this.config = config;
    }

    public TribuoProbabilityModel fit(FeatureMatrix m) {
        CARTClassificationTrainer tree = new CARTClassificationTrainer(
                config.maxDepth(), 1.0f, 0.0f, config.featureFraction(), false, new GiniIndex(), config.seed());
        org.tribuo.common.tree.RandomForestTrainer<Label> forest = new org.tribuo.common.tree.RandomForestTrainer<>(
                tree, new FullyWeightedVotingCombiner(), config.trees(), config.seed());
        return new TribuoProbabilityModel("random_forest", forest.train(dataset(m, "random forest fitting rows")));
    }

    static MutableDataset<Label> dataset(FeatureMatrix m, String description) {
        List<float[]> rows = new ArrayList<>(m.rows());
        for (int i = 0; i < m.rows(); i++) {
            rows.add(m.row(i));
        }
        return TribuoFeatures.dataset(rows, m.labels(), m.encoder(), description);
    }
}
