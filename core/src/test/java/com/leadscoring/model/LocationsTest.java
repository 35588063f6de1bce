package com.leadscoring.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

import software.amazon.awssdk.services.s3.model.GetObjectResponse;

/**
 * What a read records of the S3 object's identity, from S3's answer. (The in-process S3 server keeps no versions, so
 * {@code LocationsIT} sees only the no-versioning answer.)
 */
class LocationsTest {

    @Test
    void aVersionedBucketsAnswerGivesTheVersionIdAndTheUnquotedETag() {
        GetObjectResponse r = GetObjectResponse.builder().versionId("3sL4kqtJlcpXroDTDmJ.rmSpXd3dIbrHY")
                .eTag("\"9b2cf535f27731c974343645a3985328\"").build();
        assertEquals("3sL4kqtJlcpXroDTDmJ.rmSpXd3dIbrHY", Locations.versionId(r));
        assertEquals("9b2cf535f27731c974343645a3985328", Locations.eTag(r));
    }

    @Test
    void withoutVersioningThereIsNoVersionId() {
        assertNull(Locations.versionId(GetObjectResponse.builder().build()));
        // An object written while versioning was off, read after it was turned on.
        assertNull(Locations.versionId(GetObjectResponse.builder().versionId("null").build()));
        assertNull(Locations.eTag(GetObjectResponse.builder().build()));
    }
}
