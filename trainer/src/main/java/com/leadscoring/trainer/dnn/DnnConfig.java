package com.leadscoring.trainer.dnn;

import java.util.Arrays;
import java.util.List;

/**
 * How the network is shaped and trained (configuration, not fitted state). Build with {@link #builder()}.
 *
 * @param hidden units of each hidden block (Linear → ReLU → BatchNorm → Dropout), first block first; any depth
 * @param dropout dropout rate after each BatchNorm, in training only
 * @param learningRate Adam's step size (the seed's 1e-4)
 * @param batchSize mini-batch size
 * @param maxEpochs upper bound on epochs
 * @param patience epochs without a better tuning loss before stopping
 * @param l2 weight decay added to the weights' gradients
 * @param seed seed of initialisation, shuffling and dropout
 */
public record DnnConfig(
        List<Integer> hidden,
        double dropout,
        double learningRate,
        int batchSize,
        int maxEpochs,
        int patience,
        double l2,
        long seed) {

    public DnnConfig {
        hidden = List.copyOf(hidden);
        if (hidden.isEmpty() || hidden.stream().anyMatch(units -> units < 1)) {
            throw new IllegalArgumentException(
                    "--hidden needs one or more layer sizes of at least one unit, got " + hidden);
        }
        if (!(dropout >= 0 && dropout < 1)) {
            throw new IllegalArgumentException("dropout must be in [0, 1), got " + dropout);
        }
        if (!(learningRate > 0) || batchSize < 2 || maxEpochs < 1 || patience < 1 || !(l2 >= 0)) {
            throw new IllegalArgumentException("invalid DNN settings: lr " + learningRate + ", batch " + batchSize
                    + ", epochs " + maxEpochs + ", patience " + patience + ", l2 " + l2);
        }
    }

    /** The hidden sizes as an array, first block first. */
    public int[] hiddenUnits() {
        return hidden.stream().mapToInt(Integer::intValue).toArray();
    }

    /** A copy with another seed (each fold's network gets its own). */
    public DnnConfig withSeed(long newSeed) {
        return new DnnConfig(hidden, dropout, learningRate, batchSize, maxEpochs, patience, l2, newSeed);
    }

    /** A copy with another epoch limit. */
    public DnnConfig withEpochs(int epochs) {
        return new DnnConfig(hidden, dropout, learningRate, batchSize, epochs, patience, l2, seed);
    }

    public static DnnConfig defaults() {
        return builder().build();
    }

    public static Builder builder() {
        return new Builder();
    }

    public static final class Builder {
        private List<Integer> hidden = List.of(64, 32);
        private double dropout = 0.2;
        private double learningRate = 1e-3;
        private int batchSize = 256;
        private int maxEpochs = 60;
        private int patience = 8;
        private double l2 = 0;
        private long seed = 124;

        /** Units of each hidden block, first first (default 64, 32). */
        public Builder hidden(int... units) {
            hidden = Arrays.stream(units).boxed().toList();
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
            return new DnnConfig(hidden, dropout, learningRate, batchSize, maxEpochs, patience, l2, seed);
        }
    }
}
