package com.leadscoring.features;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.function.BiConsumer;

import com.leadscoring.lead.Lead;
import com.leadscoring.lead.LeadField;

/**
 * A representation change on top of {@code lead-features-v1}, the unit of the representation search: each block either
 * transforms v1's features in place or appends features after them. Once an encoder that uses a block is released, the
 * block's meaning is frozen (models record the encoder by name, not by content).
 */
public enum FeatureBlock {
    /** {@code log1p} of each activity count, in place of the count (a monotone squash of the long tail). */
    LOG1P_ACTIVITY("log1p"),
    /** Sum, number of non-zero and maximum of the twelve activity fields, appended. */
    ACTIVITY_AGGREGATES("aggregates"),
    /**
     * {@code campaign_var_1} (1..16) and {@code campaign_var_2} (1..15) one-hot, with an "other" column each, appended.
     */
    CAMPAIGN_ONE_HOT("campaign-one-hot"),
    /** Month of {@code created_at}, 1..12, appended (period feature: kept only if the time check agrees). */
    CREATED_MONTH("month"),
    /** Year of {@code signup_date}, 0 without a signup, appended (period feature). */
    SIGNUP_YEAR("signup-year"),
    /**
     * Products of the four activity pairs XGBoost splits on one under the other with the most gain (fitted on
     * January–September, {@code scripts/XGBoostInteractions.java}), appended.
     */
    ACTIVITY_INTERACTIONS("interactions"),
    /** 1 when {@code products_purchased} is absent, appended: v1's imputation alone folds "absent" into 0 or 1. */
    PRODUCTS_MISSING("products-missing");

    /** The activity pairs (1-based field numbers) of {@link #ACTIVITY_INTERACTIONS}. */
    private static final int[][] PAIRS = {{4, 9}, {2, 4}, {2, 11}, {2, 9}};

    /** The source name of features derived from every activity field. */
    public static final String ALL_ACTIVITY = LeadField.ALL_USER_ACTIVITY;

    static final int CAMPAIGN_1_VALUES = 16;
    static final int CAMPAIGN_2_VALUES = 15;

    private final String id;

    FeatureBlock(String id) {
        this.id = id;
    }

    /** The block's name in an encoder spec ({@code lead-features-v1+log1p+aggregates}). */
    public String id() {
        return id;
    }

    public static FeatureBlock ofId(String id) {
        for (FeatureBlock b : values()) {
            if (b.id.equals(id)) {
                return b;
            }
        }
        throw new IllegalArgumentException("unknown feature block '" + id + "'");
    }

    /** Names and sources of the features this block appends, in order (none for in-place transforms). */
    void appended(BiConsumer<String, String> add) {
        switch (this) {
            case LOG1P_ACTIVITY -> {}
            case ACTIVITY_AGGREGATES -> {
                // Derived from all twelve fields: one source of their own in explanations and importance.
                add.accept("activity_sum", ALL_ACTIVITY);
                add.accept("activity_nonzero", ALL_ACTIVITY);
                add.accept("activity_max", ALL_ACTIVITY);
            }
            case CAMPAIGN_ONE_HOT -> {
                for (int v = 1; v <= CAMPAIGN_1_VALUES; v++) {
                    add.accept("campaign_var_1_" + v, LeadField.CAMPAIGN_VAR_1.fieldName());
                }
                add.accept("campaign_var_1_other", LeadField.CAMPAIGN_VAR_1.fieldName());
                for (int v = 1; v <= CAMPAIGN_2_VALUES; v++) {
                    add.accept("campaign_var_2_" + v, LeadField.CAMPAIGN_VAR_2.fieldName());
                }
                add.accept("campaign_var_2_other", LeadField.CAMPAIGN_VAR_2.fieldName());
            }
            case ACTIVITY_INTERACTIONS -> {
                for (int[] pair : PAIRS) {
                    add.accept("user_activity_var_" + pair[0] + "_x_" + pair[1], ALL_ACTIVITY);
                }
            }
            case PRODUCTS_MISSING -> add.accept("products_purchased_missing", LeadField.PRODUCTS_PURCHASED.fieldName());
            case CREATED_MONTH -> add.accept("created_month", LeadField.CREATED_AT.fieldName());
            case SIGNUP_YEAR -> add.accept("signup_year", LeadField.SIGNUP_DATE.fieldName());
        }
    }

    /** The new name of v1 feature {@code v1Name} under this block (in-place transforms rename what they change). */
    String rename(String v1Name) {
        return this == LOG1P_ACTIVITY && v1Name.startsWith("user_activity_var_") ? "log1p_" + v1Name : v1Name;
    }

    /** Transforms v1's features in place ({@code out[offset..offset+24)}). */
    void transform(float[] out, int offset) {
        if (this == LOG1P_ACTIVITY) {
            int first = offset + Feature.USER_ACTIVITY_VAR_1.ordinal();
            for (int k = 0; k < Lead.ACTIVITY_COUNT; k++) {
                out[first + k] = (float) Math.log1p(out[first + k]);
            }
        }
    }

    /** Writes the appended features at {@code out[o..)}, returns the next free index. */
    int append(
            LocalDate createdAt,
            int campaignVar1,
            int campaignVar2,
            int productsPurchased,
            LocalDate signupDate,
            int[] userActivity,
            float[] out,
            int o) {
        switch (this) {
            case LOG1P_ACTIVITY -> {
                return o;
            }
            case ACTIVITY_AGGREGATES -> {
                int sum = 0;
                int nonZero = 0;
                int max = 0;
                for (int a : userActivity) {
                    sum += a;
                    nonZero += a != 0 ? 1 : 0;
                    max = Math.max(max, a);
                }
                out[o] = sum;
                out[o + 1] = nonZero;
                out[o + 2] = max;
                return o + 3;
            }
            case CAMPAIGN_ONE_HOT -> {
                o = oneHot(campaignVar1, CAMPAIGN_1_VALUES, out, o);
                return oneHot(campaignVar2, CAMPAIGN_2_VALUES, out, o);
            }
            case ACTIVITY_INTERACTIONS -> {
                for (int[] pair : PAIRS) {
                    out[o++] = userActivity[pair[0] - 1] * userActivity[pair[1] - 1];
                }
                return o;
            }
            case PRODUCTS_MISSING -> {
                out[o] = productsPurchased == LeadEncoder.UNKNOWN ? 1f : 0f;
                return o + 1;
            }
            case CREATED_MONTH -> {
                out[o] = createdAt.getMonthValue();
                return o + 1;
            }
            case SIGNUP_YEAR -> {
                out[o] = signupDate == null ? 0f : signupDate.getYear();
                return o + 1;
            }
        }
        throw new AssertionError(this);
    }

    /** Columns 1..values then "other" (any value outside 1..values, e.g. 0 or a campaign code never seen). */
    private static int oneHot(int value, int values, float[] out, int o) {
        for (int v = 1; v <= values + 1; v++) {
            out[o + v - 1] = 0f;
        }
        out[o + (value >= 1 && value <= values ? value - 1 : values)] = 1f;
        return o + values + 1;
    }

    /** Names of every block, for messages. */
    static List<String> ids() {
        return Arrays.stream(values()).map(FeatureBlock::id).toList();
    }
}
