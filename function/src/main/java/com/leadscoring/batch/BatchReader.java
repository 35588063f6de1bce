package com.leadscoring.batch;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.leadscoring.decision.Trend;
import com.leadscoring.features.LeadEncoder;
import com.leadscoring.features.LeadSlots;
import com.leadscoring.lead.FieldProblem;
import com.leadscoring.lead.LeadDates;
import com.leadscoring.lead.LeadField;
import com.leadscoring.lead.LeadValidation;
import com.leadscoring.lead.LeadValidator;
import com.leadscoring.lead.RawValue;
import com.leadscoring.wire.LeadKeyOrder;

/**
 * Reads a Distributed Map item batch, {@code {"Items": [{column: "text", ...}, ...], "BatchInput": {...}}}, with
 * Jackson's streaming parser straight into the feature rows the model reads, as the API's request parser does: each
 * cell is checked by the shared rules as its token arrives ({@link LeadSlots}) and a valid row is encoded by the served
 * model's own encoder, without maps, boxed values or leads. A row with any cell the fast rules do not take goes whole
 * through the CSV rules of {@link LeadValidator#forCsv()}, so its problems are exactly the CSV reader's. Cells are
 * text: an empty or blank cell is missing, unknown columns (e.g. {@code buy}) are ignored, a column the item lacks
 * altogether is said as such, and a {@code previous_score} column is kept apart. Of {@code BatchInput} only
 * {@code explain} is read (the run's choice, set by the state machine); its other keys are the run's own and skipped.
 */
final class BatchReader {

    private static final JsonFactory JSON = new JsonFactory();
    private static final LeadValidator CSV_RULES = LeadValidator.forCsv();

    /** One thread's reusable buffers: feature rows (grown to the largest batch seen) and one row's slots. */
    private static final class Scratch {
        float[] features = new float[0];
        final LeadSlots slots = new LeadSlots();
        /** The order of the CSV's columns, learnt item by item. */
        final LeadKeyOrder order = new LeadKeyOrder();
    }

    private static final ThreadLocal<Scratch> SCRATCH = ThreadLocal.withInitial(Scratch::new);

    private BatchReader() {}

    /**
     * Reads, validates and encodes with {@code encoder}, the served model's own (its contract names it). Each item
     * keeps its place in {@code body}: what capture records as the lead sent.
     */
    static BatchRequest read(byte[] body, LeadEncoder encoder) {
        try (JsonParser p = JSON.createParser(body)) {
            if (p.nextToken() != JsonToken.START_OBJECT) {
                throw new MalformedBatchException("the batch must be a JSON object with an Items array");
            }
            Scratch scratch = SCRATCH.get();
            List<BatchItem> items = null;
            int valid = 0;
            boolean explain = false;
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String name = p.currentName();
                JsonToken value = p.nextToken();
                if ("Items".equals(name)) {
                    if (items != null) {
                        // A second list would silently replace the first and lose its rows.
                        throw new MalformedBatchException("the batch has two Items arrays");
                    }
                    if (value != JsonToken.START_ARRAY) {
                        throw new MalformedBatchException("Items must be an array, got " + value);
                    }
                    items = new ArrayList<>();
                    valid = items(p, encoder, scratch, items);
                } else if ("BatchInput".equals(name)) {
                    if (value != JsonToken.START_OBJECT) {
                        // Its explain would be lost: a wiring mistake, said as such.
                        throw new MalformedBatchException("BatchInput must be an object, got " + value);
                    }
                    explain = explain(p);
                } else {
                    p.skipChildren();
                }
            }
            if (items == null) {
                throw new MalformedBatchException("the batch has no Items array (is the Map state's ItemBatcher set?)");
            }
            return new BatchRequest(scratch.features, valid, items, explain);
        } catch (IOException e) {
            throw new MalformedBatchException("the batch is not valid JSON: " + e.getMessage(), e);
        }
    }

    /**
     * Reads {@code BatchInput} up to its end: {@code explain} when it is a boolean, refused when it is anything else.
     */
    private static boolean explain(JsonParser p) throws IOException {
        boolean explain = false;
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String name = p.currentName();
            JsonToken value = p.nextToken();
            if ("explain".equals(name)) {
                if (value != JsonToken.VALUE_TRUE && value != JsonToken.VALUE_FALSE) {
                    throw new MalformedBatchException("BatchInput.explain must be true or false, got " + value);
                }
                explain = value == JsonToken.VALUE_TRUE;
            } else {
                p.skipChildren();
            }
        }
        return explain;
    }

    /** Reads every item into {@code items}, encoding the valid ones; returns how many are valid. */
    private static int items(JsonParser p, LeadEncoder encoder, Scratch scratch, List<BatchItem> items)
            throws IOException {
        int width = encoder.size();
        int valid = 0;
        LeadSlots slots = scratch.slots;
        JsonToken t;
        while ((t = p.nextToken()) != JsonToken.END_ARRAY) {
            if (t != JsonToken.START_OBJECT) {
                throw new MalformedBatchException(
                        "item " + items.size() + " must be an object of CSV columns, got " + t);
            }
            slots.reset();
            int from = (int) p.currentTokenLocation().getByteOffset();
            RawValue previousScore = RawValue.MISSING;
            boolean seenPreviousScore = false;
            // Every item of a CSV has its columns in one order: expecting the next one saves decoding its name.
            LeadKeyOrder order = scratch.order;
            order.startLead();
            while (order.advance(p)) {
                LeadField field = order.field();
                if (field == null) {
                    String name = p.currentName().strip();
                    field = LeadField.byName(name);
                    if (field == null) {
                        JsonToken v = p.nextToken();
                        if (Trend.PREVIOUS_SCORE.equals(name) && !seenPreviousScore) {
                            previousScore = rawValue(p, v); // a repeated column: the first wins, as for lead fields
                            seenPreviousScore = true;
                        } else {
                            p.skipChildren();
                        }
                        continue;
                    }
                }
                JsonToken v = p.nextToken();
                if (slots.see(field)) {
                    cell(p, v, field, slots);
                } else {
                    p.skipChildren(); // a repeated column: the first wins, as in LeadCsvReader
                }
                order.read(field);
            }
            int to = (int) p.currentLocation().getByteOffset();
            int previous = previousScore(previousScore);
            if (slots.valid() && slots.allPresent() && previous != Trend.BAD_PREVIOUS_SCORE) {
                if (scratch.features.length < (valid + 1) * width) {
                    scratch.features = Arrays.copyOf(scratch.features, Math.max(1000, 2 * (valid + 1)) * width);
                }
                slots.encode(encoder, scratch.features, valid * width);
                valid++;
                items.add(new BatchItem((String) slots.id(), List.of(), previous, from, to));
            } else {
                items.add(invalid(slots, previous, from, to));
            }
        }
        return valid;
    }

    /** One cell: kept as a primitive when the shared rules take it, else as the raw value the validator will judge. */
    private static void cell(JsonParser p, JsonToken t, LeadField field, LeadSlots slots) throws IOException {
        if (t != JsonToken.VALUE_STRING) {
            slots.raw(field, rawValue(p, t));
            return;
        }
        char[] chars = p.getTextCharacters();
        int offset = p.getTextOffset();
        int length = p.getTextLength();
        switch (field.kind()) {
            case INTEGER -> {
                long v = digits(chars, offset, length);
                if (v >= 0 && field.accepts(v)) {
                    slots.integer(field, (int) v);
                    return;
                }
            }
            case DATE -> {
                var d = LeadDates.parse(chars, offset, length, true);
                if (d != null && LeadDates.isPossible(d)) {
                    slots.date(field, d);
                    return;
                }
            }
            case ID -> {
                String id = p.getText().strip();
                if (LeadField.acceptsIdText(id)) {
                    slots.id(id);
                    return;
                }
            }
        }
        slots.raw(field, rawValue(p, t));
    }

    /**
     * The non-negative integer the cell's text spells with digits only (blanks around it allowed, as
     * {@code Long.parseLong} after {@code strip()} takes them), or -1: anything else goes to the validator.
     */
    private static long digits(char[] chars, int offset, int length) {
        int from = offset;
        int to = offset + length;
        while (from < to && Character.isWhitespace(chars[from])) {
            from++;
        }
        while (to > from && Character.isWhitespace(chars[to - 1])) {
            to--;
        }
        if (to == from || to - from > 9) {
            return -1;
        }
        long v = 0;
        for (int i = from; i < to; i++) {
            char c = chars[i];
            if (c < '0' || c > '9') {
                return -1;
            }
            v = v * 10 + (c - '0');
        }
        return v;
    }

    /** An invalid row: every problem, as the CSV rules word them, and a column the item lacks altogether said so. */
    private static BatchItem invalid(LeadSlots slots, int previousScore, int from, int to) {
        LeadValidation v = CSV_RULES.validate(slots::value);
        List<FieldProblem> problems = new ArrayList<>();
        for (LeadField f : LeadField.values()) {
            if (!slots.present(f)) {
                problems.add(
                        new FieldProblem(f.fieldName(), "is missing: the CSV has no " + f.fieldName() + " column"));
            }
        }
        for (FieldProblem problem : v.problems()) {
            LeadField f = LeadField.byName(problem.field());
            if (f == null || slots.present(f)) {
                problems.add(problem);
            }
        }
        if (previousScore == Trend.BAD_PREVIOUS_SCORE) {
            problems.add(new FieldProblem(Trend.PREVIOUS_SCORE, Trend.PREVIOUS_SCORE_RULE));
        }
        RawValue id = slots.value(LeadField.ID);
        return new BatchItem(
                id instanceof RawValue.Text text ? text.value().strip() : null, problems, previousScore, from, to);
    }

    /** A {@code previous_score} cell: 0..100, or Trend's no / bad previous score. */
    private static int previousScore(RawValue cell) {
        if (cell == RawValue.MISSING) {
            return Trend.NO_PREVIOUS_SCORE;
        }
        return cell instanceof RawValue.Text t ? Trend.previousScoreCell(t.value()) : Trend.BAD_PREVIOUS_SCORE;
    }

    private static RawValue rawValue(JsonParser p, JsonToken t) throws IOException {
        switch (t) {
            case VALUE_STRING:
                String s = p.getText();
                return s.isBlank() ? RawValue.MISSING : new RawValue.Text(s);
            case VALUE_NULL:
                return RawValue.MISSING;
            case VALUE_NUMBER_INT:
            case VALUE_NUMBER_FLOAT:
            case VALUE_TRUE:
            case VALUE_FALSE:
                // The CSV reader always sends text; a JSON item source may not. Read the literal as the cell's text,
                // so the CSV rules (and their messages) apply to it unchanged.
                return new RawValue.Text(p.getText());
            default:
                p.skipChildren();
                return new RawValue.Other(t == JsonToken.START_ARRAY ? "an array" : "an object");
        }
    }
}
