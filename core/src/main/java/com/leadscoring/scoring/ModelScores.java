package com.leadscoring.scoring;

import java.util.List;

import ai.onnxruntime.OrtException;
import com.leadscoring.lead.Lead;
import com.leadscoring.model.ModelBundle;

/**
 * Calibrated probabilities of many leads through the function's own {@link LeadScorer} (shared encoder, stored
 * normalization, ONNX Runtime), so a drift reference, a drift check and the promotion gate see exactly the scores the
 * API would return.
 */
public final class ModelScores {

    /** Leads per ONNX Runtime run: bounds the tensor's memory on large files. */
    private static final int BATCH = 8192;

    private ModelScores() {}

    /** With a model of {@code bundle} opened for the call and closed after it. */
    public static float[] probabilities(ModelBundle bundle, List<Lead> leads) {
        try (ServedModel model = ServedModel.of(bundle)) {
            return probabilities(model, leads);
        } catch (OrtException e) {
            throw cannotScore(bundle.manifest().modelVersion(), e);
        }
    }

    /** With {@code model}, published or not ({@link ServedModel#unpublished}); the model stays open. */
    public static float[] probabilities(ServedModel model, List<Lead> leads) {
        float[] out = new float[leads.size()];
        LeadScorer scorer = new LeadScorer(model);
        try {
            for (int from = 0; from < leads.size(); from += BATCH) {
                int to = Math.min(leads.size(), from + BATCH);
                System.arraycopy(scorer.probabilities(leads.subList(from, to)), 0, out, from, to - from);
            }
        } catch (OrtException e) {
            throw cannotScore(model.version(), e);
        }
        return out;
    }

    private static IllegalStateException cannotScore(String version, OrtException e) {
        return new IllegalStateException("cannot score with model " + version + ": " + e.getMessage(), e);
    }
}
