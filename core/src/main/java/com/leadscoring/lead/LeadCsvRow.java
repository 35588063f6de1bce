package com.leadscoring.lead;

import java.util.Map;
import java.util.stream.Collectors;

/**
 * One data row of a lead CSV.
 *
 * @param line the 1-based line number in the file (the header is line 1)
 * @param validation the lead, or every problem with this row's cells
 * @param extras the cells of the extra columns the reader was asked for (e.g. {@code buy}), by column name
 */
public record LeadCsvRow(long line, LeadValidation validation, Map<String, String> extras) {

    public LeadCsvRow {
        extras = Map.copyOf(extras);
    }

    public boolean valid() {
        return validation.valid();
    }

    public Lead lead() {
        return validation.lead();
    }

    /** The text of an extra column; empty when the cell is empty. */
    public String extra(String column) {
        return extras.getOrDefault(column, "");
    }

    /** Every problem of this row, each prefixed by line and column: {@code line 7, column signup_date: ...}. */
    public String describeProblems() {
        return validation.problems().stream()
                .map(p -> "line " + line + ", column " + p.field() + ": " + p.reason())
                .collect(Collectors.joining("; "));
    }
}
