package com.leadscoring.drift;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;

class BinningTest {

    @Test
    void fewIntegerValuesArePerValueWithAnOverflowBin() {
        double[] values = new double[1000];
        for (int i = 0; i < values.length; i++) {
            values[i] = i < 600 ? 0 : i < 900 ? 1 : i < 999 ? 2 : 3; // 3 is rarer than 0.5 %
        }
        Binning b = Binning.fit(values, 1000, false);
        assertEquals(Binning.CATEGORIES, b.kind());
        assertArrayEquals(new int[] {0, 1, 2}, b.categories());
        assertEquals(List.of("0", "1", "2", "other"), b.labels());
        assertEquals(3, b.binOf(3));
        assertEquals(3, b.binOf(42)); // never seen in training
        assertEquals(1, b.binOf(1));
    }

    @Test
    void wideValuesGetAtMostTenEqualFrequencyRanges() {
        SplittableRandom r = new SplittableRandom(7);
        double[] values = new double[10_000];
        for (int i = 0; i < values.length; i++) {
            values[i] = r.nextInt(-200, 2000);
        }
        Binning b = Binning.fit(values, 12_000, true);
        assertEquals(Binning.RANGES, b.kind());
        assertEquals(10, b.edges().length + 1);
        assertEquals(11, b.size()); // ten ranges and missing
        assertEquals(10, b.missingIndex());
        long[] counts = Views.count(b, values);
        for (int i = 0; i < 10; i++) {
            assertEquals(0.1, counts[i] / 10_000.0, 0.01, "bins hold a tenth each");
        }
        assertEquals(0, b.binOf(-1e9));
        assertEquals(9, b.binOf(1e9));
        assertEquals(1, b.binOf(b.edges()[0])); // an edge opens its bin
        assertTrue(b.labels().get(0).startsWith("< "));
        assertEquals("missing", b.labels().get(10));
    }

    @Test
    void aValueHeldByMostRowsKeepsTheTailApart() {
        double[] values = new double[1000];
        for (int i = 0; i < values.length; i++) {
            values[i] = i < 950 ? 5 : 1000 + i; // 95 % one value, then 50 distinct ones
        }
        Binning b = Binning.fit(values, 1000, false);
        assertEquals(Binning.RANGES, b.kind());
        assertArrayEquals(new double[] {1950}, b.edges(), "one bin for the tied value, one for the tail");
    }
}
