package com.leadscoring.drift;

import java.time.DayOfWeek;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import com.leadscoring.features.Feature;
import com.leadscoring.lead.Lead;
import com.leadscoring.lead.LeadField;

/**
 * One source field of a lead as drift monitoring looks at it. Integer fields are taken as they are (the encoder's
 * inputs, missing kept apart); the two dates are taken as the encoder sees them ({@link Feature}): {@code signup_date}
 * as days from signup to creation (missing when there is no signup), {@code created_at} as its day of week. A raw date
 * would always look shifted, as new leads are always newer.
 *
 * @param field the lead field
 * @param view what is measured, for tables
 */
public record LeadView(LeadField field, String view) {

    private static final List<LeadView> ALL;

    static {
        List<LeadView> all = new ArrayList<>();
        for (LeadField f : LeadField.values()) {
            switch (f) {
                case ID -> {}
                case CREATED_AT -> all.add(new LeadView(f, "day of week"));
                case SIGNUP_DATE -> all.add(new LeadView(f, "days from signup to created_at, or missing"));
                default -> all.add(new LeadView(f, f.nullable() ? "value, or missing" : "value"));
            }
        }
        ALL = List.copyOf(all);
    }

    /** Every source field the encoder reads, in {@link LeadField} order. */
    public static List<LeadView> all() {
        return ALL;
    }

    public String name() {
        return field.fieldName();
    }

    public boolean nullable() {
        return field.nullable();
    }

    /** Bin labels for tables: days of week by name, other views as the binning labels them. */
    public List<String> labels(Binning binning) {
        List<String> labels = binning.labels();
        if (field != LeadField.CREATED_AT || !Binning.CATEGORIES.equals(binning.kind())) {
            return labels;
        }
        List<String> named = new ArrayList<>(labels);
        int[] days = binning.categories();
        for (int i = 0; i < days.length; i++) {
            if (days[i] >= 1 && days[i] <= 7) {
                named.set(i, DayOfWeek.of(days[i]).getDisplayName(TextStyle.SHORT, Locale.ROOT));
            }
        }
        return named;
    }

    /**
     * This view's value of a lead, or NaN when missing.
     *
     * @param encoded the lead's raw feature vector from {@link com.leadscoring.features.FeatureEncoder}, so the derived
     *     date values are the encoder's own
     */
    public double value(Lead lead, float[] encoded) {
        return switch (field) {
            case CREATED_AT -> encoded[Feature.CREATED_DAY_OF_WEEK.ordinal()];
            case SIGNUP_DATE ->
                encoded[Feature.SIGNUP_PRESENT.ordinal()] == 1f
                        ? encoded[Feature.DAYS_SIGNUP_TO_CREATED.ordinal()]
                        : Double.NaN;
            case CAMPAIGN_VAR_1 -> lead.campaignVar1();
            case CAMPAIGN_VAR_2 -> lead.campaignVar2();
            case PRODUCTS_PURCHASED -> lead.productsPurchased() == null ? Double.NaN : lead.productsPurchased();
            case ID -> throw new IllegalStateException("the id is not a model input");
            default -> lead.userActivityVar(field.ordinal() - LeadField.USER_ACTIVITY_VAR_1.ordinal() + 1);
        };
    }
}
