package com.leadscoring.lead;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.Objects;

/**
 * One lead as the data set describes it. The training label {@code buy} is deliberately not part of a lead.
 *
 * @param id the lead's id, as text (numeric ids keep their digits)
 * @param createdAt the day the lead was created
 * @param campaignVar1 campaign descriptor 1
 * @param campaignVar2 campaign descriptor 2
 * @param productsPurchased products purchased, or {@code null} when unknown
 * @param signupDate the day the lead signed up, or {@code null} when it never did
 * @param userActivity {@code user_activity_var_1..12}, index 0 holds var 1
 */
public record Lead(
        String id,
        LocalDate createdAt,
        int campaignVar1,
        int campaignVar2,
        Integer productsPurchased,
        LocalDate signupDate,
        int[] userActivity) {

    /** Number of {@code user_activity_var_*} fields. */
    public static final int ACTIVITY_COUNT = 12;

    public Lead {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(userActivity, "userActivity");
        if (userActivity.length != ACTIVITY_COUNT) {
            throw new IllegalArgumentException(
                    "userActivity must hold " + ACTIVITY_COUNT + " values, not " + userActivity.length);
        }
        userActivity = userActivity.clone();
    }

    /** {@code user_activity_var_k} for k in 1..12. */
    public int userActivityVar(int k) {
        return userActivity[k - 1];
    }

    /**
     * The value of {@code field}: the id as text, a date as {@link LocalDate}, a number as {@link Integer}, or
     * {@code null} for a missing optional field. Writers walk {@link LeadField} with it, so none lists the fields.
     */
    public Object value(LeadField field) {
        return switch (field) {
            case ID -> id;
            case CREATED_AT -> createdAt;
            case CAMPAIGN_VAR_1 -> campaignVar1;
            case CAMPAIGN_VAR_2 -> campaignVar2;
            case PRODUCTS_PURCHASED -> productsPurchased;
            case SIGNUP_DATE -> signupDate;
            default -> userActivity[field.ordinal() - LeadField.USER_ACTIVITY_VAR_1.ordinal()];
        };
    }

    @Override
    public int[] userActivity() {
        return userActivity.clone();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Lead other
                && id.equals(other.id)
                && createdAt.equals(other.createdAt)
                && campaignVar1 == other.campaignVar1
                && campaignVar2 == other.campaignVar2
                && Objects.equals(productsPurchased, other.productsPurchased)
                && Objects.equals(signupDate, other.signupDate)
                && Arrays.equals(userActivity, other.userActivity);
    }

    @Override
    public int hashCode() {
        return Objects.hash(
                id,
                createdAt,
                campaignVar1,
                campaignVar2,
                productsPurchased,
                signupDate,
                Arrays.hashCode(userActivity));
    }

    @Override
    public String toString() {
        return "Lead[id=" + id + ", createdAt=" + createdAt + ", campaignVar1=" + campaignVar1 + ", campaignVar2="
                + campaignVar2
                + ", productsPurchased=" + productsPurchased + ", signupDate=" + signupDate
                + ", userActivity=" + Arrays.toString(userActivity) + "]";
    }
}
