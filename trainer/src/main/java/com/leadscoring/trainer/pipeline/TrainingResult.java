package com.leadscoring.trainer.pipeline;

import java.util.List;
import java.util.Map;

import com.leadscoring.model.PreprocessingParameters;
import com.leadscoring.trainer.cv.CvModelResult;
import com.leadscoring.trainer.cv.PermutationImportance.FieldImportance;

/**
 * What a training run learned and measured.
 *
 * @param config the configuration it ran with
 * @param rows row counts: leads, buyers, folds, fold sizes
 * @param labels every row's label, in input order (the out-of-fold arrays follow this order)
 * @param recipe the cross-validation of every candidate and the recipe's network ensemble
 * @param served the model that is published, with its grade bands
 * @param importance permutation importance per source field of the served network variant
 * @param timeCheck January–September → October–December, or null when the data cannot give it
 * @param stepMillis time per step, in order
 */
public record TrainingResult(
        TrainingConfig config,
        Map<String, Integer> rows,
        boolean[] labels,
        Recipe.Run recipe,
        ServedModel served,
        List<FieldImportance> importance,
        TimeCheck.Result timeCheck,
        Map<String, Long> stepMillis) {

    public Map<String, CvModelResult> models() {
        return recipe.models();
    }

    /** The published model's cross-validation. */
    public CvModelResult published() {
        return recipe.models().get(served.candidate());
    }

    public PreprocessingParameters preprocessing() {
        return served.preprocessing();
    }

    /**
     * The published model's out-of-fold probabilities, calibrated the way it is served (NaN for rows never held out).
     */
    public double[] publishedOof() {
        return served.oof();
    }
}
