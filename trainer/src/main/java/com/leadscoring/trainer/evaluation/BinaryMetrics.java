package com.leadscoring.trainer.evaluation;

import org.tribuo.classification.evaluation.LabelEvaluationUtil;

/**
 * Figures of one model on one data set at one threshold (buy when probability ≥ threshold). ROC AUC and PR AUC (average
 * precision) come from Tribuo's {@link LabelEvaluationUtil}, which handles tied scores.
 */
public record BinaryMetrics(
        int rows,
        int positives,
        double threshold,
        double f1,
        double precision,
        double recall,
        double rocAuc,
        double prAuc,
        double brier,
        long tp,
        long fp,
        long tn,
        long fn) {

    public static BinaryMetrics evaluate(double[] probabilities, boolean[] labels, double threshold) {
        if (probabilities.length != labels.length) {
            throw new IllegalArgumentException(
                    probabilities.length + " probabilities for " + labels.length + " labels");
        }
        long tp = 0;
        long fp = 0;
        long tn = 0;
        long fn = 0;
        double brier = 0;
        for (int i = 0; i < labels.length; i++) {
            boolean predicted = probabilities[i] >= threshold;
            if (labels[i] && predicted) {
                tp++;
            } else if (labels[i]) {
                fn++;
            } else if (predicted) {
                fp++;
            } else {
                tn++;
            }
            double e = probabilities[i] - (labels[i] ? 1 : 0);
            brier += e * e;
        }
        double precision = tp + fp == 0 ? 0 : (double) tp / (tp + fp);
        double recall = tp + fn == 0 ? 0 : (double) tp / (tp + fn);
        double f1 = precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
        boolean mixed = tp + fn > 0 && tn + fp > 0;
        double auc = mixed ? LabelEvaluationUtil.binaryAUCROC(labels, probabilities) : Double.NaN;
        double ap = mixed ? LabelEvaluationUtil.averagedPrecision(labels, probabilities) : Double.NaN;
        return new BinaryMetrics(
                labels.length,
                (int) (tp + fn),
                threshold,
                f1,
                precision,
                recall,
                auc,
                ap,
                labels.length == 0 ? Double.NaN : brier / labels.length,
                tp,
                fp,
                tn,
                fn);
    }
}
