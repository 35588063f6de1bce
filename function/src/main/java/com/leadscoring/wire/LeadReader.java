package com.leadscoring.wire;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.leadscoring.decision.Trend;
import com.leadscoring.features.LeadEncoder;
import com.leadscoring.features.LeadSlots;
import com.leadscoring.lead.FieldProblem;
import com.leadscoring.lead.LeadField;
import com.leadscoring.lead.LeadValidation;
import com.leadscoring.lead.RawValue;

/**
 * Reads leads with Jackson's streaming parser straight into the feature rows the model reads, one lead object at a
 * time, for the API's body and a Distributed Map batch alike: each value is checked by the shared rules as its token
 * arrives ({@link LeadSlots}, by the {@link CellPolicy}) and a valid lead is encoded by the served model's own
 * {@link LeadEncoder}, without maps, boxed values or leads. A lead with a value the fast rules do not take goes whole
 * through the policy's validator, so its problems are exactly the validator's. {@code previous_score} (a lead's score
 * from an earlier run, kept by the caller: not a lead field, not encoded) is read beside it.
 *
 * <p>The rows, ids, previous scores and each lead's place in the parsed bytes are this reader's buffers, reused body
 * after body: one reader per thread and policy ({@link #forThread}), as the handlers are called from several threads.
 */
public final class LeadReader {

    /** The reason given for a key that is no lead field, in JSON (a CSV's other columns are ignored). */
    public static final String UNKNOWN_FIELD = "unknown field";

    private static final ThreadLocal<LeadReader> JSON_READERS =
            ThreadLocal.withInitial(() -> new LeadReader(CellPolicy.JSON));
    private static final ThreadLocal<LeadReader> TEXT_READERS =
            ThreadLocal.withInitial(() -> new LeadReader(CellPolicy.TEXT));
    private static final int PREVIOUS_SCORE_REPEATED = 1 << LeadField.values().length;
    /** Rows a reader first makes room for: the API's maximum, and a full Distributed Map batch. */
    private static final int FIRST_ROWS = 1000;

    private final CellPolicy cells;
    private final LeadSlots slots = new LeadSlots();
    /** The order this thread's callers write a lead's keys (a CSV's columns) in. */
    private final LeadKeyOrder order = new LeadKeyOrder();

    private LeadEncoder encoder;
    private int width;
    private float[] features = new float[0];
    private Object[] ids = new Object[0];
    private int[] previousScores = new int[0];
    private int[] leadStart = new int[0];
    private int[] leadEnd = new int[0];
    private int size;

    /** The last lead's {@code previous_score}, and whether it had the key. */
    private int previousScore;

    private boolean seenPreviousScore;
    /** The last lead's problems found at its keys (unknown, repeated, a bad previous score); null while none. */
    private List<FieldProblem> keyProblems;
    /** The last lead's repeated CSV columns, by lead field ordinal; previous_score's bit after them. */
    private int repeats;

    private LeadReader(CellPolicy cells) {
        this.cells = cells;
    }

    /** This thread's reader for {@code cells}. */
    public static LeadReader forThread(CellPolicy cells) {
        return (cells == CellPolicy.JSON ? JSON_READERS : TEXT_READERS).get();
    }

    /** Starts a new body: no rows yet; valid leads are encoded with {@code encoder}, the served model's own. */
    public void start(LeadEncoder encoder) {
        this.encoder = encoder;
        this.width = encoder.size();
        this.size = 0;
    }

    /**
     * Reads the lead object the parser is on ({@code START_OBJECT}) up to its end. A valid lead is kept as the next row
     * when {@code keep} (once a request is refused, its leads are only checked).
     *
     * @return the lead's problems, in the policy's words; empty when it is valid
     * @throws JsonParseException for a JSON key given twice, worded as Jackson's strict duplicate detection words it
     */
    public List<FieldProblem> read(JsonParser p, boolean keep) throws IOException {
        int start = (int) p.currentTokenLocation().getByteOffset();
        slots.reset();
        previousScore = Trend.NO_PREVIOUS_SCORE;
        seenPreviousScore = false;
        keyProblems = null;
        repeats = 0;
        order.startLead();
        while (order.advance(p)) {
            LeadField field = order.field();
            if (field == null) {
                String name = cells.keyName(p.currentName());
                field = cells == CellPolicy.TEXT ? LeadField.byName(name) : null;
                if (field == null) {
                    otherKey(p, name);
                    continue;
                }
            }
            if (slots.see(field)) {
                cells.read(p, p.nextToken(), field, slots);
            } else {
                repeated(p, field.fieldName());
                repeats |= 1 << field.ordinal();
            }
            order.read(field);
        }
        boolean complete = slots.valid() && (cells == CellPolicy.JSON || slots.allPresent());
        if (complete && keyProblems == null && previousScore != Trend.BAD_PREVIOUS_SCORE) {
            if (keep) {
                int row = room();
                slots.encode(encoder, features, row * width);
                keepRow(row, slots.id(), start, p);
            }
            return List.of();
        }
        return invalid(keep, start, p);
    }

    /** A key that is no lead field: {@code previous_score}, or another name (a JSON problem, a CSV column ignored). */
    private void otherKey(JsonParser p, String name) throws IOException {
        boolean first =
                cells == CellPolicy.JSON ? slots.seeUnknown(name) : !isPreviousScore(name) || !seenPreviousScore;
        if (!first) {
            repeated(p, name);
            repeats |= PREVIOUS_SCORE_REPEATED;
            return;
        }
        JsonToken v = p.nextToken();
        if (isPreviousScore(name)) {
            seenPreviousScore = true;
            previousScore = cells.previousScore(p, v);
            if (previousScore == Trend.BAD_PREVIOUS_SCORE && cells == CellPolicy.JSON) {
                keyProblem(new FieldProblem(name, cells.previousScoreRule())); // said where it is, as the JSON reads
            }
        } else {
            if (cells == CellPolicy.JSON) {
                keyProblem(new FieldProblem(name, UNKNOWN_FIELD));
            }
            cells.skip(p);
        }
    }

    private static boolean isPreviousScore(String name) {
        return Trend.PREVIOUS_SCORE.equals(name);
    }

    /**
     * A key the lead already had. JSON: malformed, as the strict parser says. A CSV row: its column is repeated, so
     * which copy is meant is unknown: a problem of the row, named (a column name from the project's own names only,
     * never a cell).
     */
    private void repeated(JsonParser p, String name) throws IOException {
        if (cells == CellPolicy.JSON) {
            throw new JsonParseException(p, "Duplicate field '" + name + "'");
        }
        keyProblem(new FieldProblem(name, "appears more than once: the CSV has more than one " + name + " column"));
        p.nextToken();
        cells.skip(p);
    }

    private void keyProblem(FieldProblem problem) {
        if (keyProblems == null) {
            keyProblems = new ArrayList<>(2);
        }
        keyProblems.add(problem);
    }

    /**
     * An invalid lead's problems, every one: for JSON, those found at its keys in key order, then the validator's; for
     * a CSV row, the columns it lacks altogether (said so, not "required"), its repeated columns, the validator's
     * problems of the other columns it has, and a bad previous score (unless repeated).
     */
    private List<FieldProblem> invalid(boolean keep, int start, JsonParser p) {
        LeadValidation validation = cells.validator().validate(slots::value);
        List<FieldProblem> problems = new ArrayList<>();
        if (cells == CellPolicy.TEXT) {
            for (LeadField f : LeadField.values()) {
                if (!slots.present(f)) {
                    problems.add(
                            new FieldProblem(f.fieldName(), "is missing: the CSV has no " + f.fieldName() + " column"));
                }
            }
        }
        if (keyProblems != null) {
            problems.addAll(keyProblems);
        }
        for (FieldProblem problem : validation.problems()) {
            LeadField f = LeadField.byName(problem.field());
            // A CSV's absent column is said above; a repeated one's first copy is not judged: which one is meant?
            if (cells == CellPolicy.JSON || f == null || slots.present(f) && (repeats & 1 << f.ordinal()) == 0) {
                problems.add(problem);
            }
        }
        if (cells == CellPolicy.TEXT
                && previousScore == Trend.BAD_PREVIOUS_SCORE
                && (repeats & PREVIOUS_SCORE_REPEATED) == 0) {
            problems.add(new FieldProblem(Trend.PREVIOUS_SCORE, cells.previousScoreRule()));
        }
        if (problems.isEmpty() && keep) {
            // Cannot happen while the fast rules are the validator's; stay correct anyway: the validated lead.
            int row = room();
            encoder.encode(validation.lead(), features, row * width);
            RawValue id = slots.value(LeadField.ID);
            keepRow(
                    row,
                    id instanceof RawValue.Integral i
                            ? (Object) i.value()
                            : validation.lead().id(),
                    start,
                    p);
        }
        return problems;
    }

    private void keepRow(int row, Object id, int start, JsonParser p) {
        ids[row] = id;
        previousScores[row] = previousScore;
        leadStart[row] = start;
        leadEnd[row] = (int) p.currentLocation().getByteOffset();
        size = row + 1;
    }

    /** The index of the next row, with room for it. */
    private int room() {
        int row = size;
        if (ids.length <= row) {
            int rows = Math.max(FIRST_ROWS, 2 * (row + 1));
            ids = Arrays.copyOf(ids, rows);
            previousScores = Arrays.copyOf(previousScores, rows);
            leadStart = Arrays.copyOf(leadStart, rows);
            leadEnd = Arrays.copyOf(leadEnd, rows);
        }
        if (features.length < (row + 1) * width) {
            features = Arrays.copyOf(features, ids.length * width);
        }
        return row;
    }

    /**
     * The last lead's id: as kept for a valid lead (a stripped String, or a Long from JSON); for an invalid one its
     * text stripped, or null.
     */
    public Object id() {
        Object id = slots.id();
        if (id != null) {
            return id;
        }
        return slots.value(LeadField.ID) instanceof RawValue.Text text
                ? text.value().strip()
                : null;
    }

    /**
     * The last lead's {@code previous_score}: 0..100, {@link Trend#NO_PREVIOUS_SCORE}, or
     * {@link Trend#BAD_PREVIOUS_SCORE}.
     */
    public int previousScore() {
        return previousScore;
    }

    /** How many rows were kept since {@link #start}. */
    public int size() {
        return size;
    }

    /** The kept rows' raw features, {@code encoder.size()} floats per row from index 0; the array may be longer. */
    public float[] features() {
        return features;
    }

    /** Each kept row's id (a String or a Long); the first {@link #size()} count. */
    public Object[] ids() {
        return ids;
    }

    /** Each kept row's {@code previous_score} (0..100), or {@link Trend#NO_PREVIOUS_SCORE}. */
    public int[] previousScores() {
        return previousScores;
    }

    /** Each kept row's object in the parsed bytes starts at this byte offset. */
    public int[] leadStart() {
        return leadStart;
    }

    /** And ends before this one: the lead as the caller sent it. */
    public int[] leadEnd() {
        return leadEnd;
    }
}
