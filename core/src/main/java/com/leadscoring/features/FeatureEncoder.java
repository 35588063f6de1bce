package com.leadscoring.features;

import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.List;

import com.leadscoring.lead.Lead;

/**
 * Encodes a {@link Lead} as the raw (not yet normalized) feature vector, in {@link Feature} order.
 * Stateless and allocation-free when given a buffer: the scoring hot path encodes straight into the tensor buffer.
 */
public final class FeatureEncoder {

    /** Bump whenever the meaning or order of a feature changes; models record it and are refused on mismatch. */
    public static final String VERSION = "lead-features-v1";

    /** Number of features. */
    public static final int SIZE = Feature.values().length;

    private static final List<String> NAMES = Arrays.stream(Feature.values()).map(Feature::featureName).toList();

    private FeatureEncoder() {
    }

    /** Feature names in vector order. */
    public static List<String> featureNames() {
        return NAMES;
    }

    /** Writes the {@link #SIZE} features of {@code lead} into {@code out[offset .. offset+SIZE)}. */
    public static void encode(Lead lead, float[] out, int offset) {
        int o = offset;
        out[o++] = lead.campaignVar1();
        out[o++] = lead.campaignVar2();

        boolean signedUp = lead.signupDate() != null;
        int products = productsWithImputation(lead.productsPurchased(), signedUp);
        for (int p = 0; p <= 4; p++) {
            out[o++] = products == p ? 1f : 0f;
        }

        long days = signedUp ? ChronoUnit.DAYS.between(lead.signupDate(), lead.createdAt()) : 0L;
        out[o++] = signedUp ? 1f : 0f;
        out[o++] = days;
        out[o++] = days < 0 ? 1f : 0f;

        out[o++] = lead.createdAt().getDayOfWeek().getValue();
        out[o++] = lead.createdAt().getDayOfMonth();

        for (int k = 1; k <= Lead.ACTIVITY_COUNT; k++) {
            out[o++] = lead.userActivityVar(k);
        }
    }

    /** A new vector for {@code lead}. */
    public static float[] encode(Lead lead) {
        float[] out = new float[SIZE];
        encode(lead, out, 0);
        return out;
    }

    /** The seed's rule: a missing {@code products_purchased} is 1 when the lead signed up, else 0. */
    static int productsWithImputation(Integer products, boolean signedUp) {
        if (products != null) {
            return products;
        }
        return signedUp ? 1 : 0;
    }
}
