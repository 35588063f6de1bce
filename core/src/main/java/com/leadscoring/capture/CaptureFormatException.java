package com.leadscoring.capture;

import java.io.IOException;

/** A capture line or file that cannot be read; the message names the file, line and field, never a value. */
public class CaptureFormatException extends IOException {
    private static final long serialVersionUID = 1L;

    public CaptureFormatException(String message) {
        super(message);
    }

    public CaptureFormatException(String message, Throwable cause) {
        super(message, cause);
    }
}
