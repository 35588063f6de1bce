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

    /**
     * Expected new leads in the rarest bin a reference keeps on its own: the usual floor for comparing counts with a
     * chi-square-like statistic, which PSI is for small changes.
     */
    public static final int MIN_EXPECTED_PER_BIN = 5;

    /**
     * The default fewest valid leads a drift check judges: 1,000. A reference keeps a value as its own bin only when it
     * holds at least {@link Binning#MIN_CATEGORY_SHARE} (0.5 %) of the training leads, so 1,000 new leads expect at
     * least 5 in every such bin, and a fresh sample of the same population then has a PSI of about (bins − 1) / leads ≤
     * 11 / 1,000 per field, a tenth of the watch band. With fewer leads, whole bins come out empty by chance, each
     * adding up to about 0.1 · ln(1,000) ≈ 0.7 (20 leads gave 2.2, one lead 9.4).
     */
    public static final int DEFAULT_MIN_LEADS = (int) Math.ceil(MIN_EXPECTED_PER_BIN / Binning.MIN_CATEGORY_SHARE);

    /** The comparison and how long each step took. */
    public record Outcome(DriftResult result, long readNanos, long scoreNanos, long compareNanos) {}

    private DriftCheck() {}

    /**
     * Compares the leads at {@code data} with {@code bundle}'s training distribution; with fewer than {@code minLeads}
     * valid leads the result says {@link DriftResult#tooFewLeads()} and calls nothing shifted.
     *
     * @throws IllegalStateException when the model has no reference (published before drift monitoring)
     */
    public static Outcome run(ModelBundle bundle, String data, Opener opener, long minLeads) throws IOException {
        if (minLeads < 1) {
            throw new IllegalArgumentException(
                    "the minimum of leads to judge drift must be at least 1, got " + minLeads);
        }
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
                reference,
                leads.source(),
                leads.leads(),
                probabilities,
                leads.badRows(),
                leads.firstBadRows(),
                minLeads);
        long compared = System.nanoTime();
        return new Outcome(result, read - start, scored - read, compared - scored);
    }
}
