package com.leadscoring.lead;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;

/**
 * Writes a lead as JSON, field by field from {@link LeadField}, in the two forms the function reads: the API's lead
 * object (numbers as numbers, ISO dates, a missing optional field left out) and a Distributed Map batch item (every
 * value the text of its CSV cell, {@code ""} for an empty one). The one writer of sample leads: priming, the demo's
 * sample event and the events in {@code events/} all go through it, so none can fall behind the schema.
 */
public final class LeadJsonWriter {

    private static final JsonFactory JSON = new JsonFactory();

    private LeadJsonWriter() {}

    /** Writes {@code lead} as the API's JSON lead object. */
    public static void writeApiLead(JsonGenerator out, Lead lead) throws IOException {
        out.writeStartObject();
        for (LeadField field : LeadField.values()) {
            Object value = lead.value(field);
            if (value instanceof Integer number) {
                out.writeNumberField(field.fieldName(), number);
            } else if (value instanceof LocalDate date) {
                out.writeStringField(field.fieldName(), LeadDates.ISO.format(date));
            } else if (value != null) {
                out.writeStringField(field.fieldName(), value.toString());
            }
        }
        out.writeEndObject();
    }

    /** Writes {@code lead} as a batch item: every value as text, dates in {@code dates}, {@code ""} when missing. */
    public static void writeBatchItem(JsonGenerator out, Lead lead, DateTimeFormatter dates) throws IOException {
        out.writeStartObject();
        for (LeadField field : LeadField.values()) {
            Object value = lead.value(field);
            String text = value instanceof LocalDate date ? dates.format(date) : value == null ? "" : value.toString();
            out.writeStringField(field.fieldName(), text);
        }
        out.writeEndObject();
    }

    /** {@code lead} as the API's JSON lead object, as text. */
    public static String apiLead(Lead lead) {
        StringWriter text = new StringWriter();
        try (JsonGenerator out = JSON.createGenerator(text)) {
            writeApiLead(out, lead);
        } catch (IOException e) {
            throw new UncheckedIOException(e); // a StringWriter does not fail
        }
        return text.toString();
    }

    /** {@code lead} as a batch item, as text. */
    public static String batchItem(Lead lead, DateTimeFormatter dates) {
        StringWriter text = new StringWriter();
        try (JsonGenerator out = JSON.createGenerator(text)) {
            writeBatchItem(out, lead, dates);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return text.toString();
    }
}
