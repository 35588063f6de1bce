package com.leadscoring.capture;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.Collectors;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.leadscoring.lead.FieldProblem;
import com.leadscoring.lead.LeadField;
import com.leadscoring.lead.LeadJsonWriter;
import com.leadscoring.lead.LeadValidation;
import com.leadscoring.lead.LeadValidator;
import com.leadscoring.lead.RawValue;

/**
 * A capture record as one line of JSON (JSON Lines), and back. Field order: {@code scoreId, id, modelVersion, scoredAt,
 * source, lead, probability, score, grade, buy, percentile}; {@code lead} is the lead as it was sent: the API's lead
 * object (read back through the API's validation), or for source {@code rescore} also a CSV row as a Distributed Map
 * item carries it, every cell text (read back through the CSV rules); {@code percentile} is null when the model has
 * none.
 */
public final class CaptureJson {

    private static final JsonFactory JSON = new JsonFactory();

    private CaptureJson() {}

    /** Writes {@code record} as one JSON object, without a line break. */
    public static void write(JsonGenerator out, CaptureRecord record) throws IOException {
        out.writeStartObject();
        out.writeStringField("scoreId", record.scoreId());
        out.writeStringField("id", record.id());
        out.writeStringField("modelVersion", record.modelVersion());
        out.writeStringField("scoredAt", record.scoredAt().toString());
        out.writeStringField("source", record.source().wireName());
        out.writeFieldName("lead");
        LeadJsonWriter.writeApiLead(out, record.lead());
        out.writeNumberField("probability", record.probability());
        out.writeNumberField("score", record.score());
        out.writeStringField("grade", record.grade());
        out.writeBooleanField("buy", record.buy());
        if (Double.isNaN(record.percentile())) {
            out.writeNullField("percentile");
        } else {
            out.writeNumberField("percentile", record.percentile());
        }
        out.writeEndObject();
    }

    /** {@code record} as one line of text, without the line break. */
    public static String line(CaptureRecord record) {
        StringWriter text = new StringWriter(640);
        try (JsonGenerator out = JSON.createGenerator(text)) {
            write(out, record);
        } catch (IOException e) {
            throw new UncheckedIOException(e); // a StringWriter does not fail
        }
        return text.toString();
    }

    /** Writes each record on its own line. */
    public static void writeLines(Writer out, Iterable<CaptureRecord> records) throws IOException {
        for (CaptureRecord r : records) {
            out.write(line(r));
            out.write('\n');
        }
    }

    /**
     * Reads one line. A line that is not a capture record is a {@link CaptureFormatException} naming {@code file},
     * {@code line} and the field, never a value.
     */
    public static CaptureRecord parse(String text, String file, long line) throws CaptureFormatException {
        String where = file + ": line " + line;
        Map<String, Object> top = new HashMap<>();
        Map<LeadField, RawValue> lead = null;
        try (JsonParser p = JSON.createParser(text)) {
            if (p.nextToken() != JsonToken.START_OBJECT) {
                throw new CaptureFormatException(where + ": not a JSON object");
            }
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String name = p.currentName();
                JsonToken t = p.nextToken();
                if ("lead".equals(name)) {
                    if (t != JsonToken.START_OBJECT) {
                        throw new CaptureFormatException(where + ", field lead: must be an object");
                    }
                    lead = readLead(p);
                } else if (t == JsonToken.START_OBJECT || t == JsonToken.START_ARRAY) {
                    p.skipChildren(); // a field a later version added: not ours to judge
                } else {
                    top.put(name, scalar(p, t));
                }
            }
        } catch (IOException e) {
            if (e instanceof CaptureFormatException c) {
                throw c;
            }
            throw new CaptureFormatException(where + ": not valid JSON", e);
        }
        if (lead == null) {
            throw new CaptureFormatException(where + ", field lead: is required");
        }
        Map<LeadField, RawValue> fields = lead;
        // A rescoring run's lead is a CSV row as its batch item carried it (every cell text, blank = missing, either
        // date format): read by the CSV rules, which also take the API form that `score --capture` writes.
        boolean csv = "rescore".equals(top.get("source"));
        LeadValidation v = (csv ? LeadValidator.forCsv() : LeadValidator.forJson()).validate(f -> {
            RawValue value = fields.getOrDefault(f, RawValue.MISSING);
            return csv && value instanceof RawValue.Text t && t.value().isBlank() ? RawValue.MISSING : value;
        });
        if (!v.valid()) {
            throw new CaptureFormatException(where + ", "
                    + v.problems().stream()
                            .map(FieldProblem::field)
                            .map(f -> "field lead." + f)
                            .collect(Collectors.joining(", "))
                    + ": not a valid lead");
        }
        try {
            return new CaptureRecord(
                    text(top, "scoreId", where),
                    text(top, "modelVersion", where),
                    instant(top, where),
                    source(top, where),
                    v.lead(),
                    number(top, "probability", where, false),
                    (int) number(top, "score", where, false),
                    text(top, "grade", where),
                    bool(top, where),
                    number(top, "percentile", where, true));
        } catch (IllegalArgumentException e) {
            throw new CaptureFormatException(where + ": " + e.getMessage(), e);
        }
    }

    private static Map<LeadField, RawValue> readLead(JsonParser p) throws IOException {
        Map<LeadField, RawValue> values = new EnumMap<>(LeadField.class);
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            // A CSV header may pad its names, and its first may carry a byte order mark: read as the batch reader
            // reads.
            String name = p.currentName();
            LeadField field = LeadField.byName(
                    (!name.isEmpty() && name.charAt(0) == '\uFEFF' ? name.substring(1) : name).strip());
            JsonToken t = p.nextToken();
            RawValue value = switch (t) {
                case VALUE_STRING -> new RawValue.Text(p.getText());
                case VALUE_NUMBER_INT -> new RawValue.Integral(p.getLongValue());
                case VALUE_NULL -> RawValue.MISSING;
                default -> {
                    p.skipChildren();
                    yield new RawValue.Other(t.name());
                }
            };
            if (field != null) {
                values.putIfAbsent(field, value); // a repeated column: the first wins (a valid batch row has none)
            }
        }
        return values;
    }

    private static Object scalar(JsonParser p, JsonToken t) throws IOException {
        return switch (t) {
            case VALUE_STRING -> p.getText();
            case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> p.getDoubleValue();
            case VALUE_TRUE -> Boolean.TRUE;
            case VALUE_FALSE -> Boolean.FALSE;
            default -> null;
        };
    }

    private static String text(Map<String, Object> top, String field, String where) throws CaptureFormatException {
        if (top.get(field) instanceof String s && !s.isEmpty()) {
            return s;
        }
        throw new CaptureFormatException(where + ", field " + field + ": must be a non-empty string");
    }

    private static double number(Map<String, Object> top, String field, String where, boolean nullable)
            throws CaptureFormatException {
        Object v = top.get(field);
        if (v instanceof Double d) {
            return d;
        }
        if (v == null && nullable) {
            return Double.NaN;
        }
        throw new CaptureFormatException(where + ", field " + field + ": must be a number");
    }

    private static boolean bool(Map<String, Object> top, String where) throws CaptureFormatException {
        if (top.get("buy") instanceof Boolean b) {
            return b;
        }
        throw new CaptureFormatException(where + ", field buy: must be true or false");
    }

    private static Instant instant(Map<String, Object> top, String where) throws CaptureFormatException {
        try {
            return Instant.parse(text(top, "scoredAt", where));
        } catch (DateTimeParseException e) {
            throw new CaptureFormatException(where + ", field scoredAt: must be a UTC timestamp (ISO-8601)", e);
        }
    }

    private static CaptureSource source(Map<String, Object> top, String where) throws CaptureFormatException {
        try {
            return CaptureSource.byWireName(text(top, "source", where));
        } catch (IllegalArgumentException e) {
            throw new CaptureFormatException(where + ", field source: " + e.getMessage(), e);
        }
    }
}
