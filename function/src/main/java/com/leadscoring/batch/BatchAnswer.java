package com.leadscoring.batch;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

import com.leadscoring.decision.Trend;
import com.leadscoring.lead.FieldProblem;
import com.leadscoring.scoring.Factor;
import com.leadscoring.scoring.LeadScore;
import com.leadscoring.wire.Decimals;
import com.leadscoring.wire.JsonBytes;

/**
 * A batch's answer, {@code {"model": {...}, "scores": [...]}}, as UTF-8 JSON bytes written straight into a per-thread
 * buffer: strings by {@link JsonBytes} (Jackson's escapes), numbers by {@link Decimals}, so the bytes are those the
 * handler wrote through a text builder before ({@code BatchAnswerTest} compares them), without the builder's UTF-16
 * text and its encoding copy. Each row makes room for its worst case first; then it is written without checks.
 */
final class BatchAnswer {

    /** Per thread: the answer's bytes, grown to the largest answer seen. */
    private static final ThreadLocal<byte[]> BYTES = ThreadLocal.withInitial(() -> new byte[256 * 1024]);

    private static final byte[] MODEL_VERSION = ascii("{\"model\":{\"version\":");
    private static final byte[] THRESHOLD = ascii(",\"threshold\":");
    private static final byte[] SCORES = ascii("},\"scores\":[");
    private static final byte[] ID = ascii("{\"id\":");
    private static final byte[] SCORE_ID = ascii(",\"scoreId\":");
    private static final byte[] PROBABILITY = ascii(",\"probability\":");
    private static final byte[] SCORE = ascii(",\"score\":");
    private static final byte[] GRADE = ascii(",\"grade\":");
    private static final byte[] BUY_TRUE = ascii(",\"buy\":true");
    private static final byte[] BUY_FALSE = ascii(",\"buy\":false");
    private static final byte[] PERCENTILE = ascii(",\"percentile\":");
    private static final byte[] TREND = ascii(",\"trend\":");
    private static final byte[] FACTORS = ascii(",\"factors\":[");
    private static final byte[] FEATURE = ascii("{\"feature\":");
    private static final byte[] LABEL = ascii(",\"label\":");
    private static final byte[] IMPACT = ascii(",\"impact\":");
    private static final byte[] ERRORS = ascii(",\"errors\":[");
    private static final byte[] FIELD = ascii("{\"field\":");
    private static final byte[] REASON = ascii(",\"reason\":");
    private static final byte[] MORE_ERRORS = ascii(",\"moreErrors\":");
    private static final byte[] NULL = ascii("null");
    /** The bytes of a row besides its strings' and numbers' own: keys and punctuation, with room to spare. */
    private static final int ROW_BYTES = 256;

    private BatchAnswer() {}

    /** The answer of {@code result}, each bad row with at most {@code maxErrorsPerRow} of its problems. */
    static byte[] write(BatchResult result, int maxErrorsPerRow) {
        byte[] b = room(BYTES.get(), 0, ROW_BYTES + strings(result.modelVersion()));
        int at = put(b, 0, MODEL_VERSION);
        at = string(b, at, result.modelVersion());
        at = put(b, at, THRESHOLD);
        at = Decimals.write(b, at, result.threshold(), Decimals.PROBABILITY);
        at = put(b, at, SCORES);
        boolean first = true;
        for (BatchRow row : result.rows()) {
            b = room(b, at, rowBytes(row, maxErrorsPerRow));
            if (!first) {
                b[at++] = ',';
            }
            first = false;
            at = put(b, at, ID);
            at = string(b, at, row.id());
            if (row.valid()) {
                at = score(b, at, row, result.explained());
            } else {
                at = put(b, at, ERRORS);
                int n = Math.min(maxErrorsPerRow, row.errors().size());
                for (int k = 0; k < n; k++) {
                    FieldProblem p = row.errors().get(k);
                    if (k > 0) {
                        b[at++] = ',';
                    }
                    at = put(b, at, FIELD);
                    at = string(b, at, p.field());
                    at = put(b, at, REASON);
                    at = string(b, at, p.reason());
                    b[at++] = '}';
                }
                b[at++] = ']';
                if (n < row.errors().size()) {
                    at = put(b, at, MORE_ERRORS);
                    at = integer(b, at, row.errors().size() - n);
                }
            }
            b[at++] = '}';
        }
        b = room(b, at, 2);
        b[at++] = ']';
        b[at++] = '}';
        return Arrays.copyOf(b, at);
    }

    private static int score(byte[] b, int at, BatchRow row, boolean explained) {
        LeadScore s = row.score();
        at = put(b, at, SCORE_ID);
        at = string(b, at, row.scoreId());
        at = put(b, at, PROBABILITY);
        at = Decimals.write(b, at, s.probability(), Decimals.PROBABILITY);
        at = put(b, at, SCORE);
        at = integer(b, at, s.score());
        at = put(b, at, GRADE);
        at = string(b, at, s.grade());
        at = put(b, at, s.buy() ? BUY_TRUE : BUY_FALSE);
        if (s.hasPercentile()) {
            at = put(b, at, PERCENTILE);
            at = Decimals.write(b, at, s.percentile(), Decimals.PERCENTILE);
        }
        if (row.previousScore() >= 0) {
            at = put(b, at, TREND);
            at = string(b, at, Trend.of(row.previousScore(), s.score()).label());
        }
        if (explained) {
            at = put(b, at, FACTORS);
            List<Factor> factors = s.factors();
            for (int k = 0; k < factors.size(); k++) {
                Factor f = factors.get(k);
                if (k > 0) {
                    b[at++] = ',';
                }
                at = put(b, at, FEATURE);
                at = string(b, at, f.feature());
                at = put(b, at, LABEL);
                at = string(b, at, f.label());
                at = put(b, at, IMPACT);
                at = Decimals.write(b, at, f.impact(), Decimals.IMPACT);
                b[at++] = '}';
            }
            b[at++] = ']';
        }
        return at;
    }

    /** The most bytes {@code row} can take. */
    private static int rowBytes(BatchRow row, int maxErrorsPerRow) {
        int n = ROW_BYTES + strings(row.id()) + strings(row.scoreId());
        if (row.valid()) {
            LeadScore s = row.score();
            n += strings(s.grade());
            for (Factor f : s.factors()) {
                n += ROW_BYTES + strings(f.feature()) + strings(f.label());
            }
        } else {
            int errors = Math.min(maxErrorsPerRow, row.errors().size());
            for (int k = 0; k < errors; k++) {
                FieldProblem p = row.errors().get(k);
                n += ROW_BYTES + strings(p.field()) + strings(p.reason());
            }
        }
        return n;
    }

    private static int strings(String s) {
        return s == null ? 4 : 2 + JsonBytes.MAX_BYTES_PER_CHAR * s.length();
    }

    private static byte[] room(byte[] b, int at, int bytes) {
        if (at + bytes <= b.length) {
            return b;
        }
        byte[] grown = Arrays.copyOf(b, Math.max(2 * b.length, at + bytes));
        BYTES.set(grown);
        return grown;
    }

    private static int string(byte[] b, int at, String s) {
        return s == null ? put(b, at, NULL) : JsonBytes.string(b, at, s);
    }

    private static int integer(byte[] b, int at, int v) {
        if (v < 0) {
            b[at++] = '-';
            return Decimals.digits(b, at, -(long) v);
        }
        return Decimals.digits(b, at, v);
    }

    private static int put(byte[] b, int at, byte[] bytes) {
        System.arraycopy(bytes, 0, b, at, bytes.length);
        return at + bytes.length;
    }

    private static byte[] ascii(String s) {
        return s.getBytes(StandardCharsets.US_ASCII);
    }
}
