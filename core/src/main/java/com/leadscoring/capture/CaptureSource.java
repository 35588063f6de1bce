package com.leadscoring.capture;

import java.util.Locale;

/** Which path scored a captured lead: the API, or a rescoring run (the batch handler, {@code score}). */
public enum CaptureSource {
    API,
    RESCORE;

    /** The name in a capture record: {@code api} or {@code rescore}. */
    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The source named {@code name}; {@link IllegalArgumentException} for any other text. */
    public static CaptureSource byWireName(String name) {
        for (CaptureSource s : values()) {
            if (s.wireName().equals(name)) {
                return s;
            }
        }
        throw new IllegalArgumentException("must be api or rescore");
    }
}
