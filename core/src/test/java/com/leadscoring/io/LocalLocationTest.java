package com.leadscoring.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;

class LocalLocationTest {

    @Test
    void readsPlainPathsAndEveryFormOfFileUri() {
        assertEquals(Path.of("data/leads.csv"), LocalLocation.path("data/leads.csv"));
        assertEquals(Path.of("leads.csv"), LocalLocation.path("file:leads.csv"));
        assertEquals(Path.of("/tmp/leads.csv"), LocalLocation.path("file:/tmp/leads.csv"));
        assertEquals(Path.of("/tmp/leads.csv"), LocalLocation.path("file:///tmp/leads.csv"));
    }

    @Test
    void aMalformedFileUriIsAClearError() {
        assertThrows(IllegalArgumentException.class, () -> LocalLocation.path("file:/tmp/a b.csv"));
    }

    @Test
    void anythingThatLooksLikeS3IsNeverALocalPath() {
        for (String s3ish : new String[] {"s3://bucket/key", "s3:/bucket/key", "S3://bucket/key", "s3:bucket"}) {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> LocalLocation.path(s3ish));
            assertEquals(true, e.getMessage().contains(s3ish), e.getMessage());
        }
    }
}
