package com.leadscoring.features;

import com.leadscoring.lead.LeadField;

/**
 * The model's input features, in vector order. Each names the lead field it is derived from, so explanations can group
 * a one-hot block or a derived value under the field a user knows.
 *
 * <p>Calendar features use day of week and day of month only: the month and the year of a lead do not carry over to
 * leads of a later period (a model trained on January–September has never seen October).
 */
public enum Feature {
    CAMPAIGN_VAR_1("campaign_var_1", LeadField.CAMPAIGN_VAR_1),
    CAMPAIGN_VAR_2("campaign_var_2", LeadField.CAMPAIGN_VAR_2),
    /** No products: either a 0, or missing without a signup (the seed's imputation rule). */
    PRODUCTS_PURCHASED_0("products_purchased_0", LeadField.PRODUCTS_PURCHASED),
    /** One product, or missing with a signup (the seed's imputation rule). */
    PRODUCTS_PURCHASED_1("products_purchased_1", LeadField.PRODUCTS_PURCHASED),
    PRODUCTS_PURCHASED_2("products_purchased_2", LeadField.PRODUCTS_PURCHASED),
    PRODUCTS_PURCHASED_3("products_purchased_3", LeadField.PRODUCTS_PURCHASED),
    PRODUCTS_PURCHASED_4("products_purchased_4", LeadField.PRODUCTS_PURCHASED),
    /** 1 when the lead has a signup date. */
    SIGNUP_PRESENT("signup_present", LeadField.SIGNUP_DATE),
    /** {@code created_at - signup_date} in days; 0 when there is no signup (the flag above tells the two apart). */
    DAYS_SIGNUP_TO_CREATED("days_signup_to_created", LeadField.SIGNUP_DATE),
    /** 1 when the signup is later than the lead's creation (happens in the data set). */
    SIGNUP_AFTER_CREATED("signup_after_created", LeadField.SIGNUP_DATE),
    /** ISO day of week of {@code created_at}, 1 (Monday) .. 7 (Sunday). */
    CREATED_DAY_OF_WEEK("created_day_of_week", LeadField.CREATED_AT),
    /** Day of month of {@code created_at}, 1..31. */
    CREATED_DAY_OF_MONTH("created_day_of_month", LeadField.CREATED_AT),
    USER_ACTIVITY_VAR_1("user_activity_var_1", LeadField.USER_ACTIVITY_VAR_1),
    USER_ACTIVITY_VAR_2("user_activity_var_2", LeadField.USER_ACTIVITY_VAR_2),
    USER_ACTIVITY_VAR_3("user_activity_var_3", LeadField.USER_ACTIVITY_VAR_3),
    USER_ACTIVITY_VAR_4("user_activity_var_4", LeadField.USER_ACTIVITY_VAR_4),
    USER_ACTIVITY_VAR_5("user_activity_var_5", LeadField.USER_ACTIVITY_VAR_5),
    USER_ACTIVITY_VAR_6("user_activity_var_6", LeadField.USER_ACTIVITY_VAR_6),
    USER_ACTIVITY_VAR_7("user_activity_var_7", LeadField.USER_ACTIVITY_VAR_7),
    USER_ACTIVITY_VAR_8("user_activity_var_8", LeadField.USER_ACTIVITY_VAR_8),
    USER_ACTIVITY_VAR_9("user_activity_var_9", LeadField.USER_ACTIVITY_VAR_9),
    USER_ACTIVITY_VAR_10("user_activity_var_10", LeadField.USER_ACTIVITY_VAR_10),
    USER_ACTIVITY_VAR_11("user_activity_var_11", LeadField.USER_ACTIVITY_VAR_11),
    USER_ACTIVITY_VAR_12("user_activity_var_12", LeadField.USER_ACTIVITY_VAR_12);

    private final String featureName;
    private final LeadField source;

    Feature(String featureName, LeadField source) {
        this.featureName = featureName;
        this.source = source;
    }

    /** The name recorded in a model's preprocessing parameters. */
    public String featureName() {
        return featureName;
    }

    /** The lead field this feature is derived from. */
    public LeadField source() {
        return source;
    }
}
