package com.leadscoring.trainer.pipeline;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import com.leadscoring.trainer.calibration.ThresholdSelector;
import com.leadscoring.trainer.cv.CandidateName;
import com.leadscoring.trainer.cv.OutOfFold;
import com.leadscoring.trainer.data.LabeledLead;
import com.leadscoring.trainer.data.SyntheticLeadGenerator;
import com.leadscoring.trainer.dnn.DnnConfig;
import com.leadscoring.trainer.grading.GradePolicy;
import org.junit.jupiter.api.Test;

/** The composed recipe: which model it publishes, its grade bands, and how early a bad grade policy fails. */
class TrainingPipelineTest {

    private static final List<LabeledLead> LEADS = new SyntheticLeadGenerator(11).generate(2500);

    private static TrainingConfig.Builder small() {
        return TrainingConfig.builder()
                .seed(5)
                .folds(2)
                .threads(2)
                .xgboost(false)
                .timeCheck(false)
                .dnn(DnnConfig.builder()
                        .hidden(8)
                        .maxEpochs(3)
                        .patience(2)
                        .seed(5)
                        .build());
    }

    /** Steps as the listener saw them start. */
    private static final class Steps implements PipelineListener {
        final List<String> started = new ArrayList<>();

        @Override
        public void stepStarted(String step) {
            started.add(step);
        }
    }

    @Test
    void aGradePolicyTheProbabilitiesCannotMeetFailsRightAfterCrossValidationNamingTheFix() {
        // Shares this small put the first two cut-offs on the same lead: they tie by construction.
        TrainingConfig config = small().timeCheck(true)
                .grades(GradePolicy.parse("shares:0.01,0.01"))
                .build();
        Steps steps = new Steps();
        IllegalArgumentException e =
                assertThrows(IllegalArgumentException.class, () -> new TrainingPipeline(config, steps).train(LEADS));
        assertTrue(e.getMessage().startsWith("--grades shares:0.01,0.01: "), e.getMessage());
        assertTrue(e.getMessage().contains("give --grades other shares"), e.getMessage());
        assertEquals(List.of("cross-validate"), steps.started, "before importance, the time check and export");
    }

    @Test
    void theNetworkEnsembleIsPublishedWithTheBandsOfItsOwnOutOfFoldProbabilities() {
        TrainingResult r = new TrainingPipeline(small().build(), PipelineListener.QUIET).train(LEADS);
        ServedDnn served = assertInstanceOf(ServedDnn.class, r.served());
        assertSame(r.recipe().ensemble().ensemble(), served.ensemble());
        assertEquals(r.recipe().servedName(), served.candidate());
        assertEquals("dnn", served.algorithm());
        assertSame(r.models().get(served.candidate()), r.published());
        assertEquals(
                GradePolicy.DEFAULT.bands(served.oof()),
                served.preprocessing().policy().gradeBands());
        assertEquals(served.threshold().threshold(), served.preprocessing().threshold());
        assertTrue(served.judgedByTimeCheck());
        assertEquals(
                "the 2 fold networks of <" + served.candidate() + "> averaged",
                served.composition(n -> "<" + n + ">").orElseThrow());
    }

    @Test
    void theLogisticRegressionIsRefittedAndKeepsItsCrossValidatedPredictions() {
        TrainingResult r = new TrainingPipeline(
                        small().published(PublishedAlgorithm.LOGISTIC_REGRESSION)
                                .build(),
                        PipelineListener.QUIET)
                .train(LEADS);
        ServedLogistic served = assertInstanceOf(ServedLogistic.class, r.served());
        double[] cvOof = r.models().get(CandidateName.LOGISTIC_REGRESSION.id()).oof();
        assertArrayEquals(cvOof, served.oof());
        assertSame(r.models().get(CandidateName.LOGISTIC_REGRESSION.id()), r.published());
        OutOfFold oof = OutOfFold.of(cvOof, r.labels());
        assertEquals(
                ThresholdSelector.maxF1(oof.probabilities(), oof.labels()).threshold(),
                served.preprocessing().threshold());
        assertEquals(
                GradePolicy.DEFAULT.bands(cvOof),
                served.preprocessing().policy().gradeBands());
        // Served the way the network is: the same normalization, only the decision differs.
        assertEquals(
                r.recipe().ensemble().preprocessing().normalization(),
                served.preprocessing().normalization());
        assertFalse(served.judgedByTimeCheck());
        assertTrue(served.composition(n -> n).isEmpty());
        assertTrue(r.stepMillis().containsKey("refit-logistic-regression"));
    }
}
