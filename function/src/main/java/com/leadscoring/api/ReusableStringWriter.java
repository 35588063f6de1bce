package com.leadscoring.api;

import java.io.Writer;

/**
 * A {@link Writer} into a StringBuilder kept from call to call (one per thread), unlike {@link java.io.StringWriter},
 * which synchronizes every write and starts small, growing by copies, for every response.
 */
final class ReusableStringWriter extends Writer {

    private final StringBuilder text = new StringBuilder(1 << 12);

    /** Empties the writer; the capacity stays. */
    ReusableStringWriter reset() {
        text.setLength(0);
        return this;
    }

    /** The builder itself, for text written without a generator. */
    StringBuilder text() {
        return text;
    }

    @Override
    public void write(char[] chars, int offset, int length) {
        text.append(chars, offset, length);
    }

    @Override
    public void write(String s, int offset, int length) {
        text.append(s, offset, offset + length);
    }

    @Override
    public void write(int c) {
        text.append((char) c);
    }

    @Override
    public void flush() {}

    @Override
    public void close() {}

    @Override
    public String toString() {
        return text.toString();
    }
}
