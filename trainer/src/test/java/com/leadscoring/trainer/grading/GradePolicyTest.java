package com.leadscoring.trainer.grading;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.SplittableRandom;

import com.leadscoring.decision.DecisionPolicy;
import com.leadscoring.decision.GradeBand;
import com.leadscoring.trainer.evaluation.GradeTable;
import org.junit.jupiter.api.Test;

class GradePolicyTest {

    /** A lead population: a low, skewed probability for most, a hot few; buyers drawn at each lead's probability. */
    static double[] population(int n, long seed) {
        SplittableRandom r = new SplittableRandom(seed);
        return r.doubles(n).map(u -> Math.pow(u, 8)).toArray();
    }

    @Test
    void sharesCutTheOutOfFoldProbabilitiesIntoThoseSharesOfLeads() {
        double[] p = population(10_000, 1);
        p[17] = Double.NaN; // a row no fold held out
        List<GradeBand> bands = GradePolicy.DEFAULT.bands(p);
        assertEquals(
                List.of("A", "B", "C", "D"),
                bands.stream().map(GradeBand::grade).toList());
        assertTrue(bands.stream().allMatch(GradeBand::byProbability));
        DecisionPolicy policy = new DecisionPolicy(0.3, bands);
        int[] counts = new int[4];
        for (double v : p) {
            if (!Double.isNaN(v)) {
                counts[policy.gradeOfProbability(v).charAt(0) - 'A']++;
            }
        }
        // 5 %, 10 %, 25 %, the rest of 9,999 leads (ties at a cut go up, so a grade may hold a lead more).
        assertEquals(500, counts[0], 1);
        assertEquals(1000, counts[1], 1);
        assertEquals(2500, counts[2], 1);
        assertEquals(9999 - counts[0] - counts[1] - counts[2], counts[3]);
    }

    @Test
    void probabilitiesAndScoresAreTakenAsGiven() {
        assertEquals(
                List.of(
                        GradeBand.fromProbability("A", 0.5),
                        GradeBand.fromProbability("B", 0.1),
                        GradeBand.fromProbability("C", 0)),
                GradePolicy.parse("probabilities:0.5,0.1").bands(new double[0]));
        assertEquals(GradeBand.DEFAULT, GradePolicy.parse("scores:75,50,25").bands(new double[0]));
        assertEquals("shares:5,10,25", GradePolicy.DEFAULT.toString());
        assertEquals(GradePolicy.DEFAULT, GradePolicy.parse(GradePolicy.DEFAULT.toString()));
    }

    @Test
    void badPoliciesAreRefusedSayingWhy() {
        for (String bad : new String[] {
            "5,10",
            "thirds:1,2",
            "shares:60,50",
            "shares:0,5",
            "probabilities:0.1,0.5",
            "scores:75.5,50",
            "scores:120",
            "shares:x"
        }) {
            IllegalArgumentException e =
                    assertThrows(IllegalArgumentException.class, () -> GradePolicy.parse(bad), bad);
            assertTrue(e.getMessage().length() > 10, e.getMessage());
        }
        // Every lead at the same probability cannot be cut into shares.
        assertThrows(
                IllegalArgumentException.class, () -> GradePolicy.DEFAULT.bands(new double[] {0.2, 0.2, 0.2, 0.2}));
    }

    @Test
    void theDefaultMeetsTheRulesWhereTheRankingIsGoodAndTheRulesSayWhenTheyBreak() {
        double[] p = population(20_000, 2);
        SplittableRandom r = new SplittableRandom(3);
        boolean[] buy = new boolean[p.length];
        for (int i = 0; i < p.length; i++) {
            buy[i] = r.nextDouble() < p[i];
        }
        List<GradeTable.Row> rows = GradeTable.of(p, buy, new DecisionPolicy(0.3, GradePolicy.DEFAULT.bands(p)));
        assertEquals(List.of(), GradeTable.brokenRules(rows), rows.toString());
        assertEquals(1.0, rows.get(rows.size() - 1).cumulativeShareOfBuyers(), 1e-12);
        assertEquals(0.05, rows.get(0).shareOfLeads(), 0.001);
        // The old fixed bands on the same leads: nearly everyone in D, with many of the buyers.
        List<String> broken = GradeTable.brokenRules(GradeTable.of(p, buy, new DecisionPolicy(0.3, GradeBand.DEFAULT)));
        assertTrue(broken.stream().anyMatch(b -> b.startsWith("D holds")), broken.toString());
    }
}
