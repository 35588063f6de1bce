package com.leadscoring.features;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Set;

import com.leadscoring.lead.Lead;
import com.leadscoring.lead.LeadField;
import com.leadscoring.lead.RawValue;

/**
 * One lead's fields while a streaming parser reads them (the API's request parser, the batch handler's reader), reused
 * lead after lead: values that pass the shared rules ({@link LeadField#accepts},
 * {@link com.leadscoring.lead.LeadDates}) as primitives, anything else as the {@link RawValue} it arrived as. A lead
 * with any such value is handed whole to the {@link com.leadscoring.lead.LeadValidator}, so its problems are exactly
 * the validator's.
 */
public final class LeadSlots {

    private static final LeadField[] FIELDS = LeadField.values();
    private static final int REQUIRED;
    private static final int ALL = (1 << FIELDS.length) - 1;

    static {
        int required = 0;
        for (LeadField f : FIELDS) {
            required |= f.nullable() ? 0 : 1 << f.ordinal();
        }
        REQUIRED = required;
    }

    /** Fields present (null included), by ordinal bit: what duplicate detection and "is required" look at. */
    private int seen;
    /** Whether some value did not pass the fast rules, so the lead must go through the validator. */
    private boolean slow;
    /** Values kept as they arrived (null or not passing the fast rules), by ordinal; {@code null} when not kept. */
    private final RawValue[] raw = new RawValue[FIELDS.length];

    private final int[] integers = new int[FIELDS.length];
    private final int[] activity = new int[Lead.ACTIVITY_COUNT];
    private LocalDate createdAt;
    private LocalDate signupDate;
    /** The id to echo: a stripped String or a Long. */
    private Object id;

    private Set<String> unknownNames;

    public void reset() {
        seen = 0;
        slow = false;
        Arrays.fill(raw, null);
        createdAt = null;
        signupDate = null;
        id = null;
        unknownNames = null;
    }

    /** Marks {@code field} as present; {@code false} when it already was (a duplicate key). */
    public boolean see(LeadField field) {
        int bit = 1 << field.ordinal();
        boolean first = (seen & bit) == 0;
        seen |= bit;
        return first;
    }

    /** Records an unknown field's name; {@code false} when it already was (a duplicate key). */
    public boolean seeUnknown(String name) {
        if (unknownNames == null) {
            unknownNames = new HashSet<>(4);
        }
        return unknownNames.add(name);
    }

    public void integer(LeadField field, int value) {
        integers[field.ordinal()] = value;
    }

    public void date(LeadField field, LocalDate value) {
        if (field == LeadField.CREATED_AT) {
            createdAt = value;
        } else {
            signupDate = value;
        }
    }

    public void id(Object value) {
        id = value;
    }

    /** A value the fast rules did not accept (or a null): the validator will judge it. */
    public void raw(LeadField field, RawValue value) {
        raw[field.ordinal()] = value;
        slow |= value != RawValue.MISSING || !field.nullable();
    }

    /** Whether the lead carried {@code field} at all (null and blank included). */
    public boolean present(LeadField field) {
        return (seen & 1 << field.ordinal()) != 0;
    }

    /** Whether every field of the schema was present, as a CSV row with every column has them. */
    public boolean allPresent() {
        return seen == ALL;
    }

    /** Whether every value passed the fast rules and every required field is present. */
    public boolean valid() {
        return !slow && (seen & REQUIRED) == REQUIRED;
    }

    public Object id() {
        return id;
    }

    /** Encodes a {@link #valid()} lead with {@code encoder} into {@code out[offset .. offset+size)}. */
    public void encode(LeadEncoder encoder, float[] out, int offset) {
        for (int k = 1; k <= Lead.ACTIVITY_COUNT; k++) {
            activity[k - 1] = integers[LeadField.userActivity(k).ordinal()];
        }
        int products = (seen & 1 << LeadField.PRODUCTS_PURCHASED.ordinal()) != 0
                        && raw[LeadField.PRODUCTS_PURCHASED.ordinal()] == null
                ? integers[LeadField.PRODUCTS_PURCHASED.ordinal()]
                : LeadEncoder.UNKNOWN;
        encoder.encode(
                createdAt,
                integers[LeadField.CAMPAIGN_VAR_1.ordinal()],
                integers[LeadField.CAMPAIGN_VAR_2.ordinal()],
                products,
                signupDate,
                activity,
                out,
                offset);
    }

    /**
     * The lead's values as the validator sees them: a kept value as it arrived; an accepted one as an equivalent raw
     * value (the fast rules accepted it, and the validator's rules are the same, so it accepts it too).
     */
    public RawValue value(LeadField field) {
        int i = field.ordinal();
        if ((seen & 1 << i) == 0) {
            return RawValue.MISSING;
        }
        if (raw[i] != null) {
            return raw[i];
        }
        return switch (field.kind()) {
            case INTEGER -> new RawValue.Integral(integers[i]);
            case DATE -> new RawValue.Text((field == LeadField.CREATED_AT ? createdAt : signupDate).toString());
            case ID -> id instanceof Long l ? new RawValue.Integral(l) : new RawValue.Text((String) id);
        };
    }
}
