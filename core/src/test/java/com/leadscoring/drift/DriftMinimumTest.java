package com.leadscoring.drift;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import com.leadscoring.lead.Lead;
import com.leadscoring.model.FixtureStore;
import com.leadscoring.model.ModelBundle;
import com.leadscoring.model.ModelStores;
import com.leadscoring.scoring.ModelScores;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The default minimum against the noise it guards from: fresh samples of the reference's own population, scored by a
 * real model. Twenty leads trip the 0.25 alarm band by chance alone; at the default minimum no field or the score even
 * reaches the watch band, in any of the seeds tried.
 */
class DriftMinimumTest {

    static ModelBundle model;
    static ReferenceProfile reference;

    @BeforeAll
    static void referenceOfARealModel() throws Exception {
        model = ModelStores.open(FixtureStore.location()).load(null);
        List<Lead> training = SampleLeads.generate(1, 4000, false);
        reference = ReferenceProfile.of("v", training, ModelScores.probabilities(model, training));
    }

    static DriftResult check(long seed, int leads) {
        List<Lead> sample = SampleLeads.generate(seed, leads, false);
        return DriftResult.compare(
                reference,
                "sample",
                sample,
                ModelScores.probabilities(model, sample),
                0,
                List.of(),
                DriftCheck.DEFAULT_MIN_LEADS);
    }

    static double maxPsi(DriftResult r) {
        return r.all().stream().mapToDouble(FieldDrift::psi).max().orElseThrow();
    }

    @Test
    void theDefaultIsFiveExpectedLeadsInTheRarestBinAReferenceKeeps() {
        assertEquals(1000, DriftCheck.DEFAULT_MIN_LEADS);
        assertEquals(5.0, DriftCheck.DEFAULT_MIN_LEADS * Binning.MIN_CATEGORY_SHARE, 1e-9);
    }

    @Test
    void twentyLeadsLookShiftedByChanceAndAreNotJudged() {
        int looksShifted = 0;
        for (long seed = 100; seed < 110; seed++) {
            DriftResult r = check(seed, 20);
            looksShifted += maxPsi(r) >= Psi.SHIFTED ? 1 : 0;
            assertTrue(r.tooFewLeads());
            assertEquals(List.of(), r.shifted(), "nothing is judged below the minimum");
        }
        assertEquals(10, looksShifted, "20 leads of the same population pass the alarm band by chance");
    }

    @Test
    void atTheDefaultMinimumAFreshSampleStaysBelowTheWatchBand() {
        double worst = 0;
        for (long seed = 200; seed < 210; seed++) {
            DriftResult r = check(seed, DriftCheck.DEFAULT_MIN_LEADS);
            assertTrue(!r.tooFewLeads());
            worst = Math.max(worst, maxPsi(r));
        }
        assertTrue(worst < Psi.WATCH, "largest PSI of 10 fresh samples of 1,000 leads: " + worst);
    }
}
