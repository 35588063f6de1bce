package com.leadscoring.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Test;

class ManifestJsonTest {

    static Manifest manifest() {
        Map<String, Object> provenance = new LinkedHashMap<>();
        provenance.put("dataSha256", "ab12");
        provenance.put("rows", Map.of("leads", 8000, "buyers", 425));
        provenance.put("seed", 7);
        provenance.put("cvRocAuc", 0.9490123456789);
        provenance.put("versions", Map.of("java", "17"));
        Map<String, FileEntry> files = new LinkedHashMap<>();
        files.put(Manifest.MODEL_FILE, new FileEntry("40f9", 16_406));
        files.put(Manifest.PREPROCESSING_FILE, new FileEntry("891e", 5_000_000_000L));
        return new Manifest(
                Manifest.SCHEMA_VERSION,
                "20261125T000120Z-6d804e7",
                Instant.parse("2026-11-25T00:01:20.001657337Z"),
                "dnn",
                "lead-features-v1",
                List.of("a", "b"),
                new ModelOutput("features", "probability", -1),
                files,
                provenance);
    }

    @Test
    void roundTripsEveryField() throws IOException {
        Manifest m = manifest();
        Manifest back = ManifestJson.fromJson(ManifestJson.toJson(m));
        assertEquals(m, back);
        assertEquals(
                5_000_000_000L, back.files().get(Manifest.PREPROCESSING_FILE).size());
    }

    @Test
    void keepsNullsInProvenance() throws IOException {
        Manifest m = manifest();
        m.provenance().put("trainerCommit", null);
        Manifest back = ManifestJson.fromJson(ManifestJson.toJson(m));
        assertEquals(m, back);
        assertTrue(back.provenance().containsKey("trainerCommit"));
    }

    @Test
    void rewritesTheFilesOfAPublishedVersionByteForByte() throws IOException {
        // The fixture store was written by the previous (databind) code: the same bytes come back out, so nothing
        // that reads these files can tell which code wrote them.
        Path store = FixtureStore.path();
        Path version = store.resolve(
                Files.readString(store.resolve(Manifest.LATEST_FILE)).strip());
        byte[] manifest = Files.readAllBytes(version.resolve(Manifest.MANIFEST_FILE));
        Assertions.assertArrayEquals(manifest, ManifestJson.toJson(ManifestJson.fromJson(manifest)));
        byte[] preprocessing = Files.readAllBytes(version.resolve(Manifest.PREPROCESSING_FILE));
        Assertions.assertArrayEquals(
                preprocessing, PreprocessingParameters.fromJson(preprocessing).toJson());
    }

    @Test
    void refusesAnUnknownFieldByName() {
        String json = new String(ManifestJson.toJson(manifest()), StandardCharsets.UTF_8)
                .replaceFirst("\\{", "{\"extra\": 1,");
        assertMessage(json, "extra is not a known field");
        String nested =
                new String(ManifestJson.toJson(manifest()), StandardCharsets.UTF_8).replace("\"size\"", "\"bytes\"");
        assertMessage(nested, "files.model.onnx.bytes is not a known field");
    }

    @Test
    void namesTheFieldOfAWrongTypeOrValue() {
        String base = new String(ManifestJson.toJson(manifest()), StandardCharsets.UTF_8);
        assertMessage(
                base.replace("\"2026-11-25T00:01:20.001657337Z\"", "\"yesterday\""),
                "createdAt is not an ISO-8601 instant");
        assertMessage(
                base.replace("\"probabilityColumn\" : -1", "\"probabilityColumn\" : \"last\""),
                "output.probabilityColumn must be a number");
        assertMessage(base.replace("[ \"a\", \"b\" ]", "[ \"a\", 2 ]"), "featureNames[1] must be a string");
        assertMessage(base.replace("\"schemaVersion\" : 1,", ""), "schemaVersion is missing");
        assertMessage(
                base.replace("\"schemaVersion\" : 1,", "\"schemaVersion\" : 2,"),
                "schema version 2, this code reads 1");
        assertMessage("[1, 2]", "manifest.json is not valid");
        assertMessage("{\"schemaVersion\": ", "manifest.json is not valid");
    }

    private static void assertMessage(String json, String expected) {
        IOException e =
                assertThrows(IOException.class, () -> ManifestJson.fromJson(json.getBytes(StandardCharsets.UTF_8)));
        assertTrue(e.getMessage().contains(expected), e.getMessage());
    }
}
