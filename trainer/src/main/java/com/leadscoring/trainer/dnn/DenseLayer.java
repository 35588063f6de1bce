package com.leadscoring.trainer.dnn;

import java.util.Arrays;

/**
 * Fitted weights of a fully connected layer: {@code y = W x + b}.
 *
 * @param inputs input width
 * @param outputs output width
 * @param weights row-major {@code [outputs][inputs]}: {@code weights[o * inputs + i]}
 * @param bias {@code [outputs]}
 */
public record DenseLayer(int inputs, int outputs, float[] weights, float[] bias) {

    public DenseLayer {
        if (weights.length != inputs * outputs || bias.length != outputs) {
            throw new IllegalArgumentException("dense layer " + inputs + "x" + outputs + " has " + weights.length
                    + " weights and " + bias.length + " biases");
        }
        weights = weights.clone();
        bias = bias.clone();
    }

    @Override
    public float[] weights() {
        return weights.clone();
    }

    @Override
    public float[] bias() {
        return bias.clone();
    }

    /** {@code out[o] = sum_i W[o,i] * in[inOffset + i] + b[o]}, accumulated in double. */
    public void forward(float[] in, int inOffset, double[] out) {
        for (int o = 0; o < outputs; o++) {
            double s = bias[o];
            int row = o * inputs;
            for (int i = 0; i < inputs; i++) {
                s += (double) weights[row + i] * in[inOffset + i];
            }
            out[o] = s;
        }
    }

    /** As {@link #forward(float[], int, double[])} for a double input. */
    public void forward(double[] in, double[] out) {
        for (int o = 0; o < outputs; o++) {
            double s = bias[o];
            int row = o * inputs;
            for (int i = 0; i < inputs; i++) {
                s += weights[row + i] * in[i];
            }
            out[o] = s;
        }
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof DenseLayer d
                && inputs == d.inputs
                && outputs == d.outputs
                && Arrays.equals(weights, d.weights)
                && Arrays.equals(bias, d.bias);
    }

    @Override
    public int hashCode() {
        return 31 * Arrays.hashCode(weights) + Arrays.hashCode(bias);
    }

    @Override
    public String toString() {
        return "DenseLayer[" + inputs + "->" + outputs + "]";
    }
}
