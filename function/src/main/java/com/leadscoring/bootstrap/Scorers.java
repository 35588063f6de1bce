package com.leadscoring.bootstrap;

import ai.onnxruntime.OrtException;
import com.leadscoring.model.ModelBundle;
import com.leadscoring.scoring.LeadScorer;
import com.leadscoring.scoring.ServedModel;

/** Opens the ONNX Runtime session of a loaded model, once per container, for any handler. */
public final class Scorers {

    private Scorers() {}

    /** The scorer of {@code bundle}; a failure is one clear exception naming the model, so the init fails loudly. */
    public static LeadScorer open(ModelBundle bundle) {
        try {
            return new LeadScorer(ServedModel.of(bundle));
        } catch (OrtException | RuntimeException e) {
            throw new IllegalStateException(
                    "cannot start ONNX Runtime on model " + bundle.manifest().modelVersion() + ": " + e.getMessage(),
                    e);
        }
    }
}
