package com.leadscoring.lead;

/**
 * A field's value as it arrived, before validation: from a CSV cell or a JSON token. Keeping the source type lets
 * validation say "wrong type" instead of guessing.
 */
public sealed interface RawValue {

    /** Absent, empty cell or JSON null. */
    record Missing() implements RawValue {}

    /** Text: every CSV cell, or a JSON string. */
    record Text(String value) implements RawValue {}

    /** A JSON integer (kept wide so that out-of-range values can be reported, not overflowed). */
    record Integral(long value) implements RawValue {}

    /** Any other JSON type; {@code type} names it for the error message (e.g. "a decimal number", "an object"). */
    record Other(String type) implements RawValue {}

    RawValue MISSING = new Missing();
}
