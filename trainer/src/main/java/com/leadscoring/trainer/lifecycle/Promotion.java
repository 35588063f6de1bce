package com.leadscoring.trainer.lifecycle;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;

import com.leadscoring.model.ModelBundle;
import com.leadscoring.model.ModelStore;
import com.leadscoring.model.ModelStoreException;
import com.leadscoring.scoring.ModelScores;
import com.leadscoring.trainer.data.LabeledLead;
import com.leadscoring.trainer.evaluation.BinaryMetrics;
import com.leadscoring.trainer.pipeline.TimeCheck;
import com.leadscoring.trainer.pipeline.TrainingResult;

/**
 * Gathers the promotion gate's evidence and decides. The challenger's readiness is its own cross-validated ROC AUC. The
 * common evidence is the time check's rows: the newest leads (October–December), which the challenger's recipe was
 * refitted without ({@link TimeCheck}); the champion ({@code latest}) scores the same rows through ONNX Runtime,
 * exactly as the function would. Both are compared on PR AUC, the ranking of the few buyers sales calls first.
 */
public final class Promotion {

    /**
     * The decision with the figures behind it, for the summary, {@code metrics.json} and {@code report.html}.
     *
     * @param decision promote or keep the champion, and why
     * @param rule auto, always or never
     * @param readinessAuc the challenger's cross-validated ROC AUC
     * @param minReadinessAuc the readiness floor
     * @param evidenceRows rows both models were judged on (0 when there was no common evidence)
     * @param challengerPrAuc the challenger recipe's PR AUC on those rows (NaN without evidence)
     * @param champion the champion's version, or null when there was none
     * @param championPrAuc the champion's PR AUC on the same rows (NaN when not measured)
     * @param note anything a reader should weigh (e.g. the champion was trained on these very rows)
     */
    public record Report(
            PromotionGate.Decision decision,
            PromotionGate.Rule rule,
            double readinessAuc,
            double minReadinessAuc,
            int evidenceRows,
            double challengerPrAuc,
            String champion,
            double championPrAuc,
            String note) {}

    private Promotion() {}

    public static Report evaluate(
            PromotionGate.Config config, ModelStore store, TrainingResult training, String dataSha256, Instant now) {
        double readiness = training.published().of(BinaryMetrics::rocAuc).mean();
        // The time check refits the network recipe only: a challenger it does not judge has no common evidence.
        TimeCheck.Result evidence = training.served().judgedByTimeCheck() ? training.timeCheck() : null;
        boolean[] labels = evidence == null ? new boolean[0] : labels(evidence.testLeads());
        // PR AUC does not depend on a threshold: the time check's own figure is the challenger's.
        double challengerMetric = evidence == null ? Double.NaN : evidence.dnn().prAuc();
        String championVersion = champion(store);
        if (championVersion == null) {
            return report(
                    config,
                    PromotionGate.Inputs.firstModel(readiness, challengerMetric),
                    labels.length,
                    null,
                    "no model was serving");
        }
        ModelBundle bundle;
        try {
            bundle = store.load(championVersion);
        } catch (ModelStoreException e) {
            // A champion that cannot be loaded cannot be served either (its features no longer match, or it is
            // damaged).
            return report(
                    config,
                    new PromotionGate.Inputs(readiness, challengerMetric, Double.NaN, null, false),
                    labels.length,
                    championVersion,
                    "champion " + championVersion + " cannot be loaded: " + e.getMessage());
        }
        Duration age = Duration.between(bundle.manifest().createdAt(), now);
        if (evidence == null) {
            return report(
                    config,
                    new PromotionGate.Inputs(readiness, Double.NaN, Double.NaN, age, true),
                    0,
                    championVersion,
                    "no evidence rows: the time check is off, impossible on this data, or not of this recipe");
        }
        double championMetric;
        try {
            float[] p = ModelScores.probabilities(
                    bundle, evidence.testLeads().stream().map(LabeledLead::lead).toList());
            double[] pd = new double[p.length];
            for (int i = 0; i < p.length; i++) {
                pd[i] = p[i];
            }
            championMetric = BinaryMetrics.evaluate(pd, labels, 0.5).prAuc();
        } catch (RuntimeException e) {
            return report(
                    config,
                    new PromotionGate.Inputs(readiness, challengerMetric, Double.NaN, age, false),
                    labels.length,
                    championVersion,
                    "champion " + championVersion + " cannot score: " + e.getMessage());
        }
        Object championData = bundle.manifest().provenance() == null
                ? null
                : bundle.manifest().provenance().get("dataSha256");
        String note = dataSha256.equals(championData)
                ? "the champion was trained on this same data, so its figure on the evidence rows is optimistic"
                : "the champion was trained on other data";
        return report(
                config,
                new PromotionGate.Inputs(readiness, challengerMetric, championMetric, age, true),
                labels.length,
                championVersion,
                note);
    }

    private static Report report(
            PromotionGate.Config config, PromotionGate.Inputs in, int evidenceRows, String champion, String note) {
        return new Report(
                PromotionGate.decide(config, in),
                config.rule(),
                in.challengerReadinessAuc(),
                config.minReadinessAuc(),
                Double.isNaN(in.challengerMetric()) ? 0 : evidenceRows,
                in.challengerMetric(),
                champion,
                in.championMetric() == null ? Double.NaN : in.championMetric(),
                note);
    }

    /** One line for the console. */
    public static String describe(Report r) {
        return (r.decision().promote() ? "promoted to latest" : "not promoted, latest unchanged") + " (--promote "
                + r.rule().name().toLowerCase(Locale.ROOT) + "): "
                + r.decision().reason() + "; " + figures(r);
    }

    /** The figures the decision rests on. */
    public static String figures(Report r) {
        return r.champion() == null || Double.isNaN(r.championPrAuc())
                ? String.format(
                        Locale.ROOT,
                        "challenger CV ROC AUC %.4f (readiness floor %.2f)",
                        r.readinessAuc(),
                        r.minReadinessAuc())
                : String.format(
                        Locale.ROOT,
                        "challenger CV ROC AUC %.4f (readiness floor %.2f); on the %d newest leads "
                                + "PR AUC challenger %.4f vs champion %s %.4f",
                        r.readinessAuc(),
                        r.minReadinessAuc(),
                        r.evidenceRows(),
                        r.challengerPrAuc(),
                        r.champion(),
                        r.championPrAuc());
    }

    private static String champion(ModelStore store) {
        try {
            return store.listVersions().isEmpty() ? null : store.latestVersion();
        } catch (ModelStoreException e) {
            return null; // versions but no readable latest: nothing is serving from this store
        }
    }

    private static boolean[] labels(List<LabeledLead> leads) {
        boolean[] y = new boolean[leads.size()];
        for (int i = 0; i < y.length; i++) {
            y[i] = leads.get(i).buy();
        }
        return y;
    }
}
