package com.leadscoring.bootstrap;

import java.util.List;

import ai.onnxruntime.OrtException;
import com.leadscoring.capturing.Capture;
import com.leadscoring.model.ModelBundle;
import com.leadscoring.scoring.LeadScore;
import com.leadscoring.scoring.LeadScorer;
import com.leadscoring.scoring.ServedModel;
import com.leadscoring.tracing.Tracer;

/**
 * What a handler serves with, built once per container: the loaded model ({@link ServedModel}, with its verified
 * files), its scoring and the tracer. {@link #fromEnvironment()} is the Lambda path; the local CLI and tests build one
 * over a model they loaded themselves ({@link #of(ModelBundle)}), so no handler needs AWS to be built.
 *
 * <p>Per-container sinks beside the tracer belong here too, built once in {@link #fromEnvironment()} and handed to
 * every handler through this record: the capture of scored leads is one.
 *
 * @param bundle the model's verified files (manifest, metrics) as loaded
 * @param model the served model of {@code bundle}
 * @param scoring scores encoded rows: {@link LeadScorer#score(float[], int, boolean)} of {@code model}
 * @param tracer times a request's steps (X-Ray on Lambda, {@link Tracer#NONE} elsewhere)
 * @param capture takes a capture line per scored lead ({@code CAPTURE_SAMPLING_PERCENT} on Lambda, {@link Capture#OFF}
 *     unless a local command asks for one)
 */
public record Serving(ModelBundle bundle, ServedModel model, Scoring scoring, Tracer tracer, Capture capture) {

    /** Scores {@code n} encoded rows (raw, not normalized) in one batched run, with reasons when asked. */
    @FunctionalInterface
    public interface Scoring {
        List<LeadScore> score(float[] encoded, int n, boolean explain) throws OrtException;
    }

    /**
     * Lambda's bootstrap: the model named by {@code MODEL_URI} / {@code MODEL_VERSION}, read while ONNX Runtime and
     * logging start on other threads ({@link ColdStart}); X-Ray when the function traces. Any problem fails the init
     * with one clear exception.
     */
    public static Serving fromEnvironment() {
        return of(ModelLoader.fromEnvironmentWithBackgroundInit(), Tracer.forEnvironment())
                .withCapture(Capture.fromEnvironment());
    }

    /** Over a model loaded by the caller (the local CLI, tests), untraced. */
    public static Serving of(ModelBundle bundle) {
        return of(bundle, Tracer.NONE);
    }

    private static Serving of(ModelBundle bundle, Tracer tracer) {
        LeadScorer scorer = Scorers.open(bundle);
        return new Serving(bundle, scorer.model(), scorer::score, tracer, Capture.OFF);
    }

    /** The same serving, capturing scored leads as {@code capture} says. */
    public Serving withCapture(Capture capture) {
        return new Serving(bundle, model, scoring, tracer, capture);
    }

    public String modelVersion() {
        return model.version();
    }
}
