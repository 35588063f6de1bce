package com.leadscoring.capturing;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Arrays;

import com.leadscoring.capture.CaptureSource;
import com.leadscoring.scoring.LeadScore;
import com.leadscoring.wire.Decimals;
import com.leadscoring.wire.JsonBytes;

/**
 * The capture lines of one request or batch, built as UTF-8 bytes in one buffer per thread, reused request after
 * request: one line per captured lead, in core's {@code CaptureJson} field order, each ended by {@code \n}. What is the
 * same for every lead of the request (the score id's prefix, model version, {@code scoredAt}, source) is encoded once;
 * the lead's own JSON is copied from the body as bytes ({@link System#arraycopy}) and its raw line breaks, which can
 * only be JSON whitespace (a string escapes its own, and a UTF-8 multi-byte sequence never holds the byte of one),
 * become spaces, so each record stays one line; the numbers are written as the answer rounds them ({@link Decimals}:
 * the probability and percentile sales saw). A 1,000-lead request is about 700 KB of lines: built as chars and handed
 * through log4j it cost more than scoring the request (BENCHMARKS.md).
 */
public final class CaptureLines {

    private static final ThreadLocal<CaptureLines> PER_THREAD = ThreadLocal.withInitial(CaptureLines::new);
    private static final VarHandle LONGS = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
    private static final long ONES = 0x0101010101010101L;
    private static final long HIGHS = 0x8080808080808080L;

    private static final byte[] SCORE_ID = ascii("{\"scoreId\":\"");
    private static final byte[] ID = ascii("\",\"id\":\"");
    private static final byte[] MODEL_VERSION = ascii("\",\"modelVersion\":\"");
    private static final byte[] PROBABILITY = ascii(",\"probability\":");
    private static final byte[] SCORE = ascii(",\"score\":");
    private static final byte[] GRADE = ascii(",\"grade\":");
    private static final byte[] BUY_TRUE = ascii(",\"buy\":true,\"percentile\":");
    private static final byte[] BUY_FALSE = ascii(",\"buy\":false,\"percentile\":");
    private static final byte[] NULL = ascii("null");
    /** Room for the fixed parts of a line and its numbers, beside its strings and lead. */
    private static final int FIXED_BYTES = 160 + 3 * Decimals.MAX_BYTES;

    private byte[] buf = new byte[64 * 1024];
    private int length;
    private int count;
    /** The request's score id prefix, escaped as inside a JSON string. */
    private byte[] scoreIdPrefix = new byte[0];
    /** {@code ","modelVersion":"…","scoredAt":"…","source":"…","lead":} of the request. */
    private byte[] middle = new byte[0];

    private CaptureLines() {}

    /**
     * This thread's lines, emptied, for the leads of one request or batch: each lead's score id is
     * {@code <scoreIdPrefix>-<index>}, as the answer writes it.
     */
    public static CaptureLines start(
            String scoreIdPrefix, String modelVersion, Instant scoredAt, CaptureSource source) {
        CaptureLines lines = PER_THREAD.get();
        lines.length = 0;
        lines.count = 0;
        lines.scoreIdPrefix = utf8Content(scoreIdPrefix + "-");
        lines.middle = concat(
                MODEL_VERSION,
                utf8Content(modelVersion),
                ascii("\",\"scoredAt\":\"" + scoredAt + "\",\"source\":\"" + source.wireName() + "\",\"lead\":"));
        return lines;
    }

    /**
     * Appends the line of lead {@code index}: its id ({@code String} or {@code Long}, written as a JSON string), the
     * lead as the JSON object {@code body[from, to)} and its score.
     */
    public void add(int index, Object leadId, byte[] body, int from, int to, LeadScore s) {
        String id = leadId instanceof String text ? text : null;
        int idRoom = id == null ? 21 : JsonBytes.MAX_BYTES_PER_CHAR * id.length();
        ensure(FIXED_BYTES
                + scoreIdPrefix.length
                + middle.length
                + idRoom
                + (to - from)
                + JsonBytes.MAX_BYTES_PER_CHAR * s.grade().length());
        byte[] b = buf;
        int at = put(b, length, SCORE_ID);
        at = put(b, at, scoreIdPrefix);
        at = Decimals.digits(b, at, index);
        at = put(b, at, ID);
        if (id != null) {
            at = JsonBytes.content(b, at, id);
        } else {
            long n = (Long) leadId;
            if (n < 0) {
                b[at++] = '-';
            }
            at = n == Long.MIN_VALUE ? put(b, at, ascii("9223372036854775808")) : Decimals.digits(b, at, Math.abs(n));
        }
        at = put(b, at, middle);
        System.arraycopy(body, from, b, at, to - from);
        flattenLineBreaks(b, at, at + to - from);
        at += to - from;
        at = put(b, at, PROBABILITY);
        at = Decimals.write(b, at, s.probability(), Decimals.PROBABILITY);
        at = put(b, at, SCORE);
        at = Decimals.digits(b, at, s.score()); // 0..100
        at = put(b, at, GRADE);
        at = JsonBytes.string(b, at, s.grade());
        at = put(b, at, s.buy() ? BUY_TRUE : BUY_FALSE);
        at = s.hasPercentile() ? Decimals.write(b, at, s.percentile(), Decimals.PERCENTILE) : put(b, at, NULL);
        b[at++] = '}';
        b[at++] = '\n';
        length = at;
        count++;
    }

    /** The lines' bytes, {@code [0, length())}: valid until this thread starts its next lines. */
    public byte[] bytes() {
        return buf;
    }

    public int length() {
        return length;
    }

    /** How many lines (captured leads). */
    public int count() {
        return count;
    }

    /**
     * Turns the raw CR and LF bytes of {@code b[from, to)} into spaces, eight bytes per step: a lead sent on one line
     * (the usual case) is only read.
     */
    static void flattenLineBreaks(byte[] b, int from, int to) {
        int i = from;
        for (; i + 8 <= to; i += 8) {
            long v = (long) LONGS.get(b, i);
            long lf = v ^ 0x0A0A0A0A0A0A0A0AL;
            long cr = v ^ 0x0D0D0D0D0D0D0D0DL;
            // Non-zero exactly when some byte of lf or cr is zero, i.e. some byte of v is LF or CR.
            if (((((lf - ONES) & ~lf) | ((cr - ONES) & ~cr)) & HIGHS) != 0) {
                flattenBytes(b, i, i + 8);
            }
        }
        flattenBytes(b, i, to);
    }

    private static void flattenBytes(byte[] b, int from, int to) {
        for (int i = from; i < to; i++) {
            if (b[i] == '\n' || b[i] == '\r') {
                b[i] = ' ';
            }
        }
    }

    private void ensure(int room) {
        if (length + room > buf.length) {
            buf = Arrays.copyOf(buf, Math.max(2 * buf.length, length + room));
        }
    }

    private static int put(byte[] b, int at, byte[] part) {
        System.arraycopy(part, 0, b, at, part.length);
        return at + part.length;
    }

    private static byte[] utf8Content(String s) {
        byte[] b = new byte[JsonBytes.MAX_BYTES_PER_CHAR * s.length()];
        return Arrays.copyOf(b, JsonBytes.content(b, 0, s));
    }

    private static byte[] concat(byte[]... parts) {
        int n = 0;
        for (byte[] p : parts) {
            n += p.length;
        }
        byte[] all = new byte[n];
        int at = 0;
        for (byte[] p : parts) {
            at = put(all, at, p);
        }
        return all;
    }

    private static byte[] ascii(String s) {
        return s.getBytes(StandardCharsets.US_ASCII);
    }
}
