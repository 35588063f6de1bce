package com.leadscoring.lead;

/**
 * One thing wrong with one field of a lead.
 *
 * @param field the field's data-set name, e.g. {@code signup_date}
 * @param reason a readable reason, e.g. {@code "must be a date (yyyy-MM-dd), got \"2021-02-30\""}
 */
public record FieldProblem(String field, String reason) {
    @Override
    public String toString() {
        return field + ": " + reason;
    }
}
