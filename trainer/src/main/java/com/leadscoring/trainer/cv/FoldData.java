package com.leadscoring.trainer.cv;

import java.util.ArrayList;
import java.util.List;

import com.leadscoring.features.LeadEncoder;
import com.leadscoring.features.Normalization;
import com.leadscoring.trainer.data.LabeledLead;
import com.leadscoring.trainer.normalize.FeatureMatrix;
import com.leadscoring.trainer.normalize.ZNormalizerTrainer;
import com.leadscoring.trainer.split.Split;
import com.leadscoring.trainer.split.StratifiedSplitter;

/**
 * One fold's data, everything fitted on its training part only: the training part splits into fitting rows and a tuning
 * slice (early stopping, calibration, threshold), the normalization is fitted on the fitting rows, and the held-out
 * rows are only ever predicted on.
 *
 * @param fold fold index
 * @param heldOutRows indices (into the run's rows) of the held-out rows, in the order of {@code heldOut}
 * @param normalization fitted on {@code fit}'s rows before normalizing
 * @param fit normalized fitting rows
 * @param tune normalized tuning slice
 * @param heldOut normalized held-out rows
 */
public record FoldData(
        int fold,
        int[] heldOutRows,
        Normalization normalization,
        FeatureMatrix fit,
        FeatureMatrix tune,
        FeatureMatrix heldOut) {

    public static FoldData prepare(
            List<LabeledLead> rows, FoldPlan plan, int fold, double tuneFraction, Seeds seeds, LeadEncoder encoder) {
        List<LabeledLead> training = select(rows, plan.training(fold));
        int[] held = plan.heldOut(fold);
        Split<LabeledLead> split =
                new StratifiedSplitter(seeds.tuneSplit(fold)).split(training, LabeledLead::buy, tuneFraction);
        FeatureMatrix fitRaw = FeatureMatrix.encode(split.first(), encoder);
        Normalization norm = ZNormalizerTrainer.fit(fitRaw);
        return new FoldData(
                fold,
                held,
                norm,
                fitRaw.normalized(norm),
                FeatureMatrix.encode(split.second(), encoder).normalized(norm),
                FeatureMatrix.encode(select(rows, held), encoder).normalized(norm));
    }

    static List<LabeledLead> select(List<LabeledLead> rows, int[] indices) {
        List<LabeledLead> out = new ArrayList<>(indices.length);
        for (int i : indices) {
            out.add(rows.get(i));
        }
        return out;
    }
}
