package com.leadscoring.io;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.services.s3.S3Client;

/** The one location rule against a real S3-compatible server and the local disk. */
class LocationsIT {

    /** The S3 server the code under test reaches as it reaches AWS (its clients pointed here). */
    @RegisterExtension
    static final S3Server s3 = S3Server.pointingClientsHere("data");

    @Test
    void writesAndReadsS3ObjectsWithTheirETag() throws Exception {
        byte[] bytes = "id,created_at\n1,2021-05-04\n".getBytes(StandardCharsets.UTF_8);
        Locations.write("s3://data/some/dir/file.csv", bytes);
        assertArrayEquals(bytes, s3.get("data", "some/dir/file.csv"));
        String eTag;
        try (S3Client c = s3.client()) {
            eTag = c.headObject(b -> b.bucket("data").key("some/dir/file.csv"))
                    .eTag()
                    .replace("\"", "");
        }
        try (Locations.Source in = Locations.open("s3://data/some/dir/file.csv")) {
            assertArrayEquals(bytes, in.readAllBytes());
            assertEquals(eTag, in.eTag());
        }
        assertFalse(Files.exists(Path.of("s3:")), "never a local folder called s3:");
    }

    @Test
    void aStreamedS3WriteAppearsOnlyWhenClosed() throws Exception {
        try (Locations.Output out = Locations.create("s3://data/streamed.csv")) {
            out.write("a,b\n".getBytes(StandardCharsets.UTF_8));
            try (S3Client c = s3.client()) {
                assertTrue(
                        c.listObjectsV2(b -> b.bucket("data").prefix("streamed"))
                                .contents()
                                .isEmpty(),
                        "no half-written object");
            }
            out.write("1,2\n".getBytes(StandardCharsets.UTF_8));
            out.commit();
        }
        // A run that fails half way never commits: nothing appears.
        try (Locations.Output out = Locations.create("s3://data/failed.csv")) {
            out.write("a,b\n".getBytes(StandardCharsets.UTF_8));
        }
        try (S3Client c = s3.client()) {
            assertTrue(
                    c.listObjectsV2(b -> b.bucket("data").prefix("failed"))
                            .contents()
                            .isEmpty(),
                    "no half-written object");
        }
        assertEquals("a,b\n1,2\n", new String(s3.get("data", "streamed.csv"), StandardCharsets.UTF_8));
    }

    @Test
    void localPathsAndFileUrisWorkAlike(@TempDir Path tmp) throws Exception {
        Path file = tmp.resolve("nested/out.json");
        Locations.write(file.toString(), new byte[] {1, 2, 3});
        try (Locations.Source in = Locations.open(file.toUri().toString())) {
            assertArrayEquals(new byte[] {1, 2, 3}, in.readAllBytes());
            assertNull(in.eTag());
            assertNull(in.versionId());
        }
    }

    @Test
    void failuresNameTheLocation() {
        IOException missing = assertThrows(IOException.class, () -> Locations.open("s3://data/no-such.csv"));
        assertTrue(missing.getMessage().contains("s3://data/no-such.csv"), missing.getMessage());
        IOException prefix = assertThrows(IOException.class, () -> Locations.write("s3://data/", new byte[0]));
        assertTrue(prefix.getMessage().contains("one object"), prefix.getMessage());
        IOException oneSlash = assertThrows(IOException.class, () -> Locations.write("s3:/data/x.csv", new byte[0]));
        assertTrue(oneSlash.getMessage().contains("expected s3://bucket/key"), oneSlash.getMessage());
        assertFalse(Files.exists(Path.of("s3:")), "never a local folder called s3:");
        IllegalArgumentException local =
                assertThrows(IllegalArgumentException.class, () -> Locations.localOnly("--dir", "s3://data/demo"));
        assertEquals("--dir takes a local path, not an S3 location: s3://data/demo", local.getMessage());
    }
}
