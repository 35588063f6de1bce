package com.leadscoring.trainer.dnn;

/**
 * How the network is shaped and trained (configuration, not fitted state). Build with {@link #builder()}.
 *
 * @param hidden1 units of the first hidden layer
 * @param hidden2 units of the second hidden layer
 * @param dropout dropout rate after each BatchNorm, in training only
 * @param learningRate Adam's step size (the seed's 1e-4)
 * @param batchSize mini-batch size
 * @param maxEpochs upper bound on epochs
 * @param patience epochs without a better tuning loss before stopping
 * @param l2 weight decay added to the weights' gradients
 * @param seed seed of initialisation, shuffling and dropout
 */
public record DnnConfig(
        int hidden1,
        int hidden2,
        double dropout,
        double learningRate,
        int batchSize,
        int maxEpochs,
        int patience,
        double l2,
        long seed) {

    public DnnConfig {
        if (hidden1 < 1 || hidden2 < 1) {
            throw new IllegalArgumentException("hidden layers need at least one unit");
        }
        if (!(dropout >= 0 && dropout < 1)) {
            throw new IllegalArgumentException("dropout must be in [0, 1), got " + dropout);
        }
        if (!(learningRate > 0) || batchSize < 2 || maxEpochs < 1 || patience < 1 || !(l2 >= 0)) {
            throw new IllegalArgumentException("invalid DNN settings: lr " + learningRate + ", batch " + batchSize
                    + ", epochs " + maxEpochs + ", patience " + patience + ", l2 " + l2);
        }
    }

    /** A copy with another seed (each fold's network gets its own). */
    public DnnConfig withSeed(long newSeed) {
        return new DnnConfig(hidden1, hidden2, dropout, learningRate, batchSize, maxEpochs, patience, l2, newSeed);
    }

    /** A copy with another epoch limit. */
    public DnnConfig withEpochs(int epochs) {
        return new DnnConfig(hidden1, hidden2, dropout, learningRate, batchSize, epochs, patience, l2, seed);
    }

    public static DnnConfig defaults() {
        return builder().build();
    }

    public static Builder builder() {
        return new Builder();
    }

    public static final class Builder {
        private int hidden1 = 64;
        private int hidden2 = 32;
        private double dropout = 0.2;
        private double learningRate = 1e-3;
        private int batchSize = 256;
        private int maxEpochs = 60;
        private int patience = 8;
        private double l2 = 0;
        private long seed = 124;

        public Builder hidden1(int v) {
            hidden1 = v;
            return this;
        }

        public Builder hidden2(int v) {
            hidden2 = v;
            return this;
        }

        public Builder dropout(double v) {
            dropout = v;
            return this;
        }

        public Builder learningRate(double v) {
            learningRate = v;
            return this;
        }

        public Builder batchSize(int v) {
            batchSize = v;
            return this;
        }

        public Builder maxEpochs(int v) {
            maxEpochs = v;
            return this;
        }

        public Builder patience(int v) {
            patience = v;
            return this;
        }

        public Builder l2(double v) {
            l2 = v;
            return this;
        }

        public Builder seed(long v) {
            seed = v;
            return this;
        }

        public DnnConfig build() {
            return new DnnConfig(hidden1, hidden2, dropout, learningRate, batchSize, maxEpochs, patience, l2, seed);
        }
    }
}
