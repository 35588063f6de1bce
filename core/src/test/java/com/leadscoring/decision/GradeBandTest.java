package com.leadscoring.decision;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;

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
        assertThrows(IllegalArgumentException.class,
                () -> GradeBand.validated(List.of(new GradeBand("A", 50), new GradeBand("B", 50), new GradeBand("C", 0))));
        assertEquals("A", GradeBand.validated(List.of(new GradeBand("B", 0), new GradeBand("A", 60))).get(0).grade());
    }
}
