package com.leadscoring.wire;

/**
 * Text to the UTF-8 bytes of a JSON string's content in one pass, exactly as Jackson's UTF-8 generator writes a string
 * (property-tested against it): {@code "} and {@code \} and the control characters escaped (the usual five by their
 * short escapes, the others as six-byte unicode escapes), every surrogate as its own unicode escape (the generator does
 * not combine pairs), everything else UTF-8 encoded as it is. For a response's body: a 1,000-lead answer is about 200
 * KB of text, which the generator would take as a String and escape through its per-segment bookkeeping.
 */
public final class JsonStringEscaper {

    /** The most bytes one char takes: a six-byte escape. */
    public static final int MAX_BYTES_PER_CHAR = 6;

    private static final byte[] HEX = {'0', '1', '2', '3', '4', '5', '6', '7', '8', '9', 'A', 'B', 'C', 'D', 'E', 'F'};

    private JsonStringEscaper() {}

    /**
     * {@code text[from, to)} escaped into {@code out} from {@code at}, which has {@code MAX_BYTES_PER_CHAR × (to -
     * from)} bytes free; returns where it ends.
     */
    public static int escape(char[] text, int from, int to, byte[] out, int at) {
        for (int i = from; i < to; i++) {
            char c = text[i];
            if (c < 0x80) {
                if (c >= 0x20 && c != '"' && c != '\\') {
                    out[at++] = (byte) c;
                } else {
                    at = escapeAscii(out, at, c);
                }
            } else if (c < 0x800) {
                out[at++] = (byte) (0xC0 | c >> 6);
                out[at++] = (byte) (0x80 | c & 0x3F);
            } else if (!Character.isSurrogate(c)) {
                out[at++] = (byte) (0xE0 | c >> 12);
                out[at++] = (byte) (0x80 | c >> 6 & 0x3F);
                out[at++] = (byte) (0x80 | c & 0x3F);
            } else {
                at = unicodeEscape(out, at, c);
            }
        }
        return at;
    }

    private static int escapeAscii(byte[] out, int at, char c) {
        switch (c) {
            case '"', '\\' -> {
                out[at++] = '\\';
                out[at++] = (byte) c;
            }
            case '\b' -> at = shortEscape(out, at, 'b');
            case '\t' -> at = shortEscape(out, at, 't');
            case '\n' -> at = shortEscape(out, at, 'n');
            case '\f' -> at = shortEscape(out, at, 'f');
            case '\r' -> at = shortEscape(out, at, 'r');
            default -> at = unicodeEscape(out, at, c);
        }
        return at;
    }

    private static int shortEscape(byte[] out, int at, char letter) {
        out[at++] = '\\';
        out[at++] = (byte) letter;
        return at;
    }

    private static int unicodeEscape(byte[] out, int at, char c) {
        out[at++] = '\\';
        out[at++] = 'u';
        out[at++] = HEX[c >> 12];
        out[at++] = HEX[c >> 8 & 0xF];
        out[at++] = HEX[c >> 4 & 0xF];
        out[at++] = HEX[c & 0xF];
        return at;
    }
}
