package com.leadscoring.trainer.oversample;

/**
 * SMOTE's settings.
 *
 * @param k minority neighbours a synthetic point may be drawn towards
 * @param ratio target buyers / non-buyers after oversampling (1.0: balanced)
 * @param seed seed of the neighbour and position choices
 */
public record SmoteConfig(int k, double ratio, long seed) {

    public SmoteConfig {
        if (k < 1) {
            throw new IllegalArgumentException("SMOTE k must be at least 1, got " + k);
        }
        if (!(ratio > 0 && ratio <= 1)) {
            throw new IllegalArgumentException("SMOTE ratio must be in (0, 1], got " + ratio);
        }
    }

    public static Builder builder() {
        return new Builder();
    }

    public static final class Builder {
        private int k = 5;
        private double ratio = 1.0;
        private long seed = 124;

        public Builder k(int v) {
            k = v;
            return this;
        }

        public Builder ratio(double v) {
            ratio = v;
            return this;
        }

        public Builder seed(long v) {
            seed = v;
            return this;
        }

        public SmoteConfig build() {
            return new SmoteConfig(k, ratio, seed);
        }
    }
}
