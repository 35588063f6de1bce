package com.leadscoring.lead;

/**
 * One thing wrong with one field of a lead.
 *
 * @param field the field's data-set name, e.g. {@code signup_date}
 * @param reason what the field expects, never its value, e.g. {@code "must be a valid date (yyyy-MM-dd)"}
 */
public record FieldProblem(String field, String reason) {
    @Override
    public String toString() {
        return field + ": " + reason;
    }
}
