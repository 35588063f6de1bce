package com.leadscoring.trainer.cv;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import com.leadscoring.features.FeatureEncoders;
import com.leadscoring.lead.Lead;
import com.leadscoring.trainer.baseline.LogisticRegressionTrainer;
import com.leadscoring.trainer.data.LabeledLead;
import com.leadscoring.trainer.data.SyntheticLeadGenerator;
import com.leadscoring.trainer.normalize.FeatureMatrix;
import com.leadscoring.trainer.normalize.ZNormalizerTrainer;
import org.junit.jupiter.api.Test;

class CrossValidationTest {

    private static final List<LabeledLead> LEADS = new SyntheticLeadGenerator(21).generate(3000);
    private static final Seeds SEEDS = new Seeds(5);

    @Test
    void heldOutRowsNeverReachTheirFoldsFittingOrTuningRows() {
        FoldPlan plan = FoldPlan.of(LEADS, 4, SEEDS.folds());
        for (int f = 0; f < 4; f++) {
            Set<Integer> held = Arrays.stream(plan.heldOut(f)).boxed().collect(Collectors.toSet());
            Set<Integer> training = Arrays.stream(plan.training(f)).boxed().collect(Collectors.toSet());
            assertTrue(held.stream().noneMatch(training::contains), "fold " + f);
            assertEquals(LEADS.size(), held.size() + training.size());
            FoldData data = FoldData.prepare(LEADS, plan, f, 0.1, SEEDS, FeatureEncoders.V1);
            assertEquals(training.size(), data.fit().rows() + data.tune().rows());
            assertEquals(held.size(), data.heldOut().rows());
        }
    }

    @Test
    void whatAFoldFitsDoesNotDependOnItsHeldOutRows() {
        // Poison fold 0's held-out rows: fold 0's fitted state must not move; any other fold (which learns from those
        // rows) must.
        FoldPlan plan = FoldPlan.of(LEADS, 3, SEEDS.folds());
        List<LabeledLead> poisoned = new ArrayList<>(LEADS);
        for (int i : plan.heldOut(0)) {
            Lead l = LEADS.get(i).lead();
            int[] activity = new int[Lead.ACTIVITY_COUNT];
            Arrays.fill(activity, 4);
            poisoned.set(
                    i,
                    new LabeledLead(
                            new Lead(l.id(), l.createdAt(), 16, 15, l.productsPurchased(), l.signupDate(), activity),
                            !LEADS.get(i).buy()));
        }
        FoldData clean0 = FoldData.prepare(LEADS, plan, 0, 0.1, SEEDS, FeatureEncoders.V1);
        FoldData dirty0 = FoldData.prepare(poisoned, plan, 0, 0.1, SEEDS, FeatureEncoders.V1);
        assertEquals(clean0.normalization(), dirty0.normalization());
        assertArrayEquals(clean0.fit().values(), dirty0.fit().values());
        assertArrayEquals(clean0.fit().labels(), dirty0.fit().labels());
        assertArrayEquals(clean0.tune().values(), dirty0.tune().values());
        LogisticRegressionTrainer lr = new LogisticRegressionTrainer(3);
        BaselineCandidate candidate =
                new BaselineCandidate(CandidateName.LOGISTIC_REGRESSION, lr, Seeds::logisticRegression);
        assertEquals(
                candidate.fit(clean0, SEEDS).tuning(),
                candidate.fit(dirty0, SEEDS).tuning(),
                "same threshold choice");
        FoldData clean1 = FoldData.prepare(LEADS, plan, 1, 0.1, SEEDS, FeatureEncoders.V1);
        FoldData dirty1 = FoldData.prepare(poisoned, plan, 1, 0.1, SEEDS, FeatureEncoders.V1);
        assertFalse(clean1.normalization().equals(dirty1.normalization()), "fold 1 learns from fold 0's rows");
    }

    @Test
    void normalizationIsFittedOnTheFittingRowsOnly() {
        FoldPlan plan = FoldPlan.of(LEADS, 3, SEEDS.folds());
        FoldData data = FoldData.prepare(LEADS, plan, 2, 0.1, SEEDS, FeatureEncoders.V1);
        // Re-encode the fitting rows from the normalized matrix's source: means of the normalized fit rows are 0.
        double[] sums = new double[data.fit().width()];
        for (int r = 0; r < data.fit().rows(); r++) {
            for (int j = 0; j < data.fit().width(); j++) {
                sums[j] += data.fit().values()[r * data.fit().width() + j];
            }
        }
        for (int j = 0; j < sums.length; j++) {
            assertEquals(0, sums[j] / data.fit().rows(), 1e-3, "feature " + j);
        }
        assertFalse(
                data.normalization().equals(ZNormalizerTrainer.fit(FeatureMatrix.encode(LEADS, FeatureEncoders.V1))));
    }

    @Test
    void outOfFoldPredictionsCoverEveryRowOnceFromTheModelThatDidNotSeeIt() {
        FoldPlan plan = FoldPlan.of(LEADS, 3, SEEDS.folds());
        List<FoldData> folds = CrossValidation.prepare(LEADS, plan, 0.1, SEEDS, FeatureEncoders.V1);
        BaselineCandidate lr = new BaselineCandidate(
                CandidateName.LOGISTIC_REGRESSION, new LogisticRegressionTrainer(3), Seeds::logisticRegression);
        CrossValidation.Result result =
                CrossValidation.run(LEADS, folds, List.of(lr), SEEDS, 2, CrossValidation.Listener.QUIET);
        CvModelResult r = result.results().get("logistic_regression");
        assertEquals(3, r.folds().size());
        assertTrue(Arrays.stream(r.oof()).noneMatch(Double::isNaN), "every row has an out-of-fold probability");
        int[] covered = new int[LEADS.size()];
        for (FoldOutcome o : r.folds()) {
            FoldData data = folds.get(o.fold());
            double[] again = o.predictor().apply(data.heldOut());
            for (int i = 0; i < data.heldOutRows().length; i++) {
                covered[data.heldOutRows()[i]]++;
                assertEquals(again[i], r.oof()[data.heldOutRows()[i]], 1e-12);
            }
        }
        assertTrue(IntStream.of(covered).allMatch(c -> c == 1), "each row held out exactly once");
        var s = r.summary().get("rocAuc");
        assertTrue(s.mean() > 0.8 && s.sd() >= 0, s.toString());
    }

    @Test
    void oneFoldIsATwentyPercentStratifiedHoldOut() {
        FoldPlan plan = FoldPlan.of(LEADS, 1, 9);
        int held = plan.heldOut(0).length;
        assertEquals(LEADS.size() * 0.2, held, LEADS.size() * 0.01);
        assertEquals(LEADS.size() - held, plan.training(0).length);
    }
}
