package com.leadscoring.trainer.cli;

import java.io.PrintStream;
import java.util.Locale;

import com.leadscoring.trainer.evaluation.BinaryMetrics;
import com.leadscoring.trainer.pipeline.ModelEvaluation;
import com.leadscoring.trainer.job.TrainingJob;

/** The short table {@code train} ends with: every model on the validation hold-out, time per step, the version. */
final class TrainingSummary {

    private TrainingSummary() {
    }

    static void print(TrainingJob.Outcome o, String storeUri, PrintStream out) {
        out.println();
        out.printf(Locale.ROOT, "validation hold-out: %d leads, %d buyers (no choice was made on it)%n",
                o.training().rows().get("validation"), o.training().published().validation().positives());
        out.printf(Locale.ROOT, "%-26s %-6s %9s %7s %9s %7s %8s %7s %7s%n",
                "model", "smote", "threshold", "F1", "precision", "recall", "ROC AUC", "PR AUC", "Brier");
        for (ModelEvaluation e : o.training().evaluations()) {
            row(out, e.model(), e);
        }
        if (o.training().timeCheck() != null) {
            row(out, "dnn Jan-Sep -> Oct-Dec", o.training().timeCheck().dnn());
        }
        out.println();
        StringBuilder steps = new StringBuilder("time per step:");
        long total = 0;
        for (var s : o.stepMillis().entrySet()) {
            steps.append(String.format(Locale.ROOT, " %s %.1fs", s.getKey(), s.getValue() / 1000.0));
            total += s.getValue();
        }
        out.println(steps);
        out.printf(Locale.ROOT, "total %.1f s%n", total / 1000.0);
        out.printf(Locale.ROOT, "published %s (%s, threshold %.4f) to %s and made it latest%n",
                o.manifest().modelVersion(), o.artifacts().algorithm(), o.artifacts().preprocessing().threshold(), storeUri);
    }

    private static void row(PrintStream out, String name, ModelEvaluation e) {
        BinaryMetrics b = e.validation();
        out.printf(Locale.ROOT, "%-26s %-6s %9.4f %7.4f %9.4f %7.4f %8.4f %7.4f %7.4f%n", name, e.smote().label(),
                b.threshold(), b.f1(), b.precision(), b.recall(), b.rocAuc(), b.prAuc(), b.brier());
    }
}
