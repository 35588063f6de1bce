package com.leadscoring.features;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class NormalizationTest {

    static Normalization normalization() {
        double[] means = new double[FeatureEncoder.SIZE];
        double[] stds = new double[FeatureEncoder.SIZE];
        for (int i = 0; i < means.length; i++) {
            means[i] = i;
            stds[i] = i % 5 == 0 ? 0 : 2;
        }
        return new Normalization(means, stds);
    }

    @Test
    void normalizesRowsAtAnOffsetAndOnlyCentresConstantFeatures() {
        Normalization p = normalization();
        int f = FeatureEncoder.SIZE;
        float[] buf = new float[3 * f];
        for (int i = 0; i < buf.length; i++) {
            buf[i] = 10;
        }
        p.normalize(buf, f, 2);
        assertEquals(10f, buf[3], "row before the offset untouched");
        assertEquals((10 - 1) / 2f, buf[f + 1], 1e-6);
        assertEquals(10 - 5f, buf[f + 5], 1e-6, "std 0: centred only");
        assertEquals((10 - 23) / 2f, buf[3 * f - 1], 1e-6);
    }

    @Test
    void refusesInvalidStatistics() {
        assertThrows(IllegalArgumentException.class, () -> new Normalization(new double[] {0}, new double[] {-1}));
        assertThrows(
                IllegalArgumentException.class, () -> new Normalization(new double[] {Double.NaN}, new double[] {1}));
        assertThrows(IllegalArgumentException.class, () -> new Normalization(new double[] {0, 1}, new double[] {1}));
    }
}
