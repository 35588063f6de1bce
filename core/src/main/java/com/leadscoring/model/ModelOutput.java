package com.leadscoring.model;

/**
 * How to call the stored ONNX graph, so the function can serve any exported model without code changes.
 *
 * @param inputName float32 input {@code [N, F]} of z-normalized features (e.g. {@code features})
 * @param outputName the float32 output holding probabilities (e.g. {@code probability})
 * @param probabilityColumn column of the buy probability when the output is {@code [N, 2]} (Tribuo's label
 *     distribution); {@code -1} when the output is {@code [N, 1]} or {@code [N]}
 */
public record ModelOutput(String inputName, String outputName, int probabilityColumn) {

    /**
     * The optional second output of a graph: its calibrated log-odds {@code [N, 1]}, the value the probability output
     * is the sigmoid of. Explanations are measured on it because, unlike a float32 probability, it does not saturate at
     * 0 or 1. Found by name in the graph, so manifests stay as they are and earlier functions ignore it.
     */
    public static final String LOGIT_OUTPUT = "logit";
}
