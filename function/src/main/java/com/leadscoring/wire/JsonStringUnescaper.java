package com.leadscoring.wire;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;

/**
 * A JSON string literal in UTF-8 bytes to its value as UTF-8 bytes in one pass, without a String between: escapes
 * unescaped (unicode escapes and their surrogate pairs encoded), canonical UTF-8 copied as it is. The value is what
 * {@code String.getBytes(UTF_8)} of Jackson's reading of the same literal gives (property-tested). What it does not
 * decode (an invalid escape, a raw control character, a missing closing quote, a lone surrogate escape, UTF-8 that is
 * overlong, encodes a surrogate or is invalid) it leaves to Jackson: -1, and the caller asks the parser, which reads it
 * as it always did or says where it is malformed.
 */
public final class JsonStringUnescaper {

    private static final VarHandle LONGS = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
    private static final long ONES = 0x0101010101010101L;
    private static final long HIGHS = 0x8080808080808080L;

    private JsonStringUnescaper() {}

    /**
     * The value of the string literal whose opening quote is {@code json[quote]}, within {@code json[..limit)}, into
     * {@code out} from 0 ({@code out} has at least {@code limit - quote} bytes: a value is never longer than its
     * literal); returns where its closing quote is and the value's length, {@code (long) closingQuote << 32 | length},
     * or -1 (left to Jackson).
     */
    public static long unescape(byte[] json, int quote, int limit, byte[] out) {
        int i = quote + 1;
        int o = 0;
        while (i < limit) {
            if (i + 8 <= limit) {
                // Eight bytes at a time, stored whole (the value is never longer than the literal read so far: o + 8
                // stays within out), up to the first that is not printable ASCII or is a quote or backslash.
                long v = (long) LONGS.get(json, i);
                LONGS.set(out, o, v);
                long special = special(v);
                if (special == 0) {
                    i += 8;
                    o += 8;
                    continue;
                }
                int plain = Long.numberOfTrailingZeros(special) >>> 3;
                i += plain;
                o += plain;
            }
            byte b = json[i];
            // Printable ASCII, the bulk of a body (a negative byte is non-ASCII).
            if (b >= 0x20 && b != '"' && b != '\\') {
                out[o++] = b;
                i++;
            } else if (b == '"') {
                return (long) i << 32 | o;
            } else if (b == '\\') {
                if (i + 1 >= limit) {
                    return -1;
                }
                byte e = json[i + 1];
                i += 2;
                switch (e) {
                    case '"', '\\', '/' -> out[o++] = e;
                    case 'b' -> out[o++] = '\b';
                    case 'f' -> out[o++] = '\f';
                    case 'n' -> out[o++] = '\n';
                    case 'r' -> out[o++] = '\r';
                    case 't' -> out[o++] = '\t';
                    case 'u' -> {
                        int c = hex4(json, i, limit);
                        if (c < 0) {
                            return -1;
                        }
                        i += 4;
                        if (Character.isSurrogate((char) c)) {
                            int low = Character.isHighSurrogate((char) c)
                                            && i + 6 <= limit
                                            && json[i] == '\\'
                                            && json[i + 1] == 'u'
                                    ? hex4(json, i + 2, limit)
                                    : -1;
                            if (low < 0 || !Character.isLowSurrogate((char) low)) {
                                return -1; // a lone surrogate: Jackson's String, then '?'
                            }
                            i += 6;
                            o = codePoint(out, o, Character.toCodePoint((char) c, (char) low));
                        } else {
                            o = codePoint(out, o, c);
                        }
                    }
                    default -> {
                        return -1;
                    }
                }
            } else if (b >= 0) {
                return -1; // a raw control character
            } else {
                int n = canonicalLength(json, i, limit);
                if (n < 0) {
                    return -1;
                }
                for (int k = 0; k < n; k++) {
                    out[o++] = json[i++];
                }
            }
        }
        return -1;
    }

    /**
     * The high bit of each byte of {@code v} that is a quote, a backslash, a control character or not ASCII; exact for
     * the lowest such byte (a byte's borrow can only mark bytes above it).
     */
    private static long special(long v) {
        long quotes = v ^ 0x2222222222222222L;
        long backslashes = v ^ 0x5C5C5C5C5C5C5C5CL;
        return ((quotes - ONES) & ~quotes | (backslashes - ONES) & ~backslashes | (v - 0x2020202020202020L) & ~v | v)
                & HIGHS;
    }

    /** The four hex digits at {@code json[at]} as a char's value, or -1. */
    private static int hex4(byte[] json, int at, int limit) {
        if (at + 4 > limit) {
            return -1;
        }
        int c = 0;
        for (int k = at; k < at + 4; k++) {
            int d = Character.digit(json[k], 16); // a negative byte (non-ASCII) is no digit
            if (d < 0) {
                return -1;
            }
            c = c << 4 | d;
        }
        return c;
    }

    private static int codePoint(byte[] out, int o, int c) {
        if (c < 0x80) {
            out[o++] = (byte) c;
        } else if (c < 0x800) {
            out[o++] = (byte) (0xC0 | c >> 6);
            out[o++] = (byte) (0x80 | c & 0x3F);
        } else if (c < 0x10000) {
            out[o++] = (byte) (0xE0 | c >> 12);
            out[o++] = (byte) (0x80 | c >> 6 & 0x3F);
            out[o++] = (byte) (0x80 | c & 0x3F);
        } else {
            out[o++] = (byte) (0xF0 | c >> 18);
            out[o++] = (byte) (0x80 | c >> 12 & 0x3F);
            out[o++] = (byte) (0x80 | c >> 6 & 0x3F);
            out[o++] = (byte) (0x80 | c & 0x3F);
        }
        return o;
    }

    /**
     * The length of the well-formed, shortest-form UTF-8 sequence of a scalar value at {@code json[i]} (2 to 4), or -1
     * (overlong, a surrogate, above U+10FFFF, truncated or not UTF-8): only such a sequence reads back as itself.
     */
    private static int canonicalLength(byte[] json, int i, int limit) {
        int b0 = json[i] & 0xFF;
        int n;
        int min = 0x80;
        int max = 0xBF;
        if (b0 >= 0xC2 && b0 <= 0xDF) {
            n = 2;
        } else if (b0 >= 0xE0 && b0 <= 0xEF) {
            n = 3;
            min = b0 == 0xE0 ? 0xA0 : 0x80;
            max = b0 == 0xED ? 0x9F : 0xBF;
        } else if (b0 >= 0xF0 && b0 <= 0xF4) {
            n = 4;
            min = b0 == 0xF0 ? 0x90 : 0x80;
            max = b0 == 0xF4 ? 0x8F : 0xBF;
        } else {
            return -1;
        }
        if (i + n > limit) {
            return -1;
        }
        int b1 = json[i + 1] & 0xFF;
        if (b1 < min || b1 > max) {
            return -1;
        }
        for (int k = i + 2; k < i + n; k++) {
            if ((json[k] & 0xC0) != 0x80) {
                return -1;
            }
        }
        return n;
    }
}
