package com.leadscoring.model;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import com.leadscoring.features.FeatureEncoder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;

class FileSystemModelStoreTest {

    @TempDir
    Path root;

    private static final String V1 = "20261124T101500Z-aaaaaaa";
    private static final String V2 = "20261125T101500Z-bbbbbbb";

    private ModelStore store() {
        return new FileSystemModelStore(root);
    }

    private Manifest publish(String version, boolean latest) throws ModelStoreException {
        return store().publish(
                        StoreFixtures.manifest(version, Instant.parse("2026-11-24T10:15:00Z")),
                        StoreFixtures.files(version),
                        latest);
    }

    @Test
    void roundTripKeepsEveryByteAndMovesLatestLast() throws Exception {
        Manifest written = publish(V1, true);
        assertEquals(4, written.files().size());
        ModelBundle b = store().load(null);
        assertEquals(V1, b.manifest().modelVersion());
        assertArrayEquals(StoreFixtures.files(V1).get(Manifest.MODEL_FILE), b.onnxModel());
        assertEquals(0.4, b.preprocessing().threshold());
        assertEquals(V1, Files.readString(root.resolve("latest")).trim());
        publish(V2, false);
        assertEquals(V1, store().latestVersion(), "latest moves only when asked");
        assertEquals(List.of(V1, V2), store().listVersions());
    }

    @Test
    void neverOverwritesAVersion() throws Exception {
        publish(V1, true);
        ModelStoreException e = assertThrows(ModelStoreException.class, () -> publish(V1, true));
        assertTrue(e.getMessage().contains("exists already"), e.getMessage());
    }

    @Test
    void versionIdFromTheModelHashWhenNotGiven() throws Exception {
        Manifest m = store().publish(
                        StoreFixtures.manifest(null, Instant.parse("2026-11-24T10:15:00Z")),
                        StoreFixtures.files("x"),
                        true);
        assertTrue(m.modelVersion().startsWith("20261124T101500Z-"), m.modelVersion());
        assertTrue(ModelVersionId.isValid(m.modelVersion()));
    }

    @Test
    void promoteIsTheRollback() throws Exception {
        publish(V1, true);
        publish(V2, true);
        assertEquals(V2, store().latestVersion());
        store().promote(V1);
        assertEquals(V1, store().load(null).manifest().modelVersion());
        assertThrows(ModelStoreException.class, () -> store().promote("20991231T000000Z-0000000"));
    }

    @Test
    void aTamperedFileIsRefusedNamingIt() throws Exception {
        publish(V1, true);
        Path model = root.resolve(V1).resolve(Manifest.MODEL_FILE);
        byte[] bytes = Files.readAllBytes(model);
        bytes[0] ^= 1;
        Files.write(model, bytes);
        ModelStoreException e = assertThrows(ModelStoreException.class, () -> store().load(null));
        assertTrue(e.getMessage().contains("model.onnx does not match its checksum"), e.getMessage());
        assertThrows(ModelStoreException.class, () -> store().verify(V1));
    }

    @Test
    void eachStorageFaultIsAClearError() throws Exception {
        assertMessage("no model store there", () -> new FileSystemModelStore(root.resolve("absent")).load(null));
        assertMessage("no model published", () -> store().load(null));
        publish(V1, true);
        Files.writeString(root.resolve("latest"), V2);
        assertMessage("no such version", () -> store().load(null));
        Files.writeString(root.resolve("latest"), V1);
        Files.delete(root.resolve(V1).resolve(Manifest.METRICS_FILE));
        assertMessage("metrics.json is missing", () -> store().load(null));
        Files.write(root.resolve(V1).resolve(Manifest.MANIFEST_FILE), "{not json".getBytes(StandardCharsets.UTF_8));
        assertMessage("manifest.json is not valid", () -> store().load(null));
        Files.delete(root.resolve(V1).resolve(Manifest.MANIFEST_FILE));
        assertMessage("incomplete version", () -> store().load(null));
    }

    @Test
    void aModelOfAnotherFeatureSetIsRefused() throws Exception {
        Manifest m = StoreFixtures.manifest(V1, Instant.now());
        List<String> renamed = new ArrayList<>(FeatureEncoder.featureNames());
        renamed.set(3, "products_purchased_9");
        store().publish(
                        new Manifest(
                                m.schemaVersion(),
                                V1,
                                m.createdAt(),
                                m.algorithm(),
                                m.encoderVersion(),
                                renamed,
                                m.output(),
                                m.files(),
                                m.provenance()),
                        StoreFixtures.files(V1),
                        true);
        assertMessage("feature 3 is products_purchased_9 in the model", () -> store().load(null));
        store().publish(
                        new Manifest(
                                m.schemaVersion(),
                                V2,
                                m.createdAt(),
                                m.algorithm(),
                                "lead-features-v0",
                                m.featureNames(),
                                m.output(),
                                m.files(),
                                m.provenance()),
                        StoreFixtures.files(V2),
                        true);
        assertMessage("encoder lead-features-v0", () -> store().load(null));
    }

    @Test
    void opensStoresByLocation() {
        assertInstanceOf(FileSystemModelStore.class, ModelStores.open(root.toString()));
        assertInstanceOf(
                FileSystemModelStore.class, ModelStores.open(root.toUri().toString()));
        assertInstanceOf(
                S3ModelStore.class,
                ModelStores.open(
                        "s3://bucket/models",
                        S3Client.builder()
                                .region(Region.US_EAST_1)
                                .httpClient(UrlConnectionHttpClient.create())
                                .build()));
        assertThrows(IllegalArgumentException.class, () -> ModelStores.open("ftp://x/y"));
        assertThrows(IllegalArgumentException.class, () -> ModelStores.open(" "));
    }

    private static void assertMessage(String expected, Executable e) {
        ModelStoreException ex = assertThrows(ModelStoreException.class, e);
        assertTrue(ex.getMessage().contains(expected), "expected '" + expected + "' in: " + ex.getMessage());
    }
}
