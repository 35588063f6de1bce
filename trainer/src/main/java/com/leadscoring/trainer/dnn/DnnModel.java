package com.leadscoring.trainer.dnn;

import java.util.ArrayList;
import java.util.List;

import com.leadscoring.trainer.calibration.PlattCalibration;

/**
 * The fitted network in inference mode, with its calibration: hidden blocks (Linear → ReLU → BatchNorm → (Dropout)), as
 * many as {@code --hidden} names, then Linear → Sigmoid. Dropout is the identity at inference. Inputs are z-normalized
 * feature vectors.
 *
 * <p>This is the trainer's in-memory model: the ONNX export must reproduce {@link #probability(float[], int)} (the
 * parity test checks it to 1e-5).
 */
public record DnnModel(List<HiddenBlock> hidden, DenseLayer output, PlattCalibration calibration) {

    public DnnModel {
        hidden = List.copyOf(hidden);
        if (hidden.isEmpty()) {
            throw new IllegalArgumentException("a network needs at least one hidden block");
        }
        for (int i = 1; i < hidden.size(); i++) {
            if (hidden.get(i - 1).units() != hidden.get(i).dense().inputs()) {
                throw new IllegalArgumentException("layer sizes do not chain: " + hidden);
            }
        }
        if (hidden.get(hidden.size() - 1).units() != output.inputs() || output.outputs() != 1) {
            throw new IllegalArgumentException("layer sizes do not chain: " + hidden + ", " + output);
        }
    }

    public int inputs() {
        return hidden.get(0).dense().inputs();
    }

    /** The first hidden block's layer, the one that takes the normalized features. */
    public DenseLayer first() {
        return hidden.get(0).dense();
    }

    /** A copy with another calibration. */
    public DnnModel withCalibration(PlattCalibration newCalibration) {
        return new DnnModel(hidden, output, newCalibration);
    }

    /** A copy whose first layer is {@code layer} (same shape): how a member is rebased onto another normalization. */
    public DnnModel withFirstLayer(DenseLayer layer) {
        List<HiddenBlock> blocks = new ArrayList<>(hidden);
        blocks.set(0, new HiddenBlock(layer, hidden.get(0).norm()));
        return new DnnModel(blocks, output, calibration);
    }

    /** The network's raw logit (before sigmoid and calibration) for the vector at {@code x[offset..]}. */
    public double logit(float[] x, int offset) {
        HiddenBlock firstBlock = hidden.get(0);
        double[] h = new double[firstBlock.units()];
        firstBlock.dense().forward(x, offset, h);
        relu(h);
        firstBlock.norm().forwardInference(h);
        for (int i = 1; i < hidden.size(); i++) {
            HiddenBlock block = hidden.get(i);
            double[] next = new double[block.units()];
            block.dense().forward(h, next);
            relu(next);
            block.norm().forwardInference(next);
            h = next;
        }
        double[] out = new double[1];
        output.forward(h, out);
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
