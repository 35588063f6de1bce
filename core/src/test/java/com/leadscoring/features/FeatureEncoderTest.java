package com.leadscoring.features;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;

import com.leadscoring.lead.Lead;

class FeatureEncoderTest {

    static Lead lead(Integer products, LocalDate signup) {
        return new Lead("1", LocalDate.of(2021, 6, 9), 3, 4, products, signup, new int[] {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12});
    }

    @Test
    void namesFollowTheFeatureEnum() {
        assertEquals(24, FeatureEncoder.SIZE);
        assertEquals(Arrays.stream(Feature.values()).map(Feature::featureName).toList(), FeatureEncoder.featureNames());
        assertEquals("campaign_var_1", FeatureEncoder.featureNames().get(0));
        assertEquals("user_activity_var_12", FeatureEncoder.featureNames().get(23));
    }

    @Test
    void encodesASignedUpLead() {
        float[] v = FeatureEncoder.encode(lead(2, LocalDate.of(2021, 6, 1)));
        float[] expected = {3, 4, 0, 0, 1, 0, 0, 1, 8, 0, 3 /* Wednesday */, 9, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12};
        assertArrayEquals(expected, v);
    }

    @Test
    void imputesMissingProductsFromTheSignup() {
        float[] signedUp = FeatureEncoder.encode(lead(null, LocalDate.of(2021, 6, 19)));
        assertEquals(List.of(0f, 1f, 0f, 0f, 0f), slice(signedUp, 2, 7), "missing products with a signup → 1");
        assertEquals(-10f, signedUp[8]);
        assertEquals(1f, signedUp[9], "signup after the lead");
        float[] never = FeatureEncoder.encode(lead(null, null));
        assertEquals(List.of(1f, 0f, 0f, 0f, 0f), slice(never, 2, 7), "missing products without a signup → 0");
        assertEquals(0f, never[7]);
        assertEquals(0f, never[8]);
        assertEquals(0f, never[9]);
    }

    @Test
    void writesOnlyItsSlice() {
        float[] buf = new float[3 * FeatureEncoder.SIZE];
        Arrays.fill(buf, -7f);
        FeatureEncoder.encode(lead(1, null), buf, FeatureEncoder.SIZE);
        assertEquals(-7f, buf[FeatureEncoder.SIZE - 1]);
        assertEquals(-7f, buf[2 * FeatureEncoder.SIZE]);
        assertEquals(3f, buf[FeatureEncoder.SIZE]);
    }

    private static List<Float> slice(float[] v, int from, int to) {
        Float[] out = new Float[to - from];
        for (int i = from; i < to; i++) {
            out[i - from] = v[i];
        }
        return List.of(out);
    }
}
