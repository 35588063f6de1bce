package com.leadscoring.trainer.figures;

import java.util.ArrayList;
import java.util.List;

import com.leadscoring.decision.DecisionPolicy;
import com.leadscoring.trainer.cv.CvModelResult;
import com.leadscoring.trainer.cv.NetworkFold;
import com.leadscoring.trainer.cv.OutOfFold;
import com.leadscoring.trainer.cv.PermutationImportance.FieldImportance;
import com.leadscoring.trainer.evaluation.BinaryMetrics;
import com.leadscoring.trainer.evaluation.Curves;
import com.leadscoring.trainer.evaluation.GradeTable;
import com.leadscoring.trainer.pipeline.ServedDnn;
import com.leadscoring.trainer.pipeline.ServedModel;
import com.leadscoring.trainer.pipeline.TimeCheck;
import com.leadscoring.trainer.pipeline.TrainingResult;

/**
 * Every figure of a training run, built once ({@link #of}) from what the run learned; {@code metrics.json},
 * {@code report.html} and the console summary only format them.
 *
 * @param leads leads trained on
 * @param buyers buyers among them
 * @param folds k of the cross-validation (1: one hold-out)
 * @param candidates every candidate, in candidate order
 * @param network the recipe's network ensemble
 * @param published the published model
 * @param importance permutation importance of the served network variant, strongest first
 * @param timeCheck the recipe fitted on January–September and judged on October–December; null when not run
 */
public record TrainingFigures(
        int leads,
        int buyers,
        int folds,
        List<CandidateFigures> candidates,
        NetworkFigures network,
        PublishedFigures published,
        List<FieldImportance> importance,
        TimeCheckFigures timeCheck) {

    /**
     * The recipe fitted on January–September leads, judged on October–December.
     *
     * @param trainRows leads of January–September
     * @param testRows leads of October–December
     * @param network the recipe's network on the later leads, at its own out-of-fold threshold
     */
    public record TimeCheckFigures(int trainRows, int testRows, BinaryMetrics network) {}

    public static TrainingFigures of(TrainingResult r) {
        List<CandidateFigures> candidates = new ArrayList<>();
        for (CvModelResult m : r.models().values()) {
            OutOfFold o = OutOfFold.of(m.oof(), r.labels());
            candidates.add(new CandidateFigures(
                    m.name(),
                    m.smote().label(),
                    m.name().equals(r.recipe().servedName()),
                    m.summary(),
                    m.totalMillis(),
                    m.folds().stream().map(f -> f.heldOut()).toList(),
                    Curves.roc(o.probabilities(), o.labels()),
                    Curves.precisionRecall(o.probabilities(), o.labels()),
                    Curves.gain(o.probabilities(), o.labels())));
        }
        ServedDnn ensemble = r.recipe().ensemble();
        List<NetworkFold> variant = r.models().get(ensemble.variant()).networkFolds();
        NetworkFigures network = new NetworkFigures(
                ensemble.variant(),
                ensemble.ensemble().members().size(),
                ensemble.ensemble().calibration(),
                ensemble.threshold(),
                variant.stream().map(f -> f.dnn().bestEpoch()).toList(),
                variant.get(0).dnn().history());
        TimeCheck.Result t = r.timeCheck();
        return new TrainingFigures(
                r.rows().get("leads"),
                r.rows().get("buyers"),
                r.config().recipe().folds(),
                List.copyOf(candidates),
                network,
                published(r),
                r.importance(),
                t == null ? null : new TimeCheckFigures(t.trainRows(), t.testRows(), t.dnn()));
    }

    private static PublishedFigures published(TrainingResult r) {
        ServedModel served = r.served();
        OutOfFold oof = OutOfFold.of(served.oof(), r.labels());
        DecisionPolicy policy = served.preprocessing().policy();
        List<GradeTable.Row> grades = GradeTable.of(oof.probabilities(), oof.labels(), policy);
        return new PublishedFigures(
                served,
                r.published().summary(),
                r.config().publication().grades().toString(),
                policy.gradeBands(),
                grades,
                GradeTable.brokenRules(grades),
                GradeTable.scoreDistribution(oof.probabilities(), oof.labels()),
                Curves.reliability(oof.probabilities(), oof.labels(), 10),
                Curves.f1ByThreshold(oof.probabilities(), oof.labels()),
                BinaryMetrics.evaluate(oof.probabilities(), oof.labels(), policy.threshold()));
    }
}
