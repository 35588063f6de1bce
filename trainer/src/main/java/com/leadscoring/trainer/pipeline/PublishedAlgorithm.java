package com.leadscoring.trainer.pipeline;

/** Which fitted model is exported to ONNX and published; the function serves either without code changes. */
public enum PublishedAlgorithm {
    DNN("dnn"),
    LOGISTIC_REGRESSION("logistic-regression");

    private final String id;

    PublishedAlgorithm(String id) {
        this.id = id;
    }

    /** The name written to the manifest's {@code algorithm}. */
    public String id() {
        return id;
    }
}
