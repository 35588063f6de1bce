package com.leadscoring.trainer.baseline;

import com.leadscoring.trainer.normalize.FeatureMatrix;
import org.tribuo.classification.Label;
import org.tribuo.classification.dtree.CARTClassificationTrainer;
import org.tribuo.classification.dtree.impurity.GiniIndex;
import org.tribuo.classification.ensemble.FullyWeightedVotingCombiner;

/** The seed's approach 1: a Tribuo random forest (CART trees, averaged leaf distributions for probabilities). */
public final class RandomForestTrainer implements PeerTrainer {

    private final RandomForestConfig config;

    public RandomForestTrainer(RandomForestConfig config) {
        this.config = config;
    }

    @Override
    public TribuoProbabilityModel fit(FeatureMatrix m, long seed) {
        CARTClassificationTrainer tree = new CARTClassificationTrainer(
                config.maxDepth(), 1.0f, 0.0f, config.featureFraction(), false, new GiniIndex(), seed);
        // Tribuo's class has this class's name: qualified, as the name clash comments say.
        org.tribuo.common.tree.RandomForestTrainer<Label> forest = // name clash
                new org.tribuo.common.tree.RandomForestTrainer<>( // name clash
                        tree, new FullyWeightedVotingCombiner(), config.trees(), seed);
        return new TribuoProbabilityModel(forest.train(TribuoFeatures.dataset(m, "random forest fitting rows")));
    }
}
