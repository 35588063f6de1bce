package com.leadscoring.trainer.cli;

import java.io.PrintStream;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.leadscoring.trainer.cv.CvModelResult;
import com.leadscoring.trainer.cv.MetricSummary;
import com.leadscoring.trainer.cv.OutOfFold;
import com.leadscoring.trainer.evaluation.BinaryMetrics;
import com.leadscoring.trainer.evaluation.GradeTable;
import com.leadscoring.trainer.job.TrainingJob;
import com.leadscoring.trainer.lifecycle.Promotion;
import com.leadscoring.trainer.pipeline.TrainingResult;

/**
 * The short table {@code train} ends with: every model's cross-validated figures, the time check, steps, the version.
 */
final class TrainingSummary {

    private TrainingSummary() {}

    static void print(TrainingJob.Outcome o, String storeUri, PrintStream out) {
        TrainingResult r = o.training();
        out.println();
        if (r.config().folds() == 1) {
            out.printf(
                    Locale.ROOT,
                    "one stratified 20 %% hold-out of %d leads (%d buyers), judged on rows the "
                            + "models never saw (--folds 1: no sd)%n",
                    r.rows().get("leads"),
                    r.rows().get("buyers"));
        } else {
            out.printf(
                    Locale.ROOT,
                    "%d-fold cross-validation over %d leads (%d buyers): mean ± sd over folds, each "
                            + "fold judged on rows it never saw%n",
                    r.config().folds(),
                    r.rows().get("leads"),
                    r.rows().get("buyers"));
        }
        out.printf(
                Locale.ROOT,
                "%-22s %-6s %-17s %-17s %-17s %-17s %-17s%n",
                "model",
                "smote",
                "F1",
                "precision",
                "recall",
                "ROC AUC",
                "PR AUC");
        for (CvModelResult m : r.models().values()) {
            Map<String, MetricSummary> s = m.summary();
            String name = m.name() + (m.name().equals(r.recipe().servedName()) ? " *" : "");
            out.printf(
                    Locale.ROOT,
                    "%-22s %-6s %-17s %-17s %-17s %-17s %-17s%n",
                    name,
                    m.smote().label(),
                    s.get("f1"),
                    s.get("precision"),
                    s.get("recall"),
                    s.get("rocAuc"),
                    s.get("prAuc"));
        }
        int members = r.recipe().ensemble().ensemble().members().size();
        out.printf(
                Locale.ROOT,
                "* served: %s, calibrated and thresholded (%.4f) on %s%n",
                members == 1
                        ? "the network " + r.recipe().servedName()
                        : "the " + members + " fold networks of " + r.recipe().servedName() + " averaged",
                r.recipe().ensemble().threshold().threshold(),
                members == 1 ? "the hold-out" : "every row's out-of-fold prediction");
        if (r.timeCheck() != null) {
            BinaryMetrics b = r.timeCheck().dnn();
            out.printf(
                    Locale.ROOT,
                    "time check (recipe on %d Jan-Sep leads, judged on %d Oct-Dec leads): F1 %.4f, "
                            + "ROC AUC %.4f, PR AUC %.4f%n",
                    r.timeCheck().trainRows(),
                    r.timeCheck().testRows(),
                    b.f1(),
                    b.rocAuc(),
                    b.prAuc());
        }
        OutOfFold oof = OutOfFold.of(r.publishedOof(), r.labels());
        List<GradeTable.Row> grades = GradeTable.of(
                oof.probabilities(), oof.labels(), o.artifacts().preprocessing().policy());
        out.printf(
                Locale.ROOT,
                "grades (--grades %s), out of fold: grade, share of leads, conversion, share of buyers, "
                        + "buyers caught down to it%n",
                r.config().grades());
        for (GradeTable.Row g : grades) {
            out.printf(
                    Locale.ROOT,
                    "  %-3s %6.1f %% %7.1f %% %7.1f %% %7.1f %%%n",
                    g.grade(),
                    100 * g.shareOfLeads(),
                    100 * g.conversion(),
                    100 * g.shareOfBuyers(),
                    100 * g.cumulativeShareOfBuyers());
        }
        List<String> broken = GradeTable.brokenRules(grades);
        out.println(
                broken.isEmpty()
                        ? "  rules met: conversion falls grade by grade, A <= 10 % of leads, last "
                                + "grade <= 10 % of buyers"
                        : "  rules broken: " + String.join("; ", broken));
        out.println();
        StringBuilder steps = new StringBuilder("time per step:");
        long total = 0;
        for (var s : o.stepMillis().entrySet()) {
            steps.append(String.format(Locale.ROOT, " %s %.1fs", s.getKey(), s.getValue() / 1000.0));
            total += s.getValue();
        }
        out.println(steps);
        out.printf(Locale.ROOT, "total %.1f s%n", total / 1000.0);
        out.printf(
                Locale.ROOT,
                "published %s (%s, threshold %.4f) to %s%n",
                o.manifest().modelVersion(),
                o.artifacts().algorithm(),
                o.artifacts().preprocessing().threshold(),
                storeUri);
        out.println(Promotion.describe(o.promotion()));
    }
}
