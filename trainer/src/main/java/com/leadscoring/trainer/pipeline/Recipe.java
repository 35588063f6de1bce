package com.leadscoring.trainer.pipeline;

import java.util.List;
import java.util.Map;

import com.leadscoring.trainer.cv.CrossValidation;
import com.leadscoring.trainer.cv.CvCandidate;
import com.leadscoring.trainer.cv.CvModelResult;
import com.leadscoring.trainer.cv.FoldData;
import com.leadscoring.trainer.cv.FoldPlan;
import com.leadscoring.trainer.cv.Seeds;
import com.leadscoring.trainer.data.LabeledLead;

/**
 * The recipe, in one place for the published model and the time-based check: folds → every candidate cross-validated →
 * the network variant with the best mean ROC AUC → the served ensemble of its fold networks.
 */
public final class Recipe {

    /**
     * @param folds each fold's data
     * @param models every candidate's cross-validation, in candidate order
     * @param ensemble the recipe's network: the ensemble of the best variant's fold networks
     */
    public record Run(List<FoldData> folds, Map<String, CvModelResult> models, ServedDnn ensemble) {

        /** Name of the network variant the ensemble is made of. */
        public String servedName() {
            return ensemble.variant();
        }
    }

    private Recipe() {}

    public static Run run(
            List<LabeledLead> rows,
            RecipeConfig config,
            List<CvCandidate> candidates,
            Seeds seeds,
            PipelineListener listener) {
        FoldPlan plan = FoldPlan.of(rows, config.folds(), seeds.folds());
        List<FoldData> folds = CrossValidation.prepare(rows, plan, config.tuneFraction(), seeds, config.encoder());
        listener.fitsStarted("cross-validate", candidates.size() * folds.size());
        CrossValidation.Result cv = CrossValidation.run(rows, folds, candidates, seeds, config.threads(), listener);
        // The network variants are the DNN candidates; the better mean ROC AUC is served (ties: the first, no SMOTE).
        String served = null;
        double best = Double.NEGATIVE_INFINITY;
        for (CvModelResult r : cv.results().values()) { // candidate order: on a tie the first network stays
            double auc = r.of(m -> m.rocAuc()).mean();
            if (r.isNetwork() && auc > best) {
                served = r.name();
                best = auc;
            }
        }
        if (served == null) {
            throw new IllegalStateException("the recipe has no network to serve");
        }
        return new Run(folds, cv.results(), ServedDnn.build(rows, cv.results().get(served), folds));
    }
}
