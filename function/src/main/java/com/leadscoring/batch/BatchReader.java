package com.leadscoring.batch;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.leadscoring.decision.Trend;
import com.leadscoring.lead.LeadField;
import com.leadscoring.lead.RawValue;

/**
 * Reads a Distributed Map item batch, {@code {"Items": [{column: "text", ...}, ...], "BatchInput": {...}}}, streaming
 * each item straight into raw values by lead field. Nothing is validated here: a cell stays text, an empty or blank
 * cell is missing (as in {@code LeadCsvReader}), unknown columns (e.g. {@code buy}) are ignored, and a column the item
 * lacks altogether is left {@code null} so the caller can say so; a {@code previous_score} column is kept apart. Of
 * {@code BatchInput} only {@code explain} is read (the run's choice, set by the state machine); its other keys are the
 * run's own and skipped.
 */
final class BatchReader {

    private static final JsonFactory JSON = new JsonFactory();
    private static final int FIELDS = LeadField.values().length;

    private BatchReader() {}

    /** Each item's values indexed by {@link LeadField#ordinal()} ({@code null} where the item has no such key). */
    static BatchRequest read(InputStream in) {
        try (JsonParser p = JSON.createParser(in)) {
            if (p.nextToken() != JsonToken.START_OBJECT) {
                throw new MalformedBatchException("the batch must be a JSON object with an Items array");
            }
            List<RawValue[]> items = null;
            List<RawValue> previousScores = new ArrayList<>();
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
                    items = items(p, previousScores);
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
            return new BatchRequest(items, previousScores, explain);
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

    /** The items, and each one's {@code previous_score} cell into {@code previousScores}. */
    private static List<RawValue[]> items(JsonParser p, List<RawValue> previousScores) throws IOException {
        List<RawValue[]> items = new ArrayList<>();
        JsonToken t;
        while ((t = p.nextToken()) != JsonToken.END_ARRAY) {
            if (t != JsonToken.START_OBJECT) {
                throw new MalformedBatchException(
                        "item " + items.size() + " must be an object of CSV columns, got " + t);
            }
            RawValue[] values = new RawValue[FIELDS];
            RawValue previousScore = RawValue.MISSING;
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String name = p.currentName().strip();
                LeadField field = LeadField.byName(name);
                JsonToken v = p.nextToken();
                if (field == null) {
                    if (Trend.PREVIOUS_SCORE.equals(name)) {
                        RawValue cell = value(p, v);
                        if (previousScore == RawValue.MISSING) {
                            previousScore = cell; // a repeated column: the first wins, as for lead fields
                        }
                    } else {
                        p.skipChildren();
                    }
                    continue;
                }
                RawValue raw = value(p, v);
                if (values[field.ordinal()] == null) {
                    values[field.ordinal()] = raw; // a repeated column: the first wins, as in LeadCsvReader
                }
            }
            items.add(values);
            previousScores.add(previousScore);
        }
        return items;
    }

    private static RawValue value(JsonParser p, JsonToken t) throws IOException {
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
