package com.leadscoring.trainer.figures;

import java.util.List;
import java.util.Map;

import com.leadscoring.trainer.cv.MetricSummary;
import com.leadscoring.trainer.evaluation.BinaryMetrics;
import com.leadscoring.trainer.evaluation.Curve;

/**
 * One cross-validated candidate's figures.
 *
 * @param name e.g. {@code dnn}, {@code xgboost}
 * @param smote the oversampling its fitting rows had ({@code none}, {@code smote})
 * @param served whether it is the network variant the recipe's ensemble is made of
 * @param summary mean ± sd over folds of every figure, in report order
 * @param fitMillis time to fit all its folds
 * @param folds each fold's figures on its held-out rows
 * @param roc ROC curve of its out-of-fold probabilities
 * @param precisionRecall precision–recall curve of the same
 * @param gain cumulative gain curve of the same
 */
public record CandidateFigures(
        String name,
        String smote,
        boolean served,
        Map<String, MetricSummary> summary,
        long fitMillis,
        List<BinaryMetrics> folds,
        Curve roc,
        Curve precisionRecall,
        Curve gain) {}
