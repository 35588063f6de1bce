package com.leadscoring.decision;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

class GradeBandTest {

    @Test
    void defaultBandsAtTheirEdges() {
        int[] scores = {0, 24, 25, 49, 50, 74, 75, 100};
        String[] grades = {"D", "D", "C", "C", "B", "B", "A", "A"};
        for (int i = 0; i < scores.length; i++) {
            assertEquals(grades[i], GradeBand.gradeOf(scores[i], GradeBand.DEFAULT), "score " + scores[i]);
        }
    }

    @Test
    void refusesBandsThatDoNotCoverZeroOrRepeat() {
        assertThrows(IllegalArgumentException.class, () -> GradeBand.validated(List.of(new GradeBand("A", 50))));
        assertThrows(
                IllegalArgumentException.class,
                () -> GradeBand.validated(
                        List.of(new GradeBand("A", 50), new GradeBand("B", 50), new GradeBand("C", 0))));
        assertEquals(
                "A",
                GradeBand.validated(List.of(new GradeBand("B", 0), new GradeBand("A", 60)))
                        .get(0)
                        .grade());
    }

    @Test
    void probabilityBandsGradeByProbabilityAndScoreBandsByScoreExactlyAsBefore() {
        List<GradeBand> bands = GradeBand.validated(List.of(
                GradeBand.fromProbability("D", 0),
                GradeBand.fromProbability("A", 0.31),
                GradeBand.fromProbability("B", 0.052),
                GradeBand.fromProbability("C", 0.004)));
        assertEquals(
                List.of("A", "B", "C", "D"),
                bands.stream().map(GradeBand::grade).toList());
        assertEquals("A", GradeBand.gradeOf(0.31, bands));
        assertEquals("B", GradeBand.gradeOf(0.30999, bands));
        assertEquals("C", GradeBand.gradeOf(0.004, bands));
        assertEquals("D", GradeBand.gradeOf(0.0039, bands));
        // Score bands grade a probability by its score: 0.745 rounds to 75, an A, as every published model answered.
        assertEquals("A", GradeBand.gradeOf(0.745, GradeBand.DEFAULT));
        assertEquals("B", GradeBand.gradeOf(0.7449, GradeBand.DEFAULT));
        for (double p = 0; p <= 1; p += 0.0007) {
            assertEquals(
                    GradeBand.gradeOf(DecisionPolicy.score(p), GradeBand.DEFAULT),
                    GradeBand.gradeOf(p, GradeBand.DEFAULT));
        }
    }

    @Test
    void refusesMixedKindsAndWritesWhereEachBandStarts() {
        assertThrows(
                IllegalArgumentException.class,
                () -> GradeBand.validated(List.of(new GradeBand("A", 50), GradeBand.fromProbability("D", 0))));
        assertThrows(IllegalArgumentException.class, () -> GradeBand.fromProbability("A", 1.5));
        assertEquals(
                Map.of("grade", "A", "minProbability", 0.31),
                GradeBand.fromProbability("A", 0.31).asJsonFields());
        assertEquals(Map.of("grade", "A", "minScore", 75), new GradeBand("A", 75).asJsonFields());
    }
}
