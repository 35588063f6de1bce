package com.leadscoring.scoring;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import ai.onnxruntime.OrtException;
import com.leadscoring.decision.GradeBand;
import com.leadscoring.features.Feature;
import com.leadscoring.features.FeatureContract;
import com.leadscoring.features.FeatureEncoder;
import com.leadscoring.lead.Lead;
import com.leadscoring.model.FixtureStore;
import com.leadscoring.model.Manifest;
import com.leadscoring.model.ModelBundle;
import com.leadscoring.model.ModelOutput;
import com.leadscoring.model.ModelStores;
import com.leadscoring.model.PreprocessingParameters;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The scorer on the fixture model: batching, explanations, thread safety and refusing a model it cannot serve. */
class LeadScorerTest {

    static ModelBundle bundle;
    static LeadScorer scorer;
    static final List<Lead> LEADS = randomLeads(200, 11);

    @BeforeAll
    static void load() throws Exception {
        bundle = ModelStores.open(FixtureStore.location()).load(null);
        scorer = new LeadScorer(bundle);
    }

    @AfterAll
    static void close() throws Exception {
        scorer.close();
    }

    /** Leads over the whole accepted range, with and without signup and products; seeded. */
    static List<Lead> randomLeads(int n, long seed) {
        SplittableRandom r = new SplittableRandom(seed);
        List<Lead> leads = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            LocalDate created = LocalDate.of(2021, 1, 1).plusDays(r.nextInt(365));
            LocalDate signup = r.nextDouble() < 0.6 ? created.minusDays(r.nextInt(-30, 900)) : null;
            Integer products = r.nextDouble() < 0.5 ? r.nextInt(0, 5) : null;
            int[] activity = new int[Lead.ACTIVITY_COUNT];
            for (int k = 0; k < activity.length; k++) {
                activity[k] = r.nextDouble() < 0.3 ? r.nextInt(1, 4) : 0;
            }
            leads.add(new Lead("L" + i, created, r.nextInt(1, 16), r.nextInt(1, 16), products, signup, activity));
        }
        return leads;
    }

    @Test
    void aBatchScoresEachLeadAsIfAlone() throws Exception {
        List<LeadScore> batch = scorer.score(LEADS, false);
        float[] probabilities = scorer.probabilities(LEADS);
        assertEquals(LEADS.size(), batch.size());
        for (int i = 0; i < LEADS.size(); i++) {
            LeadScore alone = scorer.score(List.of(LEADS.get(i)), false).get(0);
            LeadScore s = batch.get(i);
            assertEquals(alone.probability(), s.probability(), 1e-6, "lead " + i);
            assertEquals(probabilities[i], s.probability(), 1e-6);
            assertTrue(s.probability() >= 0 && s.probability() <= 1);
            assertEquals(Math.round(100 * s.probability()), s.score());
            assertEquals(s.probability() >= bundle.preprocessing().threshold(), s.buy());
            assertEquals(
                    GradeBand.gradeOf(s.score(), bundle.preprocessing().policy().gradeBands()), s.grade());
            assertTrue(s.factors().isEmpty());
        }
        assertEquals(0, scorer.score(List.of(), true).size());
    }

    @Test
    void factorsAreTheLogOddsChangeWhenTheirFieldIsAtTheTrainingMean() throws Exception {
        List<Lead> leads = LEADS.subList(0, 40);
        List<LeadScore> explained = scorer.score(leads, true);
        List<LeadScore> plain = scorer.score(leads, false);
        PreprocessingParameters pre = bundle.preprocessing();
        double[] means = pre.normalization().means();
        int checkedByLead = 0;
        for (int i = 0; i < leads.size(); i++) {
            LeadScore s = explained.get(i);
            assertEquals(plain.get(i).probability(), s.probability(), 1e-6, "explaining does not change the score");
            List<Factor> f = s.factors();
            long up = f.stream().filter(x -> x.impact() > 0).count();
            long down = f.stream().filter(x -> x.impact() < 0).count();
            assertTrue(up <= 3 && down <= 3 && up + down == f.size(), f.toString());
            for (int k = 1; k < f.size(); k++) {
                if (k < up) {
                    assertTrue(f.get(k).impact() <= f.get(k - 1).impact(), "ups descending");
                } else if (k > up) {
                    assertTrue(f.get(k).impact() >= f.get(k - 1).impact(), "downs ascending");
                }
            }
            for (Factor factor : f) {
                // Independent recomputation: encode, normalize, put the field's features at 0 (= the mean), run.
                float[] row = FeatureEncoder.encode(leads.get(i));
                pre.normalization().normalize(row, 0, 1);
                for (Feature feature : Feature.values()) {
                    if (feature.source().fieldName().equals(factor.feature())) {
                        row[feature.ordinal()] = 0f;
                    }
                }
                double atMean = scorer.run(row, 1)[0];
                // The fixture model predates the log-odds output: its log-odds come from its probabilities.
                assertEquals(
                        LogOdds.of(s.probability()) - LogOdds.of(atMean), factor.impact(), 1e-5, factor.toString());

                // A real lead with that activity field at its (rounded) training mean moves the same way.
                if (factor.feature().startsWith("user_activity_var_") && Math.abs(factor.impact()) > 1e-3) {
                    int k = Integer.parseInt(factor.feature().substring("user_activity_var_".length()));
                    int featureIndex = Feature.valueOf("USER_ACTIVITY_VAR_" + k).ordinal();
                    int meanValue = (int) Math.round(means[featureIndex]);
                    Lead original = leads.get(i);
                    if (original.userActivityVar(k) != meanValue) {
                        int[] activity = original.userActivity();
                        activity[k - 1] = meanValue;
                        Lead modified = new Lead(
                                original.id(),
                                original.createdAt(),
                                original.campaignVar1(),
                                original.campaignVar2(),
                                original.productsPurchased(),
                                original.signupDate(),
                                activity);
                        double pModified = scorer.probabilities(List.of(modified))[0];
                        assertEquals(
                                Math.signum(factor.impact()),
                                Math.signum(s.probability() - pModified),
                                factor + " vs modified lead p=" + pModified);
                        checkedByLead++;
                    }
                }
            }
        }
        assertTrue(checkedByLead > 0, "some factor was checked against a modified lead");
    }

    @Test
    void eightThreadsOnOneSessionGetTheSameAnswers() throws Exception {
        float[] expected = scorer.probabilities(LEADS);
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<float[]>> results = new ArrayList<>();
            for (int t = 0; t < 8; t++) {
                results.add(pool.submit(() -> {
                    float[] last = null;
                    for (int rep = 0; rep < 10; rep++) {
                        last = scorer.probabilities(LEADS);
                        assertArrayEquals(expected, last);
                    }
                    return last;
                }));
            }
            for (Future<float[]> f : results) {
                assertArrayEquals(expected, f.get());
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void refusesAModelItCannotServe() {
        Manifest m = bundle.manifest();
        PreprocessingParameters pre = bundle.preprocessing();

        List<String> featureNames = pre.contract().featureNames();
        List<String> swapped = new ArrayList<>(featureNames);
        swapped.set(0, featureNames.get(1));
        swapped.set(1, featureNames.get(0));
        PreprocessingParameters reordered = new PreprocessingParameters(
                new FeatureContract(pre.contract().encoderVersion(), swapped), pre.normalization(), pre.policy());
        IllegalStateException order = assertThrows(
                IllegalStateException.class,
                () -> new LeadScorer(new ModelBundle(m, bundle.onnxModel(), reordered, bundle.metricsJson())));
        assertTrue(order.getMessage().contains("do not match the encoder"), order.getMessage());

        Manifest wrongOutput = new Manifest(
                m.schemaVersion(),
                m.modelVersion(),
                m.createdAt(),
                m.algorithm(),
                m.encoderVersion(),
                m.featureNames(),
                new ModelOutput(
                        m.output().inputName(), "no_such_output", m.output().probabilityColumn()),
                m.files(),
                m.provenance());
        IllegalStateException names = assertThrows(
                IllegalStateException.class,
                () -> new LeadScorer(new ModelBundle(wrongOutput, bundle.onnxModel(), pre, bundle.metricsJson())));
        assertTrue(names.getMessage().contains("no_such_output"), names.getMessage());

        byte[] garbage = Arrays.copyOf(bundle.onnxModel(), 100);
        assertThrows(OrtException.class, () -> new LeadScorer(new ModelBundle(m, garbage, pre, bundle.metricsJson())));
    }
}
