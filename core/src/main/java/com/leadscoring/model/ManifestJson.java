package com.leadscoring.model;

import java.io.IOException;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The one JSON form of {@link Manifest} ({@code manifest.json}), shared by every store implementation and the trainer.
 * Instants are ISO-8601 strings; unknown fields are refused so a manifest from a newer format fails loudly.
 */
public final class ManifestJson {

    private static final Set<String> FIELDS = Set.of(
            "schemaVersion",
            "modelVersion",
            "createdAt",
            "algorithm",
            "encoderVersion",
            "featureNames",
            "output",
            "files",
            "provenance");
    private static final Set<String> OUTPUT_FIELDS = Set.of("inputName", "outputName", "probabilityColumn");
    private static final Set<String> FILE_FIELDS = Set.of("sha256", "size");

    private ManifestJson() {}

    public static byte[] toJson(Manifest manifest) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("schemaVersion", manifest.schemaVersion());
        m.put("modelVersion", manifest.modelVersion());
        m.put(
                "createdAt",
                manifest.createdAt() == null ? null : manifest.createdAt().toString());
        m.put("algorithm", manifest.algorithm());
        m.put("encoderVersion", manifest.encoderVersion());
        m.put("featureNames", manifest.featureNames());
        if (manifest.output() != null) {
            Map<String, Object> output = new LinkedHashMap<>();
            output.put("inputName", manifest.output().inputName());
            output.put("outputName", manifest.output().outputName());
            output.put("probabilityColumn", manifest.output().probabilityColumn());
            m.put("output", output);
        }
        if (manifest.files() != null) {
            Map<String, Object> files = new LinkedHashMap<>();
            manifest.files().forEach((name, f) -> {
                Map<String, Object> entry = new LinkedHashMap<>();
                entry.put("sha256", f.sha256());
                entry.put("size", f.size());
                files.put(name, entry);
            });
            m.put("files", files);
        }
        m.put("provenance", manifest.provenance());
        return JsonFields.write(m);
    }

    /** Parses {@code manifest.json}; a malformed file is an {@link IOException} naming the problem. */
    public static Manifest fromJson(byte[] json) throws IOException {
        JsonFields m = JsonFields.parse(Manifest.MANIFEST_FILE, json, FIELDS);
        int schemaVersion = m.integer("schemaVersion");
        if (schemaVersion != Manifest.SCHEMA_VERSION) {
            throw new IOException("manifest.json has schema version " + schemaVersion + ", this code reads "
                    + Manifest.SCHEMA_VERSION);
        }
        JsonFields out = m.object("output", OUTPUT_FIELDS);
        ModelOutput output = out == null
                ? null
                : new ModelOutput(out.string("inputName"), out.string("outputName"), out.integer("probabilityColumn"));
        Map<String, JsonFields> listed = m.objectsByName("files", FILE_FIELDS);
        Map<String, FileEntry> files = null;
        if (listed != null) {
            files = new LinkedHashMap<>();
            for (Map.Entry<String, JsonFields> f : listed.entrySet()) {
                files.put(
                        f.getKey(),
                        new FileEntry(
                                f.getValue().string("sha256"), f.getValue().wholeNumber("size")));
            }
        }
        List<String> featureNames = m.strings("featureNames");
        return new Manifest(
                schemaVersion,
                m.string("modelVersion"),
                instant(m, "createdAt"),
                m.string("algorithm"),
                m.string("encoderVersion"),
                featureNames == null ? null : List.copyOf(featureNames),
                output,
                files,
                m.freeForm("provenance"));
    }

    private static Instant instant(JsonFields m, String name) throws IOException {
        String text = m.string(name);
        try {
            return text == null ? null : Instant.parse(text);
        } catch (DateTimeParseException e) {
            throw m.invalid(name, "is not an ISO-8601 instant: " + text);
        }
    }
}
