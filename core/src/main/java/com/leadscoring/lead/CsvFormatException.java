package com.leadscoring.lead;

import java.io.IOException;

/** A CSV file that cannot be read as leads at all: no header, a missing column, broken quoting. */
public class CsvFormatException extends IOException {
    private static final long serialVersionUID = 1L;

    public CsvFormatException(String message) {
        super(message);
    }

    public CsvFormatException(String message, Throwable cause) {
        super(message, cause);
    }
}
