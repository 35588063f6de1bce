package com.leadscoring.scoring;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import ai.onnxruntime.OrtException;
import com.leadscoring.lead.Lead;
import com.leadscoring.model.Manifest;
import com.leadscoring.model.ModelBundle;
import com.leadscoring.model.ModelOutput;
import com.leadscoring.model.PreprocessingParameters;

/**
 * Calibrated probabilities of many leads through the function's own {@link LeadScorer} (shared encoder, stored
 * normalization, ONNX Runtime), so a drift reference, a drift check and the promotion gate see exactly the scores the
 * API would return.
 */
public final class ModelScores {

    /** Leads per ONNX Runtime run: bounds the tensor's memory on large files. */
    private static final int BATCH = 8192;

    private ModelScores() {}

    public static float[] probabilities(ModelBundle bundle, List<Lead> leads) {
        float[] out = new float[leads.size()];
        try (LeadScorer scorer = new LeadScorer(bundle)) {
            for (int from = 0; from < leads.size(); from += BATCH) {
                int to = Math.min(leads.size(), from + BATCH);
                System.arraycopy(scorer.probabilities(leads.subList(from, to)), 0, out, from, to - from);
            }
        } catch (OrtException e) {
            throw new IllegalStateException(
                    "cannot score with model " + bundle.manifest().modelVersion() + ": " + e.getMessage(), e);
        }
        return out;
    }

    /**
     * The probabilities of a model not yet published: its ONNX graph and preprocessing, as the function would score.
     */
    public static float[] probabilities(
            String modelVersion,
            byte[] onnx,
            ModelOutput output,
            PreprocessingParameters preprocessing,
            List<Lead> leads) {
        Manifest manifest = new Manifest(
                Manifest.SCHEMA_VERSION,
                modelVersion,
                Instant.EPOCH,
                "unpublished",
                preprocessing.contract().encoderVersion(),
                preprocessing.contract().featureNames(),
                output,
                Map.of(),
                Map.of());
        return probabilities(new ModelBundle(manifest, onnx, preprocessing, new byte[0]), leads);
    }
}
