package com.leadscoring.drift;

import java.util.List;

/**
 * An invalid row of new leads, by position only: its line and the columns that failed, never their values (a lead's
 * data), so a drift report can be kept and passed around.
 *
 * @param line the 1-based line in the file (the header is line 1)
 * @param columns the columns with a problem ({@code (row)} when the row has the wrong number of cells)
 */
public record BadRow(long line, List<String> columns) {

    public BadRow {
        columns = List.copyOf(columns);
    }

    @Override
    public String toString() {
        return "line " + line + ": " + String.join(", ", columns);
    }
}
