package com.leadscoring.trainer.pipeline;

import com.leadscoring.trainer.cv.CandidateName;

/** Which fitted model is exported to ONNX and published; the function serves either without code changes. */
public enum PublishedAlgorithm {
    DNN(CandidateName.DNN),
    LOGISTIC_REGRESSION(CandidateName.LOGISTIC_REGRESSION);

    private final CandidateName candidate;

    PublishedAlgorithm(CandidateName candidate) {
        this.candidate = candidate;
    }

    /** The cross-validated candidate this is. */
    public CandidateName candidate() {
        return candidate;
    }

    /** The name written to the manifest's {@code algorithm} and taken by {@code --algorithm}. */
    public String id() {
        return candidate.cliName();
    }

    /** The algorithm {@code name} names, by its CLI or its report spelling; null when none does. */
    public static PublishedAlgorithm byName(String name) {
        for (PublishedAlgorithm a : values()) {
            if (a.id().equals(name) || a.candidate.id().equals(name)) {
                return a;
            }
        }
        return null;
    }
}
