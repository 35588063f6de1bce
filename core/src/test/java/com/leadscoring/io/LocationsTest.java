package com.leadscoring.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.s3.model.GetObjectResponse;

/**
 * What a read records of the S3 object's identity, from S3's answer. (The in-process S3 server keeps no versions, so
 * {@code LocationsIT} sees only the no-versioning answer.)
 */
class LocationsTest {

    @Test
    void aVersionedBucketsAnswerGivesTheVersionIdAndTheUnquotedETag() {
        GetObjectResponse r = GetObjectResponse.builder()
                .versionId("3sL4kqtJlcpXroDTDmJ.rmSpXd3dIbrHY")
                .eTag("\"9b2cf535f27731c974343645a3985328\"")
                .build();
        assertEquals("3sL4kqtJlcpXroDTDmJ.rmSpXd3dIbrHY", Locations.versionId(r));
        assertEquals("9b2cf535f27731c974343645a3985328", Locations.eTag(r));
    }

    @Test
    void withoutVersioningThereIsNoVersionId() {
        assertNull(Locations.versionId(GetObjectResponse.builder().build()));
        // An object written while versioning was off, read after it was turned on.
        assertNull(Locations.versionId(
                GetObjectResponse.builder().versionId("null").build()));
        assertNull(Locations.eTag(GetObjectResponse.builder().build()));
    }

    @Test
    void aLocalOutputAppearsOnlyWhenCommitted(@org.junit.jupiter.api.io.TempDir Path dir) throws Exception {
        Path failed = dir.resolve("out/failed.csv");
        try (Locations.Output out = Locations.create(failed.toString())) {
            out.write("half".getBytes(StandardCharsets.UTF_8));
        }
        Assertions.assertFalse(Files.exists(failed), "nothing without a commit");
        Path done = dir.resolve("out/done.csv");
        try (Locations.Output out = Locations.create(done.toString())) {
            out.write("whole".getBytes(StandardCharsets.UTF_8));
            out.commit();
        }
        assertEquals("whole", Files.readString(done));
    }
}
