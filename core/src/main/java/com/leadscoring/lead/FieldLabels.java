package com.leadscoring.lead;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.CharacterCodingException;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.commons.csv.DuplicateHeaderMode;

/**
 * Words a salesperson reads for the lead fields: a label and a description per field, stored with a model ({@code train
 * --field-labels labels.csv}) and carried by each reason. The shipped data set's fields are anonymised
 * ({@code user_activity_var_3}), so a field without a label is labelled by its name.
 */
public final class FieldLabels {

    /**
     * The longest label: a reason is read at a glance, and an explained batch answer must fit a Step Functions state.
     */
    public static final int MAX_LABEL_LENGTH = 40;

    /** No labels: every field is labelled by its name. */
    public static final FieldLabels NONE = new FieldLabels(Map.of(), Map.of());

    private final Map<String, String> labels;
    private final Map<String, String> descriptions;

    public FieldLabels(Map<String, String> labels, Map<String, String> descriptions) {
        for (Map.Entry<String, String> e : labels.entrySet()) {
            if (!labelable(e.getKey())) {
                throw new IllegalArgumentException("no lead field is called " + e.getKey());
            }
            if (e.getValue().isBlank() || e.getValue().length() > MAX_LABEL_LENGTH) {
                throw new IllegalArgumentException(e.getKey() + "'s label must have 1 to " + MAX_LABEL_LENGTH
                        + " characters, got '" + e.getValue() + "'");
            }
        }
        for (String field : descriptions.keySet()) {
            if (!labels.containsKey(field)) {
                throw new IllegalArgumentException("a description for " + field + ", which has no label");
            }
        }
        this.labels = Collections.unmodifiableMap(new LinkedHashMap<>(labels));
        this.descriptions = Collections.unmodifiableMap(new LinkedHashMap<>(descriptions));
    }

    /** The field's label, or its name when it has none. */
    public String label(String field) {
        return labels.getOrDefault(field, field);
    }

    /** The field's description, or {@code ""}. */
    public String description(String field) {
        return descriptions.getOrDefault(field, "");
    }

    public boolean isEmpty() {
        return labels.isEmpty();
    }

    public Map<String, String> labels() {
        return labels;
    }

    public Map<String, String> descriptions() {
        return descriptions;
    }

    /**
     * Reads {@code field,label,description} rows (a header row first; description optional). Every problem names its
     * line: an unknown field, a blank label, a field given twice.
     */
    public static FieldLabels fromCsv(Reader reader, String source) throws CsvFormatException {
        CSVFormat format = CSVFormat.DEFAULT
                .builder()
                .setHeader()
                .setSkipHeaderRecord(true)
                .setIgnoreEmptyLines(true)
                .setTrim(true)
                .setDuplicateHeaderMode(DuplicateHeaderMode.DISALLOW)
                .get();
        Map<String, String> labels = new LinkedHashMap<>();
        Map<String, String> descriptions = new LinkedHashMap<>();
        try (CSVParser parser =
                CSVParser.builder().setReader(reader).setFormat(format).get()) {
            if (!parser.getHeaderNames().contains("field")
                    || !parser.getHeaderNames().contains("label")
                    || !Set.of("field", "label", "description").containsAll(parser.getHeaderNames())) {
                throw new CsvFormatException(source + ": line 1: the header must be field,label[,description], found "
                        + String.join(",", parser.getHeaderNames()));
            }
            boolean hasDescription = parser.getHeaderNames().contains("description");
            for (CSVRecord r : parser) {
                long line = r.getParser().getCurrentLineNumber();
                String field = r.get("field");
                String label = r.isSet("label") ? r.get("label") : "";
                if (!labelable(field)) {
                    throw new CsvFormatException(
                            source + ": line " + line + ": no lead field is called '" + field + "'");
                }
                if (label.isBlank()) {
                    throw new CsvFormatException(source + ": line " + line + ": " + field + " has no label");
                }
                if (label.length() > MAX_LABEL_LENGTH) {
                    throw new CsvFormatException(source + ": line " + line + ": " + field + "'s label is longer than "
                            + MAX_LABEL_LENGTH + " characters");
                }
                if (labels.put(field, label) != null) {
                    throw new CsvFormatException(source + ": line " + line + ": " + field + " is labelled twice");
                }
                if (hasDescription
                        && r.isSet("description")
                        && !r.get("description").isBlank()) {
                    descriptions.put(field, r.get("description"));
                }
            }
        } catch (CsvFormatException e) {
            throw e;
        } catch (IOException | RuntimeException e) {
            if (e instanceof Utf8Text.NotUtf8Exception || e.getCause() instanceof Utf8Text.NotUtf8Exception) {
                throw new CsvFormatException(
                        (e instanceof Utf8Text.NotUtf8Exception ? e : e.getCause()).getMessage(), e);
            }
            boolean notText = e instanceof CharacterCodingException || e.getCause() instanceof CharacterCodingException;
            throw new CsvFormatException(source + ": " + (notText ? "is not UTF-8 text" : e.getMessage()), e);
        }
        return new FieldLabels(labels, descriptions);
    }

    /**
     * Whether {@code name} can be labelled: a lead field other than the id, or {@link LeadField#ALL_USER_ACTIVITY}, the
     * combined activity group a search encoder's reasons name.
     */
    public static boolean labelable(String name) {
        LeadField f = LeadField.byName(name);
        return (f != null && f != LeadField.ID) || LeadField.ALL_USER_ACTIVITY.equals(name);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof FieldLabels l && l.labels.equals(labels) && l.descriptions.equals(descriptions);
    }

    @Override
    public int hashCode() {
        return labels.hashCode() * 31 + descriptions.hashCode();
    }

    @Override
    public String toString() {
        return "FieldLabels" + labels;
    }
}
