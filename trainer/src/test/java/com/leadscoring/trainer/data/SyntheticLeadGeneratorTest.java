package com.leadscoring.trainer.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.util.List;
import java.util.function.Predicate;
import java.util.function.ToIntFunction;

import com.leadscoring.features.FeatureEncoder;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Test;

class SyntheticLeadGeneratorTest {

    @Test
    void isSeededAndRealistic() {
        List<LabeledLead> a = new SyntheticLeadGenerator(1).generate(20_000);
        assertEquals(a, new SyntheticLeadGenerator(1).generate(20_000));
        assertNotEquals(a, new SyntheticLeadGenerator(2).generate(20_000));
        double buyRate = a.stream().filter(LabeledLead::buy).count() / 20_000.0;
        assertTrue(buyRate > 0.03 && buyRate < 0.08, "buy rate " + buyRate);
        assertTrue(a.stream().anyMatch(l -> l.lead().signupDate() == null));
        assertTrue(a.stream().anyMatch(l -> l.lead().productsPurchased() == null));
        a.forEach(l -> FeatureEncoder.encode(l.lead()));
    }

    @Test
    void loaderReadsTheLabelAndReportsBadRowsByLine() throws Exception {
        String header = "id,created_at,campaign_var_1,campaign_var_2,products_purchased,signup_date,"
                + "user_activity_var_1,user_activity_var_2,user_activity_var_3,user_activity_var_4,user_activity_var_5,"
                + "user_activity_var_6,user_activity_var_7,user_activity_var_8,user_activity_var_9,"
                + "user_activity_var_10,"
                + "user_activity_var_11,user_activity_var_12,buy\n";
        String good = "1,01-01-2021,1,2,,,0,0,0,0,0,0,0,0,0,0,0,0,1\n";
        String bad = "2,01-01-2021,1,2,,,0,0,0,0,0,0,0,0,0,0,0,0,yes\n";
        var ok = new LeadDataLoader(false).load(new StringReader(header + good), "t.csv");
        assertTrue(ok.leads().get(0).buy());
        LeadDataLoader.BadRowsException e = Assertions.assertThrows(
                LeadDataLoader.BadRowsException.class,
                () -> new LeadDataLoader(false).load(new StringReader(header + good + bad), "t.csv"));
        assertTrue(e.getMessage().contains("line 3, column buy"), e.getMessage());
        var skipped = new LeadDataLoader(true).load(new StringReader(header + good + bad), "t.csv");
        assertEquals(1, skipped.skipped());
        assertEquals(1, skipped.leads().size());
    }

    @Test
    void shiftsMoveOnlyWhatTheyNameAndAreSeeded() {
        int n = 20_000;
        List<LabeledLead> plain = new SyntheticLeadGenerator(5).generate(n);
        assertEquals(plain, new SyntheticLeadGenerator(5, PopulationShift.NONE).generate(n));
        List<LabeledLead> campaign = new SyntheticLeadGenerator(5, PopulationShift.CAMPAIGN).generate(n);
        assertEquals(campaign, new SyntheticLeadGenerator(5, PopulationShift.CAMPAIGN).generate(n));
        assertTrue(mean(campaign, l -> l.lead().campaignVar1())
                > 1.5 * mean(plain, l -> l.lead().campaignVar1()));
        assertEquals(
                share(plain, l -> l.lead().signupDate() != null),
                share(campaign, l -> l.lead().signupDate() != null),
                0.02);

        List<LabeledLead> signup = new SyntheticLeadGenerator(5, PopulationShift.SIGNUP).generate(n);
        assertEquals(0.60, share(plain, l -> l.lead().signupDate() != null), 0.02);
        assertEquals(0.30, share(signup, l -> l.lead().signupDate() != null), 0.02);
        assertEquals(
                mean(plain, l -> l.lead().campaignVar1()),
                mean(signup, l -> l.lead().campaignVar1()),
                0.15);

        List<LabeledLead> activity = new SyntheticLeadGenerator(5, PopulationShift.ACTIVITY).generate(n);
        for (int k = 1; k <= 12; k++) {
            int var = k;
            assertTrue(
                    mean(activity, l -> l.lead().userActivityVar(var))
                            < mean(plain, l -> l.lead().userActivityVar(var)),
                    "user_activity_var_" + k);
        }
        assertTrue(share(activity, LabeledLead::buy) < share(plain, LabeledLead::buy));
        assertEquals(PopulationShift.SIGNUP, PopulationShift.of("signup"));
        Assertions.assertThrows(IllegalArgumentException.class, () -> PopulationShift.of("weather"));
    }

    private static double mean(List<LabeledLead> leads, ToIntFunction<LabeledLead> f) {
        return leads.stream().mapToInt(f).average().orElseThrow();
    }

    private static double share(List<LabeledLead> leads, Predicate<LabeledLead> p) {
        return leads.stream().filter(p).count() / (double) leads.size();
    }
}
