package com.leadscoring.batch;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import com.leadscoring.decision.Trend;
import com.leadscoring.features.LeadEncoder;
import com.leadscoring.features.LeadSlots;
import com.leadscoring.lead.LeadField;
import com.leadscoring.lead.RawValue;
import com.leadscoring.wire.CellPolicy;

/**
 * A batch as Distributed Map writes one from a clean CSV, read straight from its bytes: every row valid, every value a
 * string of printable ASCII without escapes (or {@code null}), no number anywhere. Each cell goes through the text
 * policy's one cell rule ({@link CellPolicy#textCell}) into {@link LeadSlots}, and each row is encoded by the served
 * model's own encoder, as {@link com.leadscoring.wire.LeadReader} does; keys are matched as bytes in the order the
 * previous row had them. Anything else (a row with a problem, an escape, a byte outside printable ASCII, a number,
 * malformed JSON) makes the scan decline, and {@link BatchReader} reads the batch with Jackson, which says what is
 * wrong and where: so a batch's answer does not depend on which of the two read it ({@code BatchScanTest} compares
 * them). The scan skips Jackson's tokenizing, decoding and per-cell dispatch, the larger part of a batch's time beyond
 * ONNX.
 *
 * <p>One per thread; its rows are reused batch after batch.
 */
final class BatchScan {

    private static final ThreadLocal<BatchScan> SCANS = ThreadLocal.withInitial(BatchScan::new);
    private static final LeadField[] FIELDS = LeadField.values();
    /** A key's index: the lead fields by ordinal, then {@code previous_score}; the row's start; any other key. */
    private static final int PREVIOUS = FIELDS.length;

    private static final int START = PREVIOUS + 1;
    private static final int OTHER = -1;
    private static final byte[][] NAMES = new byte[PREVIOUS + 1][];
    private static final byte[] ITEMS = ascii("Items");
    private static final byte[] BATCH_INPUT = ascii("BatchInput");
    private static final byte[] EXPLAIN = ascii("explain");
    private static final byte[] TRUE = ascii("true");
    private static final byte[] FALSE = ascii("false");
    private static final byte[] NULL = ascii("null");
    /** Deeper values are Jackson's to judge (it has a nesting limit of its own). */
    private static final int MAX_DEPTH = 64;
    /** Longer strings too (Jackson limits a name's length, and a string's, far above this). */
    private static final int MAX_STRING = 32 * 1024;
    /** Rows first made room for: a full Distributed Map batch. */
    private static final int FIRST_ROWS = 1000;

    static {
        for (LeadField f : FIELDS) {
            NAMES[f.ordinal()] = ascii(f.fieldName());
        }
        NAMES[PREVIOUS] = ascii(Trend.PREVIOUS_SCORE);
    }

    /** Thrown, without a stack, when the batch is not one this scan reads. */
    private static final class Decline extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Decline() {
            super(null, null, false, false);
        }
    }

    private static final Decline DECLINE = new Decline();

    private final LeadSlots slots = new LeadSlots();
    /** The key that followed each key (by index; the row's start last) in the previous row; -1: not known. */
    private final int[] following = new int[START + 1];

    private char[] cell = new char[64];
    private float[] features = new float[0];
    private int[] leadStart = new int[0];
    private int[] leadEnd = new int[0];
    private int rows;
    private int width;
    private LeadEncoder encoder;
    private byte[] b;
    private int end;
    private int pos;

    private BatchScan() {
        Arrays.fill(following, OTHER);
    }

    /**
     * The batch in {@code body[0, length)} read as {@link BatchReader} reads it, or {@code null} when it is not one
     * this scan takes.
     */
    static BatchRequest read(byte[] body, int length, LeadEncoder encoder) {
        BatchScan scan = SCANS.get();
        try {
            return scan.batch(body, length, encoder);
        } catch (Decline e) {
            return null;
        } finally {
            scan.b = null;
            scan.encoder = null;
        }
    }

    private BatchRequest batch(byte[] body, int length, LeadEncoder encoder) {
        this.b = body;
        this.end = length;
        this.pos = 0;
        this.encoder = encoder;
        this.width = encoder.size();
        this.rows = 0;
        ws();
        expect('{');
        ws();
        List<BatchItem> items = null;
        boolean explain = false;
        while (true) {
            int key = string();
            int keyEnd = pos - 1;
            ws();
            expect(':');
            ws();
            if (is(key, keyEnd, ITEMS)) {
                if (items != null || at(pos) != '[') {
                    throw DECLINE;
                }
                items = items();
            } else if (is(key, keyEnd, BATCH_INPUT)) {
                if (at(pos) != '{') {
                    throw DECLINE;
                }
                explain = batchInput();
            } else {
                skipValue(0);
            }
            ws();
            byte c = at(pos++);
            if (c == '}') {
                break; // Jackson's reader stops here too: what follows the batch's object is not read
            }
            if (c != ',') {
                throw DECLINE;
            }
            ws();
        }
        if (items == null) {
            throw DECLINE;
        }
        return new BatchRequest(features, rows, items, explain, b, leadStart, leadEnd);
    }

    private List<BatchItem> items() {
        pos++; // [
        ws();
        List<BatchItem> items = new ArrayList<>();
        if (at(pos) == ']') {
            pos++;
            return items;
        }
        while (true) {
            if (at(pos) != '{') {
                throw DECLINE;
            }
            items.add(item());
            ws();
            byte c = at(pos++);
            if (c == ']') {
                return items;
            }
            if (c != ',') {
                throw DECLINE;
            }
            ws();
        }
    }

    /** One row, kept; declines unless it is valid. */
    private BatchItem item() {
        int start = pos++;
        slots.reset();
        int previousScore = Trend.NO_PREVIOUS_SCORE;
        boolean seenPrevious = false;
        int previous = START;
        ws();
        while (true) {
            int key = following[previous];
            if (key == OTHER || !quoted(NAMES[key])) {
                int from = string();
                key = key(from, pos - 1);
            }
            ws();
            expect(':');
            ws();
            if (key == OTHER) {
                skipValue(1);
            } else {
                if (key == PREVIOUS) {
                    if (seenPrevious) {
                        throw DECLINE;
                    }
                    seenPrevious = true;
                    previousScore = previousScore();
                } else {
                    LeadField field = FIELDS[key];
                    if (!slots.see(field)) {
                        throw DECLINE;
                    }
                    cell(field);
                }
                following[previous] = key;
                previous = key;
            }
            ws();
            byte c = at(pos++);
            if (c == '}') {
                break;
            }
            if (c != ',') {
                throw DECLINE;
            }
            ws();
        }
        if (!slots.valid() || !slots.allPresent() || previousScore == Trend.BAD_PREVIOUS_SCORE) {
            throw DECLINE;
        }
        int row = room();
        slots.encode(encoder, features, row * width);
        leadStart[row] = start;
        leadEnd[row] = pos;
        rows = row + 1;
        return new BatchItem((String) slots.id(), List.of(), previousScore);
    }

    /**
     * Whether the string at {@code pos} is {@code name} (which has no quote, escape or control byte); if so {@code pos}
     * moves past it. The expected key is matched in place, without scanning it for its end.
     */
    private boolean quoted(byte[] name) {
        int n = name.length;
        int from = pos + 1;
        if (from + n >= end || b[pos] != '"' || b[from + n] != '"' || !Arrays.equals(b, from, from + n, name, 0, n)) {
            return false;
        }
        pos = from + n + 1;
        return true;
    }

    /** The index of the key in {@code b[from, to)}; {@link #OTHER} for a key that is no lead field. */
    private int key(int from, int to) {
        for (int k = 0; k < NAMES.length; k++) {
            if (is(from, to, NAMES[k])) {
                return k;
            }
        }
        if (to > from && (b[from] == ' ' || b[to - 1] == ' ')) {
            throw DECLINE; // the text policy reads a column name without blanks around it
        }
        return OTHER;
    }

    private void cell(LeadField field) {
        if (at(pos) == 'n') {
            literal(NULL);
            slots.raw(field, RawValue.MISSING);
            return;
        }
        int from = string();
        int n = pos - 1 - from;
        if (n == 1 && field.kind() == LeadField.Kind.INTEGER) {
            // Most cells are one digit: its value, as the cell rule reads it, without the rule's copy and blank checks.
            int x = b[from] - '0';
            if (x >= 0 && x <= 9 && field.accepts(x)) {
                slots.integer(field, x);
                return;
            }
        }
        if (n > cell.length) {
            cell = new char[Math.max(n, 2 * cell.length)];
        }
        for (int i = 0; i < n; i++) {
            cell[i] = (char) b[from + i];
        }
        if (!CellPolicy.textCell(cell, 0, n, field, slots)) {
            throw DECLINE;
        }
    }

    private int previousScore() {
        if (at(pos) == 'n') {
            literal(NULL);
            return Trend.NO_PREVIOUS_SCORE;
        }
        int from = string();
        return Trend.previousScoreCell(new String(b, from, pos - 1 - from, StandardCharsets.US_ASCII));
    }

    /** {@code BatchInput} up to its end: {@code explain} when it is a boolean. */
    private boolean batchInput() {
        pos++; // {
        ws();
        boolean explain = false;
        if (at(pos) == '}') {
            pos++;
            return false;
        }
        while (true) {
            int key = string();
            int keyEnd = pos - 1;
            ws();
            expect(':');
            ws();
            if (is(key, keyEnd, EXPLAIN)) {
                byte c = at(pos);
                if (c == 't') {
                    literal(TRUE);
                    explain = true;
                } else if (c == 'f') {
                    literal(FALSE);
                    explain = false;
                } else {
                    throw DECLINE;
                }
            } else {
                skipValue(1);
            }
            ws();
            byte c = at(pos++);
            if (c == '}') {
                return explain;
            }
            if (c != ',') {
                throw DECLINE;
            }
            ws();
        }
    }

    /** Skips a string, literal, object or array (a number is Jackson's to judge). */
    private void skipValue(int depth) {
        if (depth > MAX_DEPTH) {
            throw DECLINE;
        }
        switch (at(pos)) {
            case '"' -> string();
            case 't' -> literal(TRUE);
            case 'f' -> literal(FALSE);
            case 'n' -> literal(NULL);
            case '{' -> {
                pos++;
                ws();
                if (at(pos) == '}') {
                    pos++;
                    return;
                }
                while (true) {
                    string();
                    ws();
                    expect(':');
                    ws();
                    skipValue(depth + 1);
                    ws();
                    byte c = at(pos++);
                    if (c == '}') {
                        return;
                    }
                    if (c != ',') {
                        throw DECLINE;
                    }
                    ws();
                }
            }
            case '[' -> {
                pos++;
                ws();
                if (at(pos) == ']') {
                    pos++;
                    return;
                }
                while (true) {
                    skipValue(depth + 1);
                    ws();
                    byte c = at(pos++);
                    if (c == ']') {
                        return;
                    }
                    if (c != ',') {
                        throw DECLINE;
                    }
                    ws();
                }
            }
            default -> throw DECLINE;
        }
    }

    /** The string at {@code pos}: its first byte's index; {@code pos} after its closing quote. */
    private int string() {
        if (at(pos) != '"') {
            throw DECLINE;
        }
        int from = ++pos;
        byte[] bytes = b;
        for (int i = from; i < end; i++) {
            byte c = bytes[i];
            if (c == '"') {
                if (i - from > MAX_STRING) {
                    throw DECLINE;
                }
                pos = i + 1;
                return from;
            }
            if (c < 0x20 || c == '\\' || c == 0x7F) { // negative: a byte of a multi-byte UTF-8 character
                throw DECLINE;
            }
        }
        throw DECLINE;
    }

    /** {@code word} at {@code pos}, followed by a byte that may follow a value. */
    private void literal(byte[] word) {
        if (!is(pos, pos + word.length, word)) {
            throw DECLINE;
        }
        pos += word.length;
        byte c = at(pos);
        if (c != ',' && c != '}' && c != ']' && c != ' ' && c != '\n' && c != '\r' && c != '\t') {
            throw DECLINE;
        }
    }

    private boolean is(int from, int to, byte[] word) {
        return to - from == word.length && to <= end && Arrays.equals(b, from, to, word, 0, word.length);
    }

    private void expect(char c) {
        if (at(pos) != c) {
            throw DECLINE;
        }
        pos++;
    }

    private void ws() {
        while (pos < end) {
            byte c = b[pos];
            if (c != ' ' && c != '\n' && c != '\r' && c != '\t') {
                return;
            }
            pos++;
        }
    }

    private byte at(int i) {
        if (i >= end) {
            throw DECLINE;
        }
        return b[i];
    }

    /** The index of the next row, with room for it. */
    private int room() {
        int row = rows;
        if (leadStart.length <= row) {
            int n = Math.max(FIRST_ROWS, 2 * (row + 1));
            leadStart = Arrays.copyOf(leadStart, n);
            leadEnd = Arrays.copyOf(leadEnd, n);
        }
        if (features.length < (row + 1) * width) {
            features = Arrays.copyOf(features, leadStart.length * width);
        }
        return row;
    }

    private static byte[] ascii(String s) {
        return s.getBytes(StandardCharsets.US_ASCII);
    }
}
