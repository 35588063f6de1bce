package com.leadscoring.drift;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import com.leadscoring.lead.Lead;
import com.leadscoring.lead.LeadField;
import com.leadscoring.trainer.data.LabeledLead;
import com.leadscoring.trainer.data.PopulationShift;
import com.leadscoring.trainer.data.SyntheticLeadGenerator;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Test;

/**
 * The profile machinery without a model: a stand-in score (a fixed function of the lead) plays the model's part; the
 * ONNX path is covered by {@code LifecycleCliIT}.
 */
class ReferenceProfileTest {

    static List<Lead> leads(long seed, int rows, PopulationShift shift) {
        return new SyntheticLeadGenerator(seed, shift)
                .generate(rows).stream().map(LabeledLead::lead).toList();
    }

    /** A deterministic score that moves with signup and activity, like the real model's. */
    static float[] standIn(List<Lead> leads) {
        float[] p = new float[leads.size()];
        for (int i = 0; i < p.length; i++) {
            Lead l = leads.get(i);
            double z = -4 + (l.signupDate() != null ? 2 : 0) + 3 * l.userActivityVar(9) + 0.5 * l.userActivityVar(1);
            p[i] = (float) (1 / (1 + Math.exp(-z)));
        }
        return p;
    }

    static ReferenceProfile reference() {
        List<Lead> training = leads(124, 20_000, PopulationShift.NONE);
        return ReferenceProfile.of("20261125T000000Z-abcdef0", training, standIn(training));
    }

    static Map<String, FieldDrift> drift(ReferenceProfile ref, List<Lead> leads) {
        return DriftResult.compare(ref, "test", leads, standIn(leads), 0, List.of(), 1).all().stream()
                .collect(Collectors.toMap(FieldDrift::name, f -> f));
    }

    @Test
    void coversEverySourceFieldWithTheEncodersViewOfDates() {
        ReferenceProfile ref = reference();
        assertEquals(LeadField.values().length - 1, ref.fields().size(), "every field but the id");
        Map<String, Distribution> byName = ref.fields().stream().collect(Collectors.toMap(Distribution::name, d -> d));
        Distribution dow = byName.get("created_at");
        assertEquals("day of week", dow.view());
        assertEquals(Binning.CATEGORIES, dow.binning().kind());
        assertEquals(7, dow.binning().categories().length);
        assertEquals(
                List.of("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun", "other"),
                LeadView.all().get(0).labels(dow.binning()));
        Distribution signup = byName.get("signup_date");
        assertEquals(Binning.RANGES, signup.binning().kind());
        // The generator signs up 60 % of leads.
        assertEquals(0.40, signup.missingShare(), 0.02);
        assertEquals(Binning.RANGES, byName.get("campaign_var_1").binning().kind());
        assertEquals(
                Binning.CATEGORIES, byName.get("user_activity_var_1").binning().kind());
        assertTrue(byName.get("products_purchased").missingShare() > 0.3);
        for (Distribution d : ref.fields()) {
            assertEquals(1.0, Arrays.stream(d.shares()).sum(), 1e-9, d.name());
            assertTrue(d.binning().size() <= Binning.MAX_CATEGORIES + 2, d.name());
        }
        assertEquals(ReferenceProfile.SCORE_BINNING, ref.score().binning());
    }

    @Test
    void aFreshSampleOfTheSamePopulationIsStableEverywhere() {
        ReferenceProfile ref = reference();
        for (long seed : new long[] {5, 6, 7}) {
            for (FieldDrift f :
                    drift(ref, leads(seed, 5_000, PopulationShift.NONE)).values()) {
                assertEquals(Psi.Band.STABLE, f.band(), f.name() + " PSI " + f.psi() + " with seed " + seed);
                assertTrue(f.psi() < 0.02, f.name() + " PSI " + f.psi());
            }
        }
    }

    @Test
    void eachShiftIsFlaggedWhereItActsAndNowhereElse() {
        ReferenceProfile ref = reference();
        Map<String, FieldDrift> campaign = drift(ref, leads(5, 5_000, PopulationShift.CAMPAIGN));
        assertEquals(Psi.Band.SHIFTED, campaign.get("campaign_var_1").band());
        assertEquals(Psi.Band.SHIFTED, campaign.get("campaign_var_2").band());
        campaign.values().stream()
                .filter(f -> !f.name().startsWith("campaign_var_"))
                .forEach(f -> assertEquals(Psi.Band.STABLE, f.band(), f.name()));

        Map<String, FieldDrift> signup = drift(ref, leads(5, 5_000, PopulationShift.SIGNUP));
        assertEquals(Psi.Band.SHIFTED, signup.get("signup_date").band());
        assertEquals(Psi.Band.STABLE, signup.get("user_activity_var_1").band());
        assertEquals(Psi.Band.STABLE, signup.get("campaign_var_1").band());

        Map<String, FieldDrift> activity = drift(ref, leads(5, 5_000, PopulationShift.ACTIVITY));
        assertEquals(Psi.Band.SHIFTED, activity.get("user_activity_var_1").band());
        assertEquals(Psi.Band.STABLE, activity.get("signup_date").band());
    }

    @Test
    void roundTripsThroughJsonAndRefusesAForeignFile() throws IOException {
        ReferenceProfile ref = reference();
        ReferenceProfile back = ReferenceProfile.fromJson(ref.toJson());
        assertEquals(ref.modelVersion(), back.modelVersion());
        assertEquals(ref.rows(), back.rows());
        for (int i = 0; i < ref.fields().size(); i++) {
            assertEquals(ref.fields().get(i).binning(), back.fields().get(i).binning());
            assertEquals(
                    List.of(ref.fields().get(i).shares()).size(),
                    List.of(back.fields().get(i).shares()).size());
            Assertions.assertArrayEquals(
                    ref.fields().get(i).shares(), back.fields().get(i).shares(), 0);
        }
        List<Lead> fresh = leads(9, 2_000, PopulationShift.NONE);
        assertEquals(
                DriftResult.compare(ref, "t", fresh, standIn(fresh), 0, List.of(), 1)
                        .score()
                        .psi(),
                DriftResult.compare(back, "t", fresh, standIn(fresh), 0, List.of(), 1)
                        .score()
                        .psi(),
                0);
        IOException e = assertThrows(
                IOException.class,
                () -> ReferenceProfile.fromJson("{\"modelVersion\": 3}".getBytes(StandardCharsets.UTF_8)));
        assertTrue(e.getMessage().startsWith("reference.json"), e.getMessage());
    }
}
