package com.leadscoring.features;

import static com.leadscoring.PropertyTests.qt;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.List;

import com.leadscoring.lead.Lead;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

class FeatureEncoderTest {

    static Lead lead(Integer products, LocalDate signup) {
        return new Lead(
                "1", LocalDate.of(2021, 6, 9), 3, 4, products, signup, new int[] {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12
                });
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

    /**
     * The entry from primitive fields (what the API's parser calls) gives, for any lead, the vector of the Lead entry,
     * and that vector is the features' definitions computed with java.time directly.
     */
    record Fields(int created, int signup, int products, int c1, int c2, List<Integer> activity) {}

    @Test
    void primitiveEntryMatchesTheLeadEntryAndTheDefinitions() {
        Gen<Integer> created = integers().between(0, 40000);
        Gen<Integer> signup = integers().between(-1, 40000);
        Gen<Integer> products = integers().between(-1, 4);
        Gen<Integer> campaigns = integers().between(0, 999);
        Gen<List<Integer>> activity = lists().of(integers().between(0, 9999)).ofSize(12);
        Gen<Fields> fields = in -> new Fields(
                created.generate(in),
                signup.generate(in),
                products.generate(in),
                campaigns.generate(in),
                campaigns.generate(in),
                activity.generate(in));
        qt(21, 2000).forAll(fields).checkAssert(FeatureEncoderTest::entriesAgree);
    }

    private static void entriesAgree(Fields f) {
        int created = f.created();
        int signup = f.signup();
        int products = f.products();
        int c1 = f.c1();
        int c2 = f.c2();
        List<Integer> activity = f.activity();
        LocalDate createdAt = LocalDate.of(1990, 1, 1).plusDays(created);
        LocalDate signupDate = signup < 0 ? null : LocalDate.of(1990, 1, 1).plusDays(signup);
        int[] act = activity.stream().mapToInt(Integer::intValue).toArray();
        Lead lead = new Lead("x", createdAt, c1, c2, products < 0 ? null : products, signupDate, act);
        float[] fromLead = new float[FeatureEncoder.SIZE + 3];
        float[] fromFields = new float[FeatureEncoder.SIZE + 3];
        FeatureEncoder.encode(lead, fromLead, 3);
        FeatureEncoder.encode(
                createdAt, c1, c2, products < 0 ? FeatureEncoder.UNKNOWN : products, signupDate, act, fromFields, 3);
        assertArrayEquals(fromLead, fromFields);
        float[] v = Arrays.copyOfRange(fromFields, 3, 3 + FeatureEncoder.SIZE);
        long days = signupDate == null ? 0 : ChronoUnit.DAYS.between(signupDate, createdAt);
        assertEquals(days, v[Feature.DAYS_SIGNUP_TO_CREATED.ordinal()]);
        assertEquals(days < 0 ? 1f : 0f, v[Feature.SIGNUP_AFTER_CREATED.ordinal()]);
        assertEquals(createdAt.getDayOfWeek().getValue(), v[Feature.CREATED_DAY_OF_WEEK.ordinal()]);
        assertEquals(createdAt.getDayOfMonth(), v[Feature.CREATED_DAY_OF_MONTH.ordinal()]);
        int expectedProducts = products >= 0 ? products : signupDate != null ? 1 : 0;
        assertEquals(1f, v[Feature.PRODUCTS_PURCHASED_0.ordinal() + expectedProducts]);
        assertEquals(act[11], v[Feature.USER_ACTIVITY_VAR_12.ordinal()]);
    }

    private static List<Float> slice(float[] v, int from, int to) {
        Float[] out = new Float[to - from];
        for (int i = from; i < to; i++) {
            out[i - from] = v[i];
        }
        return List.of(out);
    }
}
