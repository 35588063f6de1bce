package com.leadscoring.wire;

/**
 * JSON strings as UTF-8 bytes straight into a byte buffer, for text built as bytes (capture lines): escaped as
 * {@link JsonText} escapes them (Jackson's rules: {@code "}, {@code \} and control characters, the usual five by their
 * short escapes, the others as a six-byte unicode escape), every other character UTF-8 encoded; a lone surrogate
 * becomes {@code ?}, as {@code String.getBytes(UTF_8)} writes it.
 */
public final class JsonBytes {

    /** The most bytes one char of a string takes: a control character's six-byte unicode escape. */
    public static final int MAX_BYTES_PER_CHAR = 6;

    private static final byte[] HEX = {'0', '1', '2', '3', '4', '5', '6', '7', '8', '9', 'A', 'B', 'C', 'D', 'E', 'F'};

    private JsonBytes() {}

    /**
     * {@code s} as a quoted JSON string into {@code b} from {@code at}, which has {@code 2 + MAX_BYTES_PER_CHAR ×
     * s.length()} bytes free; returns where it ends.
     */
    public static int string(byte[] b, int at, String s) {
        b[at++] = '"';
        at = content(b, at, s);
        b[at++] = '"';
        return at;
    }

    /** {@code s} escaped as inside a JSON string, without the quotes; returns where it ends. */
    public static int content(byte[] b, int at, String s) {
        for (int i = 0, n = s.length(); i < n; i++) {
            char c = s.charAt(i);
            if (c < 0x80) {
                if (c >= 0x20 && c != '"' && c != '\\') {
                    b[at++] = (byte) c;
                } else {
                    at = escape(b, at, c);
                }
            } else if (c < 0x800) {
                b[at++] = (byte) (0xC0 | c >> 6);
                b[at++] = (byte) (0x80 | c & 0x3F);
            } else if (!Character.isSurrogate(c)) {
                b[at++] = (byte) (0xE0 | c >> 12);
                b[at++] = (byte) (0x80 | c >> 6 & 0x3F);
                b[at++] = (byte) (0x80 | c & 0x3F);
            } else if (Character.isHighSurrogate(c) && i + 1 < n && Character.isLowSurrogate(s.charAt(i + 1))) {
                int cp = Character.toCodePoint(c, s.charAt(++i));
                b[at++] = (byte) (0xF0 | cp >> 18);
                b[at++] = (byte) (0x80 | cp >> 12 & 0x3F);
                b[at++] = (byte) (0x80 | cp >> 6 & 0x3F);
                b[at++] = (byte) (0x80 | cp & 0x3F);
            } else {
                b[at++] = '?';
            }
        }
        return at;
    }

    private static int escape(byte[] b, int at, char c) {
        b[at++] = '\\';
        switch (c) {
            case '"', '\\' -> b[at++] = (byte) c;
            case '\b' -> b[at++] = 'b';
            case '\t' -> b[at++] = 't';
            case '\n' -> b[at++] = 'n';
            case '\f' -> b[at++] = 'f';
            case '\r' -> b[at++] = 'r';
            default -> {
                b[at++] = 'u';
                b[at++] = '0';
                b[at++] = '0';
                b[at++] = HEX[c >> 4];
                b[at++] = HEX[c & 0xF];
            }
        }
        return at;
    }
}
