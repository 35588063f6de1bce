package com.leadscoring.trainer.dnn;

import com.leadscoring.trainer.calibration.PlattCalibration;

/**
 * The fitted network the seed describes, in inference mode, with its calibration: Linear → ReLU → BatchNorm → (Dropout)
 * → Linear → ReLU → BatchNorm → (Dropout) → Linear → Sigmoid. Dropout is the identity at inference. Inputs are
 * z-normalized feature vectors.
 *
 * <p>This is the trainer's in-memory model: the ONNX export must reproduce {@link #probability(float[], int)} (the
 * parity test checks it to 1e-5).
 */
public record DnnModel(
        DenseLayer hidden1,
        BatchNormLayer norm1,
        DenseLayer hidden2,
        BatchNormLayer norm2,
        DenseLayer output,
        PlattCalibration calibration) {

    public DnnModel {
        if (hidden1.outputs() != norm1.size()
                || norm1.size() != hidden2.inputs()
                || hidden2.outputs() != norm2.size()
                || norm2.size() != output.inputs()
                || output.outputs() != 1) {
            throw new IllegalArgumentException("layer sizes do not chain: " + hidden1 + ", " + norm1 + ", " + hidden2
                    + ", " + norm2 + ", " + output);
        }
    }

    public int inputs() {
        return hidden1.inputs();
    }

    /** A copy with another calibration. */
    public DnnModel withCalibration(PlattCalibration newCalibration) {
        return new DnnModel(hidden1, norm1, hidden2, norm2, output, newCalibration);
    }

    /** The network's raw logit (before sigmoid and calibration) for the vector at {@code x[offset..]}. */
    public double logit(float[] x, int offset) {
        double[] h1 = new double[hidden1.outputs()];
        hidden1.forward(x, offset, h1);
        relu(h1);
        norm1.forwardInference(h1);
        double[] h2 = new double[hidden2.outputs()];
        hidden2.forward(h1, h2);
        relu(h2);
        norm2.forwardInference(h2);
        double[] out = new double[1];
        output.forward(h2, out);
        return out[0];
    }

    /** The calibrated probability of buying. */
    public double probability(float[] x, int offset) {
        return calibration.probability(logit(x, offset));
    }

    private static void relu(double[] v) {
        for (int i = 0; i < v.length; i++) {
            if (v[i] < 0) {
                v[i] = 0;
            }
        }
    }
}
