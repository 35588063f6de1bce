package com.leadscoring.wire;

import java.io.IOException;
import java.time.LocalDate;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.leadscoring.decision.Trend;
import com.leadscoring.features.LeadSlots;
import com.leadscoring.lead.LeadDates;
import com.leadscoring.lead.LeadField;
import com.leadscoring.lead.LeadValidator;
import com.leadscoring.lead.RawValue;

/**
 * How {@link LeadReader} takes a lead's values: as the typed JSON of the API's body, or as the text cells of a CSV row
 * (a Distributed Map batch, whose CSV reader makes every value a string). A value that passes the shared rules goes
 * into its {@link LeadSlots} slot as a primitive; anything else is kept as the {@link RawValue} the policy's
 * {@link LeadValidator} judges, so a bad lead's problems are exactly that validator's.
 */
public enum CellPolicy {
    /**
     * The API: integers are JSON integers, dates ISO strings, an id a string or an integer; {@code null} is missing.
     * Keys are exact; an unknown key is a problem; a repeated key is malformed JSON; a nested value is skipped with
     * Jackson's duplicate detection on, as the strict parser would read it.
     */
    JSON(LeadValidator.forJson()),
    /**
     * A CSV row: every cell is text (a number or boolean literal is read as its text); an empty or blank cell is
     * missing; both date formats are taken. Keys are column names, read without blanks around them or a UTF-8 byte
     * order mark (which a CSV reader can leave on the first header name); other columns are ignored; a lead column or
     * {@code previous_score} given twice, or a lead column absent altogether, is a problem of the row.
     */
    TEXT(LeadValidator.forCsv());

    private final LeadValidator validator;

    CellPolicy(LeadValidator validator) {
        this.validator = validator;
    }

    /** The rules a lead with a value the fast path did not take goes through whole. */
    LeadValidator validator() {
        return validator;
    }

    /** A key's name as the policy reads it: a column name without blanks around it or a leading byte order mark. */
    String keyName(String name) {
        if (this == JSON) {
            return name;
        }
        return (!name.isEmpty() && name.charAt(0) == '\uFEFF' ? name.substring(1) : name).strip();
    }

    /** Reads the value {@code v} of {@code field}: into its slot when it passes the shared rules, else as it came. */
    void read(JsonParser p, JsonToken v, LeadField field, LeadSlots slots) throws IOException {
        if (this == JSON) {
            typed(p, v, field, slots);
        } else {
            text(p, v, field, slots);
        }
    }

    private static void typed(JsonParser p, JsonToken v, LeadField field, LeadSlots slots) throws IOException {
        switch (field.kind()) {
            case INTEGER -> {
                if (v == JsonToken.VALUE_NUMBER_INT && p.getNumberType() != JsonParser.NumberType.BIG_INTEGER) {
                    long x = p.getLongValue();
                    if (field.accepts(x)) {
                        slots.integer(field, (int) x);
                    } else {
                        slots.raw(field, new RawValue.Integral(x));
                    }
                    return;
                }
            }
            case DATE -> {
                if (v == JsonToken.VALUE_STRING) {
                    LocalDate d = LeadDates.parse(p.getTextCharacters(), p.getTextOffset(), p.getTextLength(), false);
                    if (d != null && LeadDates.isPossible(d)) {
                        slots.date(field, d);
                    } else {
                        slots.raw(field, new RawValue.Text(p.getText()));
                    }
                    return;
                }
            }
            case ID -> {
                if (v == JsonToken.VALUE_STRING) {
                    String text = p.getText();
                    String stripped = text.strip();
                    if (LeadField.acceptsIdText(stripped)) {
                        slots.id(stripped);
                    } else {
                        slots.raw(field, new RawValue.Text(text));
                    }
                    return;
                }
                if (v == JsonToken.VALUE_NUMBER_INT && p.getNumberType() != JsonParser.NumberType.BIG_INTEGER) {
                    slots.id(p.getLongValue()); // any integer is an id
                    return;
                }
            }
        }
        slots.raw(field, JSON.raw(p, v));
    }

    private static void text(JsonParser p, JsonToken v, LeadField field, LeadSlots slots) throws IOException {
        if (v == JsonToken.VALUE_STRING
                && textCell(p.getTextCharacters(), p.getTextOffset(), p.getTextLength(), field, slots)) {
            return;
        }
        slots.raw(field, TEXT.raw(p, v));
    }

    /**
     * Takes a CSV cell's text {@code chars[offset, offset+length)} of {@code field} into its slot when it passes the
     * fast rules, or as missing when it is blank; false for anything else, which the validator must judge (kept as
     * {@link #raw}). The one cell rule of the text policy: the batch's byte scan ({@code batch.BatchScan}) takes its
     * cells through it too.
     */
    public static boolean textCell(char[] chars, int offset, int length, LeadField field, LeadSlots slots) {
        switch (field.kind()) {
            case INTEGER -> {
                long x = digits(chars, offset, length);
                if (x >= 0 && field.accepts(x)) {
                    slots.integer(field, (int) x);
                    return true;
                }
            }
            case DATE -> {
                LocalDate d = LeadDates.parse(chars, offset, length, true);
                if (d != null && LeadDates.isPossible(d)) {
                    slots.date(field, d);
                    return true;
                }
            }
            case ID -> {
                String id = new String(chars, offset, length).strip();
                if (LeadField.acceptsIdText(id)) {
                    slots.id(id);
                    return true;
                }
            }
        }
        for (int i = offset; i < offset + length; i++) {
            if (!Character.isWhitespace(chars[i])) {
                return false;
            }
        }
        slots.raw(
                field, RawValue.MISSING); // blank: as String.isBlank, char by char (no whitespace lies outside the BMP)
        return true;
    }

    /**
     * The non-negative integer a cell's text spells with digits only (blanks around it allowed, as
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
        return LeadDates.digits(chars, from, to);
    }

    /** The value {@code v} as it arrived, for the validator to judge (a nested value is skipped). */
    RawValue raw(JsonParser p, JsonToken v) throws IOException {
        if (this == TEXT) {
            return switch (v) {
                case VALUE_STRING -> {
                    String s = p.getText();
                    yield s.isBlank() ? RawValue.MISSING : new RawValue.Text(s);
                }
                case VALUE_NULL -> RawValue.MISSING;
                // A JSON item source may send a literal where the CSV reader sends text: its text follows the CSV
                // rules (and their messages) unchanged.
                case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT, VALUE_TRUE, VALUE_FALSE -> new RawValue.Text(p.getText());
                default -> {
                    skip(p);
                    yield new RawValue.Other(v == JsonToken.START_ARRAY ? "an array" : "an object");
                }
            };
        }
        return switch (v) {
            case VALUE_NULL -> RawValue.MISSING;
            case VALUE_STRING -> new RawValue.Text(p.getText());
            case VALUE_NUMBER_INT ->
                p.getNumberType() == JsonParser.NumberType.BIG_INTEGER
                        ? new RawValue.Other("an integer out of range")
                        : new RawValue.Integral(p.getLongValue());
            case VALUE_NUMBER_FLOAT -> new RawValue.Other("a decimal number");
            case VALUE_TRUE, VALUE_FALSE -> new RawValue.Other("a boolean");
            case START_OBJECT -> {
                skip(p);
                yield new RawValue.Other("an object");
            }
            case START_ARRAY -> {
                skip(p);
                yield new RawValue.Other("an array");
            }
            default -> new RawValue.Other(v.name());
        };
    }

    /**
     * A {@code previous_score} value: 0..100, {@link Trend#NO_PREVIOUS_SCORE} when null (or an empty cell),
     * {@link Trend#BAD_PREVIOUS_SCORE} else.
     */
    int previousScore(JsonParser p, JsonToken v) throws IOException {
        if (this == TEXT) {
            RawValue cell = raw(p, v);
            if (cell == RawValue.MISSING) {
                return Trend.NO_PREVIOUS_SCORE;
            }
            return cell instanceof RawValue.Text t ? Trend.previousScoreCell(t.value()) : Trend.BAD_PREVIOUS_SCORE;
        }
        if (v == JsonToken.VALUE_NULL) {
            return Trend.NO_PREVIOUS_SCORE;
        }
        if (v == JsonToken.VALUE_NUMBER_INT && p.getNumberType() != JsonParser.NumberType.BIG_INTEGER) {
            long value = p.getLongValue();
            if (Trend.isScore(value)) {
                return (int) value;
            }
        }
        skip(p);
        return Trend.BAD_PREVIOUS_SCORE;
    }

    /** How {@code previous_score} must be written, as a problem's reason. */
    String previousScoreRule() {
        return this == JSON ? Trend.PREVIOUS_SCORE_JSON_RULE : Trend.PREVIOUS_SCORE_RULE;
    }

    /**
     * Skips the value the parser is on. In JSON, duplicate keys inside it are Jackson's to find, as everywhere in the
     * strict parser; a CSV row's nested value is only ever refused, so it is skipped as it comes.
     */
    public void skip(JsonParser p) throws IOException {
        JsonToken t = p.currentToken();
        if (t != JsonToken.START_OBJECT && t != JsonToken.START_ARRAY) {
            return;
        }
        if (this == JSON) {
            p.enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);
            p.skipChildren();
            p.disable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);
        } else {
            p.skipChildren();
        }
    }
}
