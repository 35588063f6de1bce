package com.leadscoring.trainer.cv;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.ToDoubleFunction;

import com.leadscoring.trainer.evaluation.BinaryMetrics;
import com.leadscoring.trainer.oversample.SmoteMode;

/**
 * One candidate cross-validated: its figures per fold and its out-of-fold probabilities (each row scored by the model
 * of the fold that held it out, calibrated and thresholded on that fold's tuning slice).
 *
 * @param name e.g. {@code dnn}, {@code xgboost}
 * @param smote the oversampling its fitting rows had
 * @param folds one outcome per fold, in fold order
 * @param oof per row of the run, its out-of-fold probability ({@code NaN} for rows no fold held out)
 */
public record CvModelResult(String name, SmoteMode smote, List<FoldOutcome> folds, double[] oof) {

    /** Mean ± sd over folds of every figure, in report order. */
    public Map<String, MetricSummary> summary() {
        Map<String, MetricSummary> m = new LinkedHashMap<>();
        m.put("f1", of(BinaryMetrics::f1));
        m.put("precision", of(BinaryMetrics::precision));
        m.put("recall", of(BinaryMetrics::recall));
        m.put("rocAuc", of(BinaryMetrics::rocAuc));
        m.put("prAuc", of(BinaryMetrics::prAuc));
        m.put("brier", of(BinaryMetrics::brier));
        m.put("threshold", of(BinaryMetrics::threshold));
        return m;
    }

    public MetricSummary of(ToDoubleFunction<BinaryMetrics> metric) {
        return MetricSummary.of(
                folds.stream().map(f -> metric.applyAsDouble(f.heldOut())).toList());
    }

    /** Whether this candidate is a network variant (its folds are {@link NetworkFold}s). */
    public boolean isNetwork() {
        return folds.get(0) instanceof NetworkFold;
    }

    /** The network's folds, in fold order; refused for a peer. */
    public List<NetworkFold> networkFolds() {
        if (!isNetwork()) {
            throw new IllegalStateException(name + " is not a network");
        }
        return folds.stream().map(NetworkFold.class::cast).toList();
    }

    public long totalMillis() {
        return folds.stream().mapToLong(FoldOutcome::millis).sum();
    }
}
