package com.leadscoring.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The split rule: bucket up to the first slash, the rest the key as written; no URI decoding, no cutting. */
class S3LocationTest {

    @Test
    void theKeyIsEverythingAfterTheBucketsSlashAsWritten() {
        for (String key :
                new String[] {"a/b#c?d=e&f", "100%25.csv", "a%20b c", "", "dir/", "/lead", "a//b", "ü/€/\uD83D\uDE80"
                }) {
            S3Location l = S3Location.parse("s3://my.bucket-1/" + key);
            assertEquals("my.bucket-1", l.bucket());
            assertEquals(key, l.key());
            assertEquals("s3://my.bucket-1/" + key, l.toString());
        }
        assertEquals("", S3Location.parse("s3://bucket").key());
    }

    @Test
    void bucketsAndKeysS3CannotHoldAreRefusedByName() {
        String[][] cases = {
            {"s3://", "expected s3://bucket/key"},
            {"s3:///key", "expected s3://bucket/key"},
            {"s3://ab/key", "\"ab\" is not an S3 bucket name: a bucket name has 3 to 63 characters"},
            {"s3://My_Bucket/key", "\"My_Bucket\" is not an S3 bucket name"},
            {"s3://bucket name/key", "\"bucket name\" is not an S3 bucket name"},
            {"s3://-bucket/key", "starts and ends with a letter or digit"},
            {"s3://a..b/key", "no two dots in a row"},
            {"s3://bucket/" + "k".repeat(1025), "at most 1024 bytes of UTF-8, this one has 1025"},
            {"s3://bucket/a\u0000b", "U+0000 at character 2"},
            {"s3://bucket/a\uDC00", "lone surrogate at character 2"},
        };
        for (String[] c : cases) {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> S3Location.parse(c[0]));
            assertTrue(e.getMessage().contains(c[1]), c[0] + " -> " + e.getMessage());
        }
    }
}
