package com.leadscoring.features;

import static com.leadscoring.PropertyTests.qt;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.generators.SourceDSL.booleans;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;

import com.leadscoring.lead.Lead;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

class FeatureEncodersTest {

    private static final int[] ACTIVITY = {1, 2, 0, 4, 0, 0, 0, 3, 1, 0, 2, 0};

    static Lead lead(int campaign1, int campaign2, LocalDate signup) {
        return new Lead("7", LocalDate.of(2021, 11, 3), campaign1, campaign2, null, signup, ACTIVITY);
    }

    static LeadEncoder spec(String blocks) {
        return FeatureEncoders.forVersion(FeatureEncoder.VERSION + "+" + blocks);
    }

    @Test
    void everyReleasedVersionResolvesToItself() {
        assertEquals(
                List.of("lead-features-v1"),
                FeatureEncoders.released().stream().map(LeadEncoder::version).toList());
        for (LeadEncoder e : FeatureEncoders.released()) {
            assertSame(e, FeatureEncoders.forVersion(e.version()));
            assertEquals(e.size(), e.featureNames().size());
            assertEquals(e.size(), e.sources().size());
            assertEquals(e.size(), new HashSet<>(e.featureNames()).size(), "feature names are unique");
        }
        assertSame(FeatureEncoders.DEFAULT, FeatureEncoders.forVersion(FeatureEncoders.DEFAULT_VERSION));
    }

    @Test
    void v1IsTheFeatureEnumUnchanged() {
        Lead lead = lead(3, 4, LocalDate.of(2020, 2, 1));
        assertArrayEquals(FeatureEncoder.encode(lead), FeatureEncoders.V1.encode(lead));
        assertEquals(FeatureEncoder.featureNames(), FeatureEncoders.V1.featureNames());
        assertEquals(24, FeatureEncoders.V1.size());
    }

    @Test
    void aSpecParsedTwiceIsTheSameEncoder() {
        assertEquals(spec("month+products-missing"), spec("month+products-missing"));
        assertEquals(26, spec("month+products-missing").size());
        assertFalse(spec("month").equals(spec("signup-year")));
    }

    @Test
    void unknownVersionsAndRepeatedBlocksAreRefusedNamingWhatExists() {
        IllegalArgumentException e =
                assertThrows(IllegalArgumentException.class, () -> FeatureEncoders.forVersion("lead-features-v9"));
        assertTrue(e.getMessage().contains("it has lead-features-v1, and lead-features-v1+<block>"), e.getMessage());
        IllegalArgumentException unknown = assertThrows(IllegalArgumentException.class, () -> spec("monht"));
        assertTrue(
                unknown.getMessage().contains("no block 'monht'")
                        && unknown.getMessage().contains("log1p, aggregates"),
                unknown.getMessage());
        IllegalArgumentException twice = assertThrows(IllegalArgumentException.class, () -> spec("month+month"));
        assertTrue(twice.getMessage().contains("did you mean lead-features-v1+month?"), twice.getMessage());
        assertFalse(FeatureEncoders.isKnown(null));
    }

    @Test
    void blocksInAnotherOrderNameTheSameEncoderInTheCanonicalOrder() {
        LeadEncoder misordered = spec("month+log1p");
        assertEquals("lead-features-v1+log1p+month", misordered.version());
        assertEquals(spec("log1p+month"), misordered);
        assertEquals(spec("log1p+month").featureNames(), misordered.featureNames());
    }

    @Test
    void log1pTransformsTheActivityCountsInPlace() {
        LeadEncoder e = spec("log1p");
        float[] v1 = FeatureEncoders.V1.encode(lead(3, 4, null));
        float[] v = e.encode(lead(3, 4, null));
        assertEquals(24, v.length);
        int first = Feature.USER_ACTIVITY_VAR_1.ordinal();
        assertArrayEquals(Arrays.copyOf(v1, first), Arrays.copyOf(v, first));
        for (int k = 0; k < 12; k++) {
            assertEquals((float) Math.log1p(ACTIVITY[k]), v[first + k]);
        }
        assertEquals("log1p_user_activity_var_1", e.featureNames().get(first));
    }

    @Test
    void appendedBlocksFollowV1() {
        LeadEncoder e = spec("aggregates+campaign-one-hot+month+signup-year+interactions+products-missing");
        float[] v = e.encode(lead(16, 99, LocalDate.of(2019, 5, 2)));
        assertArrayEquals(FeatureEncoders.V1.encode(lead(16, 99, LocalDate.of(2019, 5, 2))), Arrays.copyOf(v, 24));
        List<String> names = e.featureNames();
        assertEquals(13f, v[names.indexOf("activity_sum")]);
        assertEquals(6f, v[names.indexOf("activity_nonzero")]);
        assertEquals(4f, v[names.indexOf("activity_max")]);
        assertEquals(1f, v[names.indexOf("campaign_var_1_16")]);
        assertEquals(1f, v[names.indexOf("campaign_var_2_other")], "99 is outside 1..15");
        float oneHot = 0;
        for (int i = 0; i < names.size(); i++) {
            oneHot += names.get(i).startsWith("campaign_var_") && names.get(i).length() > "campaign_var_1".length()
                    ? v[i]
                    : 0;
        }
        assertEquals(2f, oneHot, "one column per campaign variable");
        assertEquals(11f, v[names.indexOf("created_month")]);
        assertEquals(2019f, v[names.indexOf("signup_year")]);
        assertEquals(4f * 1f, v[names.indexOf("user_activity_var_4_x_9")]);
        assertEquals(2f * 4f, v[names.indexOf("user_activity_var_2_x_4")]);
        assertEquals(1f, v[names.indexOf("products_purchased_missing")]);
        assertEquals(
                0f,
                spec("products-missing").encode(new Lead("p", LocalDate.of(2021, 1, 1), 1, 1, 0, null, ACTIVITY))[24]);
        assertEquals(FeatureBlock.ALL_ACTIVITY, e.sources().get(names.indexOf("activity_sum")));
        assertEquals("campaign_var_2", e.sources().get(names.indexOf("campaign_var_2_3")));
    }

    record Fields(int c1, int c2, int products, int signupOffset, boolean signedUp, List<Integer> activity) {}

    @Test
    void bothDoorsAgreeAndV1IsAPrefixOfEveryEncoderWithoutInPlaceBlocks() {
        Gen<Integer> campaigns = integers().between(0, 40);
        Gen<Integer> products = integers().between(-1, 4);
        Gen<Integer> offsets = integers().between(-3000, 3000);
        Gen<Boolean> signedUp = booleans().all();
        Gen<List<Integer>> activity = lists().of(integers().between(0, 50)).ofSize(12);
        Gen<Fields> fields = in -> new Fields(
                campaigns.generate(in),
                campaigns.generate(in),
                products.generate(in),
                offsets.generate(in),
                signedUp.generate(in),
                activity.generate(in));
        qt(31, 200).forAll(fields).checkAssert(FeatureEncodersTest::bothDoorsAgree);
    }

    private static void bothDoorsAgree(Fields f) {
        int c1 = f.c1();
        int c2 = f.c2();
        int products = f.products();
        int signupOffset = f.signupOffset();
        boolean signedUp = f.signedUp();
        List<Integer> activity = f.activity();
        LocalDate created = LocalDate.of(2021, 7, 14);
        LocalDate signup = signedUp ? created.plusDays(signupOffset) : null;
        int[] act = activity.stream().mapToInt(Integer::intValue).toArray();
        Lead lead = new Lead("x", created, c1, c2, products < 0 ? null : products, signup, act);
        List<LeadEncoder> encoders = new ArrayList<>(FeatureEncoders.released());
        encoders.add(spec("log1p+aggregates+campaign-one-hot+month+signup-year+interactions+products-missing"));
        encoders.add(spec("aggregates+campaign-one-hot+month+signup-year+interactions+products-missing"));
        for (LeadEncoder e : encoders) {
            float[] viaLead = e.encode(lead);
            float[] viaPrimitives = new float[e.size() + 3];
            e.encode(created, c1, c2, products, signup, act, viaPrimitives, 3);
            assertArrayEquals(viaLead, Arrays.copyOfRange(viaPrimitives, 3, 3 + e.size()));
            if (!blocksOf(e).contains(FeatureBlock.LOG1P_ACTIVITY)) {
                assertArrayEquals(FeatureEncoder.encode(lead), Arrays.copyOf(viaLead, 24));
            }
        }
    }

    private static EnumSet<FeatureBlock> blocksOf(LeadEncoder e) {
        // A composed encoder is named by its spec: v1, then its blocks.
        EnumSet<FeatureBlock> blocks = EnumSet.noneOf(FeatureBlock.class);
        if (e != FeatureEncoders.V1) {
            for (String id :
                    e.version().substring(ComposedEncoder.SPEC_PREFIX.length()).split("\\+")) {
                blocks.add(FeatureBlock.ofId(id));
            }
        }
        return blocks;
    }
}
