package com.leadscoring.batch;

import java.io.IOException;
import java.util.Locale;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.io.JsonEOFException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;

/**
 * Jackson's parse failures in this project's words: where (the file, and Jackson's line and column, which count lines
 * of the text parsed) and what kind of failure, never Jackson's own message, which quotes the offending token (for a
 * result file, a lead's data: {@code Unrecognized token 'L0,28-02-2021'}).
 */
final class JsonFailure {

    private JsonFailure() {}

    /** {@code where} (a file, or a field holding JSON text) and the position and kind of {@code e}. */
    static IOException of(String where, JsonProcessingException e) {
        JsonLocation at = e.getLocation();
        String position = at == null || at.getLineNr() < 1
                ? ""
                : String.format(Locale.ROOT, ": line %d, column %d", at.getLineNr(), at.getColumnNr());
        String kind;
        if (e instanceof JsonEOFException) {
            kind = "the JSON ends before its value does (truncated?)";
        } else if (e instanceof MismatchedInputException) {
            kind = "no JSON value where one was expected";
        } else {
            kind = "not valid JSON";
        }
        // No cause attached: a logged stack trace would print the cause's message, text and all.
        return new IOException(where + position + ": " + kind);
    }
}
