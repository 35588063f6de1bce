package com.leadscoring.trainer.figures;

import java.util.List;
import java.util.Map;

import com.leadscoring.decision.GradeBand;
import com.leadscoring.trainer.cv.MetricSummary;
import com.leadscoring.trainer.evaluation.BinaryMetrics;
import com.leadscoring.trainer.evaluation.Curve;
import com.leadscoring.trainer.evaluation.GradeTable;
import com.leadscoring.trainer.pipeline.ServedModel;

/**
 * The published model's figures, all on out-of-fold probabilities (every lead scored by a model that never saw it).
 *
 * @param model the published model (its composition is worded by the formats)
 * @param validation its cross-validated figures, mean ± sd over folds
 * @param gradePolicy how its grade bands were chosen, as {@code --grades} takes it
 * @param bands the bands it is published with
 * @param grades what each grade means: leads, buyers, conversion
 * @param gradeRulesBroken the grade rules the table breaks, in words (empty: all met)
 * @param scoreDistribution share of buyers [0] and non-buyers [1] per score decile
 * @param reliability observed buy rate by predicted probability
 * @param f1ByThreshold F1 at each threshold
 * @param confusion figures at the published threshold
 */
public record PublishedFigures(
        ServedModel model,
        Map<String, MetricSummary> validation,
        String gradePolicy,
        List<GradeBand> bands,
        List<GradeTable.Row> grades,
        List<String> gradeRulesBroken,
        double[][] scoreDistribution,
        Curve reliability,
        Curve f1ByThreshold,
        BinaryMetrics confusion) {}
