package com.leadscoring.model;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

import com.leadscoring.lead.FieldLabels;

/**
 * {@code labels.json}: a version's {@link FieldLabels}, listed and checksummed in its manifest like every file.
 * Versions trained without {@code --field-labels} have none, and their fields are labelled by name.
 */
public final class FieldLabelsJson {

    public static final String FILE = "labels.json";

    private static final Set<String> FIELDS = Set.of("labels", "descriptions");

    private FieldLabelsJson() {}

    public static byte[] toJson(FieldLabels labels) {
        Map<String, Object> file = new LinkedHashMap<>();
        file.put("labels", labels.labels());
        file.put("descriptions", labels.descriptions());
        return JsonFields.write(file);
    }

    public static FieldLabels fromJson(byte[] json) throws IOException {
        JsonFields f = JsonFields.parse(FILE, json, FIELDS);
        try {
            return new FieldLabels(strings(f, "labels"), strings(f, "descriptions"));
        } catch (IllegalArgumentException e) {
            throw new IOException(FILE + " is not valid: " + e.getMessage(), e);
        }
    }

    private static Map<String, String> strings(JsonFields f, String name) throws IOException {
        Map<String, String> out = new LinkedHashMap<>();
        Map<String, Object> in = f.freeForm(name);
        for (Map.Entry<String, Object> e : (in == null ? Map.<String, Object>of() : in).entrySet()) {
            if (!(e.getValue() instanceof String s)) {
                throw f.invalid(name, e.getKey() + " must be a string");
            }
            out.put(e.getKey(), s);
        }
        return out;
    }

    /** The bundle's labels, {@link FieldLabels#NONE} when its version has none. */
    public static FieldLabels of(ModelBundle bundle) throws IOException {
        byte[] json = bundle.otherFiles().get(FILE);
        return json == null ? FieldLabels.NONE : fromJson(json);
    }
}
