package com.leadscoring.trainer.cv;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;

import com.leadscoring.features.FeatureGroups;
import com.leadscoring.trainer.evaluation.BinaryMetrics;
import com.leadscoring.trainer.normalize.FeatureMatrix;

/**
 * Permutation importance per source field, on held-out rows only: in each fold, the field's features (a one-hot group
 * or derived features count as their field) are shuffled across the held-out rows and the fold's model re-scores them;
 * the importance is the drop in ROC AUC, averaged over folds.
 */
public final class PermutationImportance {

    /**
     * @param field the lead field
     * @param aucDrop mean and sd over folds of the ROC AUC lost when the field is shuffled
     */
    public record FieldImportance(String field, MetricSummary aucDrop) {}

    private PermutationImportance() {}

    public static List<FieldImportance> of(CvModelResult model, List<FoldData> folds, long seed) {
        FeatureGroups groups =
                FeatureGroups.bySourceField(folds.get(0).heldOut().encoder());
        List<List<Double>> drops = new ArrayList<>();
        for (int g = 0; g < groups.size(); g++) {
            drops.add(new ArrayList<>());
        }
        Random random = new Random(seed);
        for (FoldOutcome o : model.folds()) {
            FeatureMatrix held = folds.get(o.fold()).heldOut();
            double base = o.heldOut().rocAuc();
            for (int g = 0; g < groups.size(); g++) {
                FeatureMatrix shuffled = shuffle(held, groups.indices(g), random);
                double auc = BinaryMetrics.evaluate(o.predictor().apply(shuffled), held.labels(), 0.5)
                        .rocAuc();
                drops.get(g).add(base - auc);
            }
        }
        List<FieldImportance> out = new ArrayList<>();
        for (int g = 0; g < groups.size(); g++) {
            out.add(new FieldImportance(groups.name(g), MetricSummary.of(drops.get(g))));
        }
        out.sort(Comparator.comparingDouble((FieldImportance f) -> f.aucDrop().mean())
                .reversed());
        return out;
    }

    /** A copy whose columns {@code cols} are moved together to a random permutation of the rows. */
    static FeatureMatrix shuffle(FeatureMatrix m, int[] cols, Random random) {
        int n = m.rows();
        int w = m.width();
        int[] perm = new int[n];
        for (int i = 0; i < n; i++) {
            perm[i] = i;
        }
        for (int i = n - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            int t = perm[i];
            perm[i] = perm[j];
            perm[j] = t;
        }
        float[] src = m.values();
        float[] v = src.clone();
        for (int i = 0; i < n; i++) {
            for (int c : cols) {
                v[i * w + c] = src[perm[i] * w + c];
            }
        }
        return new FeatureMatrix(v, m.labels().clone(), n, m.encoder());
    }
}
