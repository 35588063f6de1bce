package com.leadscoring.trainer.dnn;

/**
 * One fitted hidden block in inference mode: Linear → ReLU → BatchNorm (running statistics); its dropout is the
 * identity at inference.
 */
public record HiddenBlock(DenseLayer dense, BatchNormLayer norm) {

    public HiddenBlock {
        if (dense.outputs() != norm.size()) {
            throw new IllegalArgumentException(
                    "a block's BatchNorm must match its layer: " + dense.outputs() + " vs " + norm.size());
        }
    }

    /** Width of the block's output. */
    public int units() {
        return dense.outputs();
    }
}
