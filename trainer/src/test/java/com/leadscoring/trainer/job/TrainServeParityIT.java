package com.leadscoring.trainer.job;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

import com.leadscoring.features.FeatureEncoders;
import com.leadscoring.features.FeatureGroups;
import com.leadscoring.features.LeadEncoder;
import com.leadscoring.lead.Lead;
import com.leadscoring.model.Manifest;
import com.leadscoring.model.ModelBundle;
import com.leadscoring.model.ModelStores;
import com.leadscoring.scoring.Factor;
import com.leadscoring.scoring.LeadScore;
import com.leadscoring.scoring.LeadScorer;
import com.leadscoring.trainer.data.LabeledLead;
import com.leadscoring.trainer.data.SyntheticLeadGenerator;
import com.leadscoring.trainer.dnn.DnnConfig;
import com.leadscoring.trainer.dnn.DnnEnsembleModel;
import com.leadscoring.trainer.pipeline.PipelineListener;
import com.leadscoring.trainer.pipeline.SmotePolicy;
import com.leadscoring.trainer.pipeline.TrainingConfig;
import com.leadscoring.trainer.report.DataSource;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The full train → export → publish → load → serve path on synthetic leads, and the parity promise: ONNX Runtime in the
 * function, with the function's own encoder and normalization, gives the trainer's probabilities to 1e-5.
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
        TrainingConfig config = TrainingConfig.builder()
                .seed(124)
                .folds(3)
                .dnn(DnnConfig.builder().maxEpochs(25).build())
                .smote(SmotePolicy.NONE)
                .randomForest(false)
                .timeCheck(false)
                .build();
        Path store = dir.resolve("store");
        outcome = new TrainingJob(
                        config,
                        PipelineListener.QUIET,
                        Clock.fixed(Instant.parse("2026-11-24T10:15:00Z"), ZoneOffset.UTC))
                .run(
                        leads,
                        new DataSource("synthetic(12000, 124)", "0".repeat(64), 0),
                        Map.of(),
                        ModelStores.open(store.toString()));
        bundle = ModelStores.open(store.toString()).load(null);
    }

    @Test
    void publishesACompleteVersionAndMakesItLatest() throws Exception {
        Manifest m = bundle.manifest();
        assertEquals(outcome.manifest().modelVersion(), m.modelVersion());
        assertEquals("dnn", m.algorithm());
        assertTrue(m.modelVersion().startsWith("20261124T101500Z-"), m.modelVersion());
        for (String f : List.of(
                Manifest.MODEL_FILE, Manifest.PREPROCESSING_FILE, Manifest.METRICS_FILE, Manifest.REPORT_FILE)) {
            assertTrue(m.files().containsKey(f), f);
            assertTrue(Files.size(dir.resolve("store").resolve(m.modelVersion()).resolve(f)) > 0, f);
        }
        assertEquals(outcome.artifacts().preprocessing(), bundle.preprocessing());
        assertEquals(
                m.modelVersion(), Files.readString(dir.resolve("store/latest")).trim());
    }

    @Test
    void learnsTheSyntheticSignal() {
        var dnn = outcome.training().models().get("dnn");
        assertTrue(dnn.of(m -> m.rocAuc()).mean() > 0.85, "DNN CV ROC AUC " + dnn.summary());
        assertTrue(dnn.of(m -> m.f1()).mean() > 0.35, "DNN CV F1 " + dnn.summary());
        var lr = outcome.training().models().get("logistic_regression");
        assertTrue(lr.of(m -> m.rocAuc()).mean() > 0.8, "LR CV ROC AUC " + lr.summary());
        assertEquals(
                3, outcome.training().recipe().ensemble().ensemble().members().size());
    }

    @Test
    void onnxRuntimeInTheFunctionMatchesTheTrainersModel() throws Exception {
        assertEquals(FeatureEncoders.DEFAULT.version(), bundle.manifest().encoderVersion());
        assertParity(outcome, bundle);
    }

    /**
     * The same promise for a model of an encoder with every search block (each block's values go through the graph).
     */
    @Test
    void aModelOfAnotherEncoderMatchesToo() throws Exception {
        String spec =
                "lead-features-v1+log1p+aggregates+campaign-one-hot+month+signup-year+interactions+products-missing";
        List<LabeledLead> leads = new SyntheticLeadGenerator(77).generate(4_000);
        TrainingConfig config = TrainingConfig.builder()
                .seed(77)
                .folds(2)
                .dnn(DnnConfig.builder().maxEpochs(5).build())
                .smote(SmotePolicy.NONE)
                .randomForest(false)
                .xgboost(false)
                .timeCheck(false)
                .encoder(FeatureEncoders.forVersion(spec))
                .build();
        Path store = dir.resolve("store-other-encoder");
        TrainingJob.Outcome other = new TrainingJob(
                        config,
                        PipelineListener.QUIET,
                        Clock.fixed(Instant.parse("2026-11-24T10:15:00Z"), ZoneOffset.UTC))
                .run(
                        leads,
                        new DataSource("synthetic(4000, 77)", "0".repeat(64), 0),
                        Map.of(),
                        ModelStores.open(store.toString()));
        ModelBundle loaded = ModelStores.open(store.toString()).load(null);
        assertEquals(spec, loaded.manifest().encoderVersion());
        assertEquals(
                FeatureEncoders.forVersion(spec).size(),
                loaded.preprocessing().contract().size());
        assertParity(other, loaded);
    }

    /** The same promise for a deeper network ({@code --hidden 32,16,8}): export and serving follow its depth. */
    @Test
    void aThreeLayerNetworkMatchesToo() throws Exception {
        List<LabeledLead> leads = new SyntheticLeadGenerator(31).generate(4_000);
        TrainingConfig config = TrainingConfig.builder()
                .seed(31)
                .folds(2)
                .dnn(DnnConfig.builder().hidden(32, 16, 8).maxEpochs(5).build())
                .xgboost(false)
                .timeCheck(false)
                .build();
        Path store = dir.resolve("store-three-layers");
        TrainingJob.Outcome deep = new TrainingJob(
                        config,
                        PipelineListener.QUIET,
                        Clock.fixed(Instant.parse("2026-11-24T10:15:00Z"), ZoneOffset.UTC))
                .run(
                        leads,
                        new DataSource("synthetic(4000, 31)", "0".repeat(64), 0),
                        Map.of(),
                        ModelStores.open(store.toString()));
        DnnEnsembleModel ensemble = deep.training().recipe().ensemble().ensemble();
        assertEquals(
                List.of(32, 16, 8),
                ensemble.members().get(0).hidden().stream()
                        .map(block -> block.units())
                        .toList());
        assertParity(deep, ModelStores.open(store.toString()).load(null));
    }

    private static void assertParity(TrainingJob.Outcome trained, ModelBundle served) throws Exception {
        // Fresh leads the model never saw, with every missing-value case represented.
        List<Lead> leads = new SyntheticLeadGenerator(999)
                .generate(400).stream().map(LabeledLead::lead).toList();
        assertTrue(leads.stream().anyMatch(l -> l.signupDate() == null));
        assertTrue(leads.stream().anyMatch(l -> l.productsPurchased() == null));
        DnnEnsembleModel model = trained.training().recipe().ensemble().ensemble();
        LeadEncoder encoder = FeatureEncoders.forContract(served.preprocessing().contract());
        float[] row = new float[encoder.size()];
        double maxDiff = 0;
        try (LeadScorer scorer = new LeadScorer(served)) {
            assertEquals(encoder, scorer.encoder());
            float[] probabilities = scorer.probabilities(leads);
            for (int i = 0; i < leads.size(); i++) {
                encoder.encode(leads.get(i), row, 0);
                trained.artifacts().preprocessing().normalization().normalize(row, 0, 1);
                double expected = model.probability(row, 0);
                maxDiff = Math.max(maxDiff, Math.abs(expected - probabilities[i]));
            }
        }
        assertTrue(maxDiff <= 1e-5, encoder.version() + ": max |trainer - function| = " + maxDiff);
    }

    /** Leads over the whole accepted range, many far outside what the model saw (all activity high); seeded. */
    static List<Lead> randomLeads(int n, long seed) {
        SplittableRandom r = new SplittableRandom(seed);
        List<Lead> leads = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            LocalDate created = LocalDate.of(2021, 1, 1).plusDays(r.nextInt(365));
            LocalDate signup = r.nextDouble() < 0.6 ? created.minusDays(r.nextInt(0, 900)) : null;
            Integer products = r.nextDouble() < 0.5 ? r.nextInt(1, 5) : null;
            double active = r.nextDouble();
            int[] activity = new int[Lead.ACTIVITY_COUNT];
            for (int k = 0; k < activity.length; k++) {
                activity[k] = r.nextDouble() < active ? r.nextInt(1, 8) : 0;
            }
            leads.add(new Lead("R" + i, created, r.nextInt(1, 16), r.nextInt(1, 16), products, signup, activity));
        }
        return leads;
    }

    /** The served model's calibrated log-odds, computed by the trainer's Java model. */
    private static double javaLogOdds(float[] normalizedRow) {
        DnnEnsembleModel model = outcome.training().recipe().ensemble().ensemble();
        return model.calibration().calibratedLogit(model.logit(normalizedRow, 0));
    }

    @Test
    void eachImpactIsTheLogOddsChangeComputedOneFieldAtATimeByTheTrainersModel() throws Exception {
        List<Lead> leads = randomLeads(150, 5);
        LeadEncoder encoder = FeatureEncoders.forContract(bundle.preprocessing().contract());
        FeatureGroups groups = FeatureGroups.bySourceField(encoder);
        int compared = 0;
        try (LeadScorer scorer = new LeadScorer(bundle)) {
            List<LeadScore> explained = scorer.score(leads, true);
            for (int i = 0; i < leads.size(); i++) {
                float[] row = encoder.encode(leads.get(i));
                bundle.preprocessing().normalization().normalize(row, 0, 1);
                double base = javaLogOdds(row);
                Map<String, Double> reference = new HashMap<>();
                for (int g = 0; g < groups.size(); g++) {
                    float[] copy = row.clone();
                    for (int k : groups.indices(g)) {
                        copy[k] = 0f; // the training mean after z-normalization
                    }
                    reference.put(groups.name(g), base - javaLogOdds(copy));
                }
                List<Factor> factors = explained.get(i).factors();
                for (Factor f : factors) {
                    double expected = reference.get(f.feature());
                    assertEquals(expected, f.impact(), 1e-4 * Math.max(1, Math.abs(expected)), leads.get(i) + " " + f);
                    compared++;
                }
                // The ones shown are the strongest: no field left out moves the log-odds clearly more in that
                // direction.
                double weakestUp = factors.stream()
                        .filter(f -> f.impact() > 0)
                        .mapToDouble(Factor::impact)
                        .min()
                        .orElse(0);
                double weakestDown = factors.stream()
                        .filter(f -> f.impact() < 0)
                        .mapToDouble(Factor::impact)
                        .max()
                        .orElse(0);
                long ups = factors.stream().filter(f -> f.impact() > 0).count();
                long downs = factors.size() - ups;
                for (Map.Entry<String, Double> e : reference.entrySet()) {
                    if (factors.stream().noneMatch(f -> f.feature().equals(e.getKey()))) {
                        assertTrue(
                                ups < 3 ? e.getValue() <= 1e-4 : e.getValue() <= weakestUp + 1e-4,
                                e + " left out of " + factors);
                        assertTrue(
                                downs < 3 ? e.getValue() >= -1e-4 : e.getValue() >= weakestDown - 1e-4,
                                e + " left out of " + factors);
                    }
                }
            }
        }
        assertTrue(compared > 150 * 3, "factors compared: " + compared);
    }

    @Test
    void everyLeadWithAFieldAwayFromItsReferenceGetsReasonsStrongestFirst() throws Exception {
        List<Lead> leads = randomLeads(2_000, 17);
        leads.addAll(new SyntheticLeadGenerator(31)
                .generate(2_000).stream().map(LabeledLead::lead).toList());
        try (LeadScorer scorer = new LeadScorer(bundle)) {
            List<LeadScore> explained = scorer.score(leads, true);
            for (int i = 0; i < leads.size(); i++) {
                List<Factor> f = explained.get(i).factors();
                // Every encoded feature of a real lead differs from the training mean (one-hot means are fractions),
                // so every lead has fields away from their reference value and must get a reason.
                assertTrue(
                        !f.isEmpty(),
                        "no factor for " + leads.get(i) + " p="
                                + explained.get(i).probability());
                long up = f.stream().filter(x -> x.impact() > 0).count();
                assertTrue(up <= 3 && f.size() - up <= 3, f.toString());
                for (int k = 1; k < f.size(); k++) {
                    if (k < up) {
                        assertTrue(f.get(k).impact() <= f.get(k - 1).impact(), "ups strongest first: " + f);
                    } else if (k > up) {
                        assertTrue(f.get(k).impact() >= f.get(k - 1).impact(), "downs strongest first: " + f);
                    }
                }
            }
        }
    }

    @Test
    void aSaturatedLeadKeepsItsReasonsUp() throws Exception {
        int[] allActive = new int[Lead.ACTIVITY_COUNT];
        Arrays.fill(allActive, 1);
        int[] buyerSignals = new int[Lead.ACTIVITY_COUNT];
        buyerSignals[1] = 3; // user_activity_var_2 and _9: the synthetic buyers' strongest signals
        buyerSignals[8] = 3;
        List<Lead> leads = new ArrayList<>(List.of(
                new Lead("all-active", LocalDate.of(2021, 6, 1), 3, 4, null, null, allActive),
                new Lead("buyer-signals", LocalDate.of(2021, 6, 1), 3, 4, 2, LocalDate.of(2020, 1, 5), buyerSignals)));
        leads.addAll(randomLeads(2_000, 23));
        int saturated = 0;
        try (LeadScorer scorer = new LeadScorer(bundle)) {
            List<LeadScore> explained = scorer.score(leads, true);
            for (int i = 0; i < leads.size(); i++) {
                LeadScore s = explained.get(i);
                if (s.probability() >= 0.999) {
                    saturated++;
                    assertTrue(
                            s.factors().stream().anyMatch(f -> f.impact() > 0),
                            leads.get(i) + " p=" + s.probability() + " has no reason up: " + s.factors());
                    assertTrue(s.factors().size() >= 3, leads.get(i) + " " + s.factors());
                }
            }
            assertTrue(
                    explained.get(1).probability() >= 0.999,
                    "buyer-signals p=" + explained.get(1).probability());
            assertTrue(
                    explained.get(1).factors().stream()
                            .filter(f -> f.impact() > 0)
                            .anyMatch(f -> f.feature().equals("user_activity_var_9")
                                    || f.feature().equals("user_activity_var_2")),
                    explained.get(1).factors().toString());
        }
        assertTrue(saturated >= 20, "saturated leads: " + saturated);
    }
}
