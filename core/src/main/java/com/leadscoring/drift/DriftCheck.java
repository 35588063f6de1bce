package com.leadscoring.drift;

import java.io.IOException;

import com.leadscoring.io.Opener;
import com.leadscoring.model.ModelBundle;
import com.leadscoring.scoring.ModelScores;

/**
 * One drift check, as {@code trainer.jar drift} and the rescoring run's drift step both run it: the model's reference →
 * read and validate the new leads → score them through ONNX Runtime → compare. Timed step by step.
 */
public final class DriftCheck {

    /** The comparison and how long each step took. */
    public record Outcome(DriftResult result, long readNanos, long scoreNanos, long compareNanos) {}

    private DriftCheck() {}

    /**
     * Compares the leads at {@code data} with {@code bundle}'s training distribution.
     *
     * @throws IllegalStateException when the model has no reference (published before drift monitoring)
     */
    public static Outcome run(ModelBundle bundle, String data, Opener opener) throws IOException {
        String version = bundle.manifest().modelVersion();
        ReferenceProfile reference = ReferenceFiles.read(bundle)
                .orElseThrow(() -> new IllegalStateException("version " + version + " has no reference distribution ("
                        + ReferenceProfile.FILE + "): it was published before drift monitoring; retrain to get one"));
        long start = System.nanoTime();
        NewLeads leads = NewLeads.load(data, opener);
        long read = System.nanoTime();
        float[] probabilities = ModelScores.probabilities(bundle, leads.leads());
        long scored = System.nanoTime();
        DriftResult result = DriftResult.compare(
                reference, leads.source(), leads.leads(), probabilities, leads.badRows(), leads.firstBadRows());
        long compared = System.nanoTime();
        return new Outcome(result, read - start, scored - read, compared - scored);
    }
}
