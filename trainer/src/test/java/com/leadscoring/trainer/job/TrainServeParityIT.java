package com.leadscoring.trainer.job;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.leadscoring.features.FeatureEncoder;
import com.leadscoring.lead.Lead;
import com.leadscoring.model.Manifest;
import com.leadscoring.model.ModelBundle;
import com.leadscoring.model.ModelStores;
import com.leadscoring.scoring.LeadScorer;
import com.leadscoring.trainer.data.LabeledLead;
import com.leadscoring.trainer.data.SyntheticLeadGenerator;
import com.leadscoring.trainer.dnn.DnnConfig;
import com.leadscoring.trainer.dnn.DnnEnsembleModel;
import com.leadscoring.trainer.pipeline.SmotePolicy;
import com.leadscoring.trainer.pipeline.PipelineListener;
import com.leadscoring.trainer.pipeline.TrainingConfig;
import com.leadscoring.trainer.report.DataSource;

/**
 * The full train → export → publish → load → serve path on synthetic leads, and the parity promise: ONNX Runtime in
 * the function, with the function's own encoder and normalization, gives the trainer's probabilities to 1e-5.
 */
class TrainServeParityIT {

    @TempDir
    static Path dir;

    static TrainingJob.Outcome outcome;
    static ModelBundle bundle;

    @BeforeAll
    static void trainAndPublish() throws Exception {
        List<LabeledLead> leads = new SyntheticLeadGenerator(124).generate(12_000);
        // The served recipe: 3-fold cross-validation, the fold networks averaged in one graph.
        TrainingConfig config = TrainingConfig.builder().seed(124).folds(3)
                .dnn(DnnConfig.builder().maxEpochs(25).build()).smote(SmotePolicy.NONE).randomForest(false)
                .timeCheck(false).build();
        Path store = dir.resolve("store");
        outcome = new TrainingJob(config, PipelineListener.QUIET, Clock.fixed(Instant.parse("2026-11-24T10:15:00Z"), ZoneOffset.UTC))
                .run(leads, new DataSource("synthetic(12000, 124)", "0".repeat(64), 0), Map.of(), ModelStores.open(store.toString()));
        bundle = ModelStores.open(store.toString()).load(null);
    }

    @Test
    void publishesACompleteVersionAndMakesItLatest() throws Exception {
        Manifest m = bundle.manifest();
        assertEquals(outcome.manifest().modelVersion(), m.modelVersion());
        assertEquals("dnn", m.algorithm());
        assertTrue(m.modelVersion().startsWith("20261124T101500Z-"), m.modelVersion());
        for (String f : List.of(Manifest.MODEL_FILE, Manifest.PREPROCESSING_FILE, Manifest.METRICS_FILE, Manifest.REPORT_FILE)) {
            assertTrue(m.files().containsKey(f), f);
            assertTrue(Files.size(dir.resolve("store").resolve(m.modelVersion()).resolve(f)) > 0, f);
        }
        assertEquals(outcome.artifacts().preprocessing(), bundle.preprocessing());
        assertEquals(m.modelVersion(), Files.readString(dir.resolve("store/latest")).trim());
    }

    @Test
    void learnsTheSyntheticSignal() {
        var dnn = outcome.training().models().get("dnn");
        assertTrue(dnn.of(m -> m.rocAuc()).mean() > 0.85, "DNN CV ROC AUC " + dnn.summary());
        assertTrue(dnn.of(m -> m.f1()).mean() > 0.35, "DNN CV F1 " + dnn.summary());
        var lr = outcome.training().models().get("logistic_regression");
        assertTrue(lr.of(m -> m.rocAuc()).mean() > 0.8, "LR CV ROC AUC " + lr.summary());
        assertEquals(3, outcome.training().recipe().ensemble().ensemble().members().size());
    }

    @Test
    void onnxRuntimeInTheFunctionMatchesTheTrainersModel() throws Exception {
        // Fresh leads the model never saw, with every missing-value case represented.
        List<Lead> leads = new SyntheticLeadGenerator(999).generate(400).stream().map(LabeledLead::lead).toList();
        assertTrue(leads.stream().anyMatch(l -> l.signupDate() == null));
        assertTrue(leads.stream().anyMatch(l -> l.productsPurchased() == null));
        DnnEnsembleModel model = outcome.training().recipe().ensemble().ensemble();
        float[] row = new float[FeatureEncoder.SIZE];
        double maxDiff = 0;
        try (LeadScorer scorer = new LeadScorer(bundle)) {
            float[] served = scorer.probabilities(leads);
            for (int i = 0; i < leads.size(); i++) {
                FeatureEncoder.encode(leads.get(i), row, 0);
                outcome.artifacts().preprocessing().normalization().normalize(row, 0, 1);
                double expected = model.probability(row, 0);
                maxDiff = Math.max(maxDiff, Math.abs(expected - served[i]));
            }
        }
        assertTrue(maxDiff <= 1e-5, "max |trainer - function| = " + maxDiff);
    }
}
