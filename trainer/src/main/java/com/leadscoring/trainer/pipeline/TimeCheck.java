package com.leadscoring.trainer.pipeline;

import java.util.List;

import com.leadscoring.trainer.cv.CvCandidate;
import com.leadscoring.trainer.cv.Seeds;
import com.leadscoring.trainer.data.LabeledLead;
import com.leadscoring.trainer.evaluation.BinaryMetrics;
import com.leadscoring.trainer.split.Split;
import com.leadscoring.trainer.split.TimeSplit;

/**
 * The time-based check: the served recipe (the same cross-validated ensemble, {@link Recipe}) run on leads created
 * January–September and judged on October–December, leads of a later period that no part of it saw. Its ensemble and
 * probabilities are also the challenger's side of the promotion gate's evidence.
 */
public final class TimeCheck {

    /** Last month of the training period. */
    static final int LAST_TRAINING_MONTH = 9;

    /**
     * @param trainRows leads of January–September
     * @param testRows leads of October–December
     * @param dnn the ensemble's figures on October–December, at its own (out-of-fold) threshold
     * @param testLeads the October–December leads
     * @param probabilities the ensemble's probabilities of {@code testLeads}
     * @param recipe the recipe's run on January–September
     */
    public record Result(
            int trainRows,
            int testRows,
            BinaryMetrics dnn,
            List<LabeledLead> testLeads,
            double[] probabilities,
            Recipe.Run recipe) {}

    private TimeCheck() {}

    /** Runs the check, or returns null when a period has no buyers or too few leads for the folds. */
    static Result run(
            List<LabeledLead> leads,
            RecipeConfig config,
            CvCandidate servedRecipe,
            Seeds seeds,
            PipelineListener listener) {
        Split<LabeledLead> byTime = TimeSplit.byCreatedMonth(leads, LAST_TRAINING_MONTH);
        long trainBuyers = byTime.first().stream().filter(LabeledLead::buy).count();
        if (trainBuyers < Math.max(2, config.folds()) * 2L
                || byTime.second().stream().noneMatch(LabeledLead::buy)
                || byTime.first().size() < 100) {
            return null;
        }
        Recipe.Run run = Recipe.run(byTime.first(), config, List.of(servedRecipe), seeds, listener);
        double[] p = run.ensemble().probabilities(byTime.second());
        boolean[] y = new boolean[p.length];
        for (int i = 0; i < y.length; i++) {
            y[i] = byTime.second().get(i).buy();
        }
        BinaryMetrics metrics =
                BinaryMetrics.evaluate(p, y, run.ensemble().threshold().threshold());
        return new Result(byTime.first().size(), byTime.second().size(), metrics, byTime.second(), p, run);
    }
}
