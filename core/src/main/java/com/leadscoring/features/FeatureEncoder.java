package com.leadscoring.features;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

import com.leadscoring.lead.Lead;

/**
 * Encodes a lead as the raw (not yet normalized) feature vector, in {@link Feature} order, into a caller's buffer at an
 * offset. One implementation with two doors: a {@link Lead} (training, CSV, batch), or the same fields as primitives
 * (the API's parser, which never builds a Lead); the first goes through the second.
 */
public final class FeatureEncoder {

    /** Bump whenever the meaning or order of a feature changes; models record it and are refused on mismatch. */
    public static final String VERSION = "lead-features-v1";

    /**
     * {@code products_purchased} absent, in {@link #encode(LocalDate, int, int, int, LocalDate, int[], float[], int)}.
     */
    public static final int UNKNOWN = -1;

    /** Number of features. */
    public static final int SIZE = Feature.values().length;

    private static final List<String> NAMES =
            Arrays.stream(Feature.values()).map(Feature::featureName).toList();

    private FeatureEncoder() {}

    /** Feature names in vector order. */
    public static List<String> featureNames() {
        return NAMES;
    }

    /** Writes the {@link #SIZE} features of {@code lead} into {@code out[offset .. offset+SIZE)}. */
    public static void encode(Lead lead, float[] out, int offset) {
        Integer products = lead.productsPurchased();
        encode(
                lead.createdAt(),
                lead.campaignVar1(),
                lead.campaignVar2(),
                products == null ? UNKNOWN : products,
                lead.signupDate(),
                lead.userActivity(),
                out,
                offset);
    }

    /**
     * The same encoding from a valid lead's fields as primitives, for callers that never build a {@link Lead} (the
     * API's request parser); {@link #encode(Lead, float[], int)} goes through here too, so the two cannot differ.
     *
     * @param productsPurchased {@link #UNKNOWN} when absent
     * @param signupDate {@code null} when the lead never signed up
     * @param userActivity {@code user_activity_var_1..12} at index 0..11
     */
    public static void encode(
            LocalDate createdAt,
            int campaignVar1,
            int campaignVar2,
            int productsPurchased,
            LocalDate signupDate,
            int[] userActivity,
            float[] out,
            int offset) {
        int o = offset;
        out[o++] = campaignVar1;
        out[o++] = campaignVar2;

        boolean signedUp = signupDate != null;
        int products = productsWithImputation(productsPurchased, signedUp);
        for (int p = 0; p <= 4; p++) {
            out[o++] = products == p ? 1f : 0f;
        }

        long created = createdAt.toEpochDay();
        long days = signedUp ? created - signupDate.toEpochDay() : 0L;
        out[o++] = signedUp ? 1f : 0f;
        out[o++] = days;
        out[o++] = days < 0 ? 1f : 0f;

        out[o++] = dayOfWeek(created);
        out[o++] = createdAt.getDayOfMonth();

        for (int k = 0; k < Lead.ACTIVITY_COUNT; k++) {
            out[o++] = userActivity[k];
        }
    }

    /**
     * ISO day of week, 1 (Monday) .. 7, from the epoch day as LocalDate.getDayOfWeek computes it (without a second
     * toEpochDay).
     */
    private static int dayOfWeek(long epochDay) {
        return (int) Math.floorMod(epochDay + 3, 7L) + 1;
    }

    /** A new vector for {@code lead}. */
    public static float[] encode(Lead lead) {
        float[] out = new float[SIZE];
        encode(lead, out, 0);
        return out;
    }

    /** The seed's rule: a missing {@code products_purchased} is 1 when the lead signed up, else 0. */
    static int productsWithImputation(int products, boolean signedUp) {
        if (products != UNKNOWN) {
            return products;
        }
        return signedUp ? 1 : 0;
    }
}
