package com.leadscoring.decision;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class TrendTest {

    @Test
    void aMoveOfFivePointsOrMoreIsATrendAndLessIsSteady() {
        assertEquals(Trend.IMPROVING, Trend.of(10, 15));
        assertEquals(Trend.IMPROVING, Trend.of(0, 100));
        assertEquals(Trend.STEADY, Trend.of(10, 14));
        assertEquals(Trend.STEADY, Trend.of(10, 10));
        assertEquals(Trend.STEADY, Trend.of(10, 6));
        assertEquals(Trend.DECLINING, Trend.of(10, 5));
        assertEquals(Trend.DECLINING, Trend.of(100, 0));
        assertEquals("improving", Trend.IMPROVING.label());
    }
}
