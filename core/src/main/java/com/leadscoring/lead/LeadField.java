package com.leadscoring.lead;

import java.time.LocalDate;
import java.util.Collections;
import java.util.HashMap;
import java.util.Map;

/**
 * The fields of a lead, by their data-set (and API) names, with the type and range each accepts. The ranges are wide
 * enough for future campaigns but reject what cannot be a real lead.
 */
public enum LeadField {
    ID("id", Kind.ID, false, 0, 0),
    CREATED_AT("created_at", Kind.DATE, false, 0, 0),
    CAMPAIGN_VAR_1("campaign_var_1", Kind.INTEGER, false, 0, 999),
    CAMPAIGN_VAR_2("campaign_var_2", Kind.INTEGER, false, 0, 999),
    PRODUCTS_PURCHASED("products_purchased", Kind.INTEGER, true, 0, LeadField.MAX_PRODUCTS),
    SIGNUP_DATE("signup_date", Kind.DATE, true, 0, 0),
    USER_ACTIVITY_VAR_1("user_activity_var_1", Kind.INTEGER, false, 0, 9999),
    USER_ACTIVITY_VAR_2("user_activity_var_2", Kind.INTEGER, false, 0, 9999),
    USER_ACTIVITY_VAR_3("user_activity_var_3", Kind.INTEGER, false, 0, 9999),
    USER_ACTIVITY_VAR_4("user_activity_var_4", Kind.INTEGER, false, 0, 9999),
    USER_ACTIVITY_VAR_5("user_activity_var_5", Kind.INTEGER, false, 0, 9999),
    USER_ACTIVITY_VAR_6("user_activity_var_6", Kind.INTEGER, false, 0, 9999),
    USER_ACTIVITY_VAR_7("user_activity_var_7", Kind.INTEGER, false, 0, 9999),
    USER_ACTIVITY_VAR_8("user_activity_var_8", Kind.INTEGER, false, 0, 9999),
    USER_ACTIVITY_VAR_9("user_activity_var_9", Kind.INTEGER, false, 0, 9999),
    USER_ACTIVITY_VAR_10("user_activity_var_10", Kind.INTEGER, false, 0, 9999),
    USER_ACTIVITY_VAR_11("user_activity_var_11", Kind.INTEGER, false, 0, 9999),
    USER_ACTIVITY_VAR_12("user_activity_var_12", Kind.INTEGER, false, 0, 9999);

    /** Largest {@code products_purchased} the one-hot encoding has a slot for. */
    public static final int MAX_PRODUCTS = 4;
    /** Dates outside this range cannot belong to a real lead (typos such as 0000-01-01 or 2921-05-01). */
    public static final LocalDate EARLIEST_DATE = LocalDate.of(1990, 1, 1);

    public static final LocalDate LATEST_DATE = LocalDate.of(2099, 12, 31);
    /** Longest id accepted, in characters. */
    public static final int MAX_ID_LENGTH = 128;

    /** The value type a field holds. */
    public enum Kind {
        ID,
        DATE,
        INTEGER
    }

    private static final Map<String, LeadField> BY_NAME;
    /** {@code values()} clones its array on every call; the encoder asks for 12 fields per lead. */
    private static final LeadField[] VALUES = values();

    static {
        Map<String, LeadField> byName = new HashMap<>();
        for (LeadField f : values()) {
            byName.put(f.fieldName, f);
        }
        BY_NAME = Collections.unmodifiableMap(byName);
    }

    private final String fieldName;
    private final Kind kind;
    private final boolean nullable;
    private final int min;
    private final int max;

    LeadField(String fieldName, Kind kind, boolean nullable, int min, int max) {
        this.fieldName = fieldName;
        this.kind = kind;
        this.nullable = nullable;
        this.min = min;
        this.max = max;
    }

    /** The name used in CSV headers and JSON requests. */
    public String fieldName() {
        return fieldName;
    }

    public Kind kind() {
        return kind;
    }

    /** Whether the field may be absent (missing cell, JSON null or absent key). */
    public boolean nullable() {
        return nullable;
    }

    /** Smallest accepted value of an {@link Kind#INTEGER} field. */
    public int min() {
        return min;
    }

    /** Largest accepted value of an {@link Kind#INTEGER} field. */
    public int max() {
        return max;
    }

    /**
     * Whether {@code value} is within {@link #min()}..{@link #max()}: the range rule of an {@link Kind#INTEGER} field.
     */
    public boolean accepts(long value) {
        return value >= min && value <= max;
    }

    /** Whether {@code stripped} (an id's text, already stripped) is an acceptable id: not blank, not too long. */
    public static boolean acceptsIdText(String stripped) {
        return !stripped.isEmpty() && stripped.length() <= MAX_ID_LENGTH;
    }

    /** The field called {@code name}, or {@code null}. */
    /**
     * The name that stands for every {@code user_activity_var_k} at once: the source of the features a search encoder
     * derives from all activity fields together (a factor names it, and {@link FieldLabels} may label it).
     */
    public static final String ALL_USER_ACTIVITY = "user_activity_var_*";

    public static LeadField byName(String name) {
        return BY_NAME.get(name);
    }

    /** {@code user_activity_var_k} for k in 1..12. */
    public static LeadField userActivity(int k) {
        return VALUES[USER_ACTIVITY_VAR_1.ordinal() + k - 1];
    }
}
