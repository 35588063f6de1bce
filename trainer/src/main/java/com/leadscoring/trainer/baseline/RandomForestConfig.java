package com.leadscoring.trainer.baseline;

/**
 * The random forest's settings.
 *
 * @param trees number of trees
 * @param maxDepth depth limit of each tree
 * @param featureFraction share of features each split considers
 */
public record RandomForestConfig(int trees, int maxDepth, float featureFraction) {

    public RandomForestConfig {
        if (trees < 1 || maxDepth < 1 || !(featureFraction > 0 && featureFraction <= 1)) {
            throw new IllegalArgumentException("invalid random forest settings: " + trees + " trees, depth " + maxDepth
                    + ", feature fraction " + featureFraction);
        }
    }

    public static Builder builder() {
        return new Builder();
    }

    public static final class Builder {
        private int trees = 50;
        private int maxDepth = 12;
        private float featureFraction = 0.5f;

        public Builder trees(int v) {
            trees = v;
            return this;
        }

        public Builder maxDepth(int v) {
            maxDepth = v;
            return this;
        }

        public Builder featureFraction(float v) {
            featureFraction = v;
            return this;
        }

        public RandomForestConfig build() {
            return new RandomForestConfig(trees, maxDepth, featureFraction);
        }
    }
}
