package com.leadscoring.trainer.cli;

import java.io.PrintStream;
import java.util.List;
import java.util.Locale;

import com.leadscoring.trainer.figures.CandidateFigures;
import com.leadscoring.trainer.figures.NetworkFigures;
import com.leadscoring.trainer.figures.TrainingFigures;
import com.leadscoring.trainer.job.TrainingJob;
import com.leadscoring.trainer.lifecycle.Promotion;

/**
 * The short table {@code train} ends with, formatted from the run's figures: every model's cross-validated figures, the
 * time check, the grades, steps, the version.
 */
final class TrainingSummary {

    private TrainingSummary() {}

    static void print(TrainingJob.Outcome o, String storeUri, PrintStream out) {
        TrainingFigures f = o.figures();
        out.println();
        if (f.folds() == 1) {
            out.printf(
                    Locale.ROOT,
                    "one stratified 20 %% hold-out of %d leads (%d buyers), judged on rows the "
                            + "models never saw (--folds 1: no sd)%n",
                    f.leads(),
                    f.buyers());
        } else {
            out.printf(
                    Locale.ROOT,
                    "%d-fold cross-validation over %d leads (%d buyers): mean ± sd over folds, each "
                            + "fold judged on rows it never saw%n",
                    f.folds(),
                    f.leads(),
                    f.buyers());
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
        for (CandidateFigures m : f.candidates()) {
            var s = m.summary();
            String name = m.name() + (m.served() ? " *" : "");
            out.printf(
                    Locale.ROOT,
                    "%-22s %-6s %-17s %-17s %-17s %-17s %-17s%n",
                    name,
                    m.smote(),
                    s.get("f1"),
                    s.get("precision"),
                    s.get("recall"),
                    s.get("rocAuc"),
                    s.get("prAuc"));
        }
        NetworkFigures network = f.network();
        int members = network.members();
        out.printf(
                Locale.ROOT,
                "* served: %s, calibrated and thresholded (%.4f) on %s%n",
                members == 1
                        ? "the network " + network.variant()
                        : "the " + members + " fold networks of " + network.variant() + " averaged",
                network.threshold().threshold(),
                members == 1 ? "the hold-out" : "every row's out-of-fold prediction");
        if (f.timeCheck() != null) {
            var b = f.timeCheck().network();
            out.printf(
                    Locale.ROOT,
                    "time check (recipe on %d Jan-Sep leads, judged on %d Oct-Dec leads): F1 %.4f, "
                            + "ROC AUC %.4f, PR AUC %.4f%n",
                    f.timeCheck().trainRows(),
                    f.timeCheck().testRows(),
                    b.f1(),
                    b.rocAuc(),
                    b.prAuc());
        }
        out.printf(
                Locale.ROOT,
                "grades (--grades %s), out of fold: grade, share of leads, conversion, share of buyers, "
                        + "buyers caught down to it%n",
                f.published().gradePolicy());
        for (var g : f.published().grades()) {
            out.printf(
                    Locale.ROOT,
                    "  %-3s %6.1f %% %7.1f %% %7.1f %% %7.1f %%%n",
                    g.grade(),
                    100 * g.shareOfLeads(),
                    100 * g.conversion(),
                    100 * g.shareOfBuyers(),
                    100 * g.cumulativeShareOfBuyers());
        }
        List<String> broken = f.published().gradeRulesBroken();
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
