package com.leadscoring.trainer.dnn;

import java.util.Arrays;

/**
 * Fitted batch normalization in inference mode: {@code y = gamma * (x - runningMean) / sqrt(runningVar + epsilon) +
 * beta}.
 *
 * @param gamma scale, one per channel
 * @param beta shift, one per channel
 * @param runningMean running mean collected during training
 * @param runningVar running (biased) variance collected during training
 * @param epsilon added to the variance for stability
 */
public record BatchNormLayer(float[] gamma, float[] beta, float[] runningMean, float[] runningVar, float epsilon) {

    public BatchNormLayer {
        int n = gamma.length;
        if (beta.length != n || runningMean.length != n || runningVar.length != n) {
            throw new IllegalArgumentException("batch norm arrays differ in length");
        }
        gamma = gamma.clone();
        beta = beta.clone();
        runningMean = runningMean.clone();
        runningVar = runningVar.clone();
    }

    public int size() {
        return gamma.length;
    }

    @Override
    public float[] gamma() {
        return gamma.clone();
    }

    @Override
    public float[] beta() {
        return beta.clone();
    }

    @Override
    public float[] runningMean() {
        return runningMean.clone();
    }

    @Override
    public float[] runningVar() {
        return runningVar.clone();
    }

    /** Applies the inference-mode transform in place. */
    public void forwardInference(double[] x) {
        for (int i = 0; i < gamma.length; i++) {
            x[i] = gamma[i] * (x[i] - runningMean[i]) / Math.sqrt(runningVar[i] + (double) epsilon) + beta[i];
        }
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof BatchNormLayer b
                && Arrays.equals(gamma, b.gamma)
                && Arrays.equals(beta, b.beta)
                && Arrays.equals(runningMean, b.runningMean)
                && Arrays.equals(runningVar, b.runningVar)
                && epsilon == b.epsilon;
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(gamma) + 31 * Arrays.hashCode(runningMean);
    }

    @Override
    public String toString() {
        return "BatchNormLayer[" + gamma.length + "]";
    }
}
