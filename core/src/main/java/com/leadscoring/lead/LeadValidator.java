package com.leadscoring.lead;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Turns a {@link RawLead} into a {@link Lead}, reporting every problem at once (missing, wrong type, out of range,
 * unparseable or impossible date). Two dialects: JSON is strict about types and takes ISO dates only; CSV cells are
 * text, so numbers are parsed from text and both date formats are accepted.
 *
 * <p>A reason says what the field expects (type, format, range) and at most the JSON type it found, never the value:
 * reasons reach API answers, batch answers, the {@code errors} column of scores.csv and logs, where a lead's data must
 * not.
 */
public final class LeadValidator {

    private static final LeadValidator JSON = new LeadValidator(false);
    private static final LeadValidator CSV = new LeadValidator(true);

    private final boolean textual;

    private LeadValidator(boolean textual) {
        this.textual = textual;
    }

    /** For API requests: integers must be JSON integers, dates {@code yyyy-MM-dd}. */
    public static LeadValidator forJson() {
        return JSON;
    }

    /** For CSV files: every value is text; dates {@code dd-MM-yyyy} or {@code yyyy-MM-dd}. */
    public static LeadValidator forCsv() {
        return CSV;
    }

    public LeadValidation validate(RawLead raw) {
        List<FieldProblem> problems = new ArrayList<>(2);
        String id = id(raw.value(LeadField.ID), problems);
        LocalDate createdAt = date(LeadField.CREATED_AT, raw.value(LeadField.CREATED_AT), problems);
        Integer campaign1 = integer(LeadField.CAMPAIGN_VAR_1, raw.value(LeadField.CAMPAIGN_VAR_1), problems);
        Integer campaign2 = integer(LeadField.CAMPAIGN_VAR_2, raw.value(LeadField.CAMPAIGN_VAR_2), problems);
        Integer products = integer(LeadField.PRODUCTS_PURCHASED, raw.value(LeadField.PRODUCTS_PURCHASED), problems);
        LocalDate signup = date(LeadField.SIGNUP_DATE, raw.value(LeadField.SIGNUP_DATE), problems);
        int[] activity = new int[Lead.ACTIVITY_COUNT];
        for (int k = 1; k <= Lead.ACTIVITY_COUNT; k++) {
            LeadField field = LeadField.userActivity(k);
            Integer v = integer(field, raw.value(field), problems);
            activity[k - 1] = v == null ? 0 : v;
        }
        if (!problems.isEmpty()) {
            return new LeadValidation(null, problems);
        }
        return new LeadValidation(new Lead(id, createdAt, campaign1, campaign2, products, signup, activity), List.of());
    }

    private static String id(RawValue value, List<FieldProblem> problems) {
        String name = LeadField.ID.fieldName();
        if (value instanceof RawValue.Missing) {
            problems.add(new FieldProblem(name, "is required"));
            return null;
        }
        if (value instanceof RawValue.Integral i) {
            return Long.toString(i.value());
        }
        if (value instanceof RawValue.Text t) {
            String s = t.value().strip();
            if (LeadField.acceptsIdText(s)) {
                return s;
            }
            problems.add(new FieldProblem(
                    name,
                    s.isEmpty() ? "must not be blank" : "must be at most " + LeadField.MAX_ID_LENGTH + " characters"));
            return null;
        }
        problems.add(
                new FieldProblem(name, "must be a string or an integer, found " + ((RawValue.Other) value).type()));
        return null;
    }

    private Integer integer(LeadField field, RawValue value, List<FieldProblem> problems) {
        String name = field.fieldName();
        long v;
        if (value instanceof RawValue.Missing) {
            if (!field.nullable()) {
                problems.add(new FieldProblem(name, "is required"));
            }
            return null;
        } else if (value instanceof RawValue.Integral i) {
            v = i.value();
        } else if (value instanceof RawValue.Text t && textual) {
            String s = t.value().strip();
            try {
                v = Long.parseLong(s);
            } catch (NumberFormatException e) {
                problems.add(new FieldProblem(name, "must be an integer " + range(field)));
                return null;
            }
        } else {
            String type = value instanceof RawValue.Other o ? o.type() : "a string";
            problems.add(new FieldProblem(name, "must be an integer " + range(field) + ", found " + type));
            return null;
        }
        if (!field.accepts(v)) {
            problems.add(new FieldProblem(name, "must be " + range(field)));
            return null;
        }
        return (int) v;
    }

    private LocalDate date(LeadField field, RawValue value, List<FieldProblem> problems) {
        String name = field.fieldName();
        if (value instanceof RawValue.Missing) {
            if (!field.nullable()) {
                problems.add(new FieldProblem(name, "is required"));
            }
            return null;
        }
        if (!(value instanceof RawValue.Text t)) {
            String type = value instanceof RawValue.Other o ? o.type() : "a number";
            problems.add(new FieldProblem(name, "must be a date string (" + formats() + "), found " + type));
            return null;
        }
        LocalDate d = LeadDates.parse(t.value(), textual);
        if (d == null) {
            problems.add(new FieldProblem(name, "must be a valid date (" + formats() + ")"));
            return null;
        }
        if (!LeadDates.isPossible(d)) {
            problems.add(new FieldProblem(
                    name, "must be between " + LeadField.EARLIEST_DATE + " and " + LeadField.LATEST_DATE));
            return null;
        }
        return d;
    }

    private String formats() {
        return textual ? "dd-MM-yyyy or yyyy-MM-dd" : "yyyy-MM-dd";
    }

    private static String range(LeadField field) {
        return "between " + field.min() + " and " + field.max();
    }
}
