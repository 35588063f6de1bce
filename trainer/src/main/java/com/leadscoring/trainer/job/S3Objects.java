package com.leadscoring.trainer.job;

import com.leadscoring.model.S3Location;

import java.io.IOException;
import java.io.InputStream;

import com.leadscoring.model.S3Clients;

import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.GetObjectRequest;
import software.amazon.awssdk.services.s3.model.NoSuchKeyException;
import software.amazon.awssdk.services.s3.model.S3Exception;

/** Streams training data from {@code s3://bucket/key} with the same client settings the model store uses. */
final class S3Objects {

    private S3Objects() {
    }

    static InputStream open(String location) throws IOException {
        S3Location s3Location;
        try {
            s3Location = S3Location.parse(location);
        } catch (IllegalArgumentException e) {
            throw new IOException(e.getMessage(), e);
        }
        if (s3Location.key().isEmpty()) {
            throw new IOException(location + ": expected s3://bucket/key");
        }
        String bucket = s3Location.bucket();
        String key = s3Location.key();
        S3Client s3 = S3Clients.create();
        try {
            InputStream in = s3.getObject(GetObjectRequest.builder().bucket(bucket).key(key).build());
            return new java.io.FilterInputStream(in) {
                @Override
                public void close() throws IOException {
                    try {
                        super.close();
                    } finally {
                        s3.close();
                    }
                }
            };
        } catch (NoSuchKeyException e) {
            s3.close();
            throw new IOException(location + ": no such object");
        } catch (S3Exception e) {
            s3.close();
            if (e.statusCode() == 403) {
                throw new IOException("no object at " + location + ", or this role may not read it (S3 answered 403)", e);
            }
            throw new IOException(location + ": " + e.getMessage(), e);
        } catch (SdkException e) {
            s3.close();
            throw new IOException(location + ": " + e.getMessage(), e);
        }
    }
}
