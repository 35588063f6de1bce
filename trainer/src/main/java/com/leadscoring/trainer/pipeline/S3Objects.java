package com.leadscoring.trainer.pipeline;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;

import com.leadscoring.model.S3Clients;

import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.GetObjectRequest;
import software.amazon.awssdk.services.s3.model.NoSuchKeyException;

/** Streams training data from {@code s3://bucket/key} with the same client settings the model store uses. */
final class S3Objects {

    private S3Objects() {
    }

    static InputStream open(String location) throws IOException {
        URI uri = URI.create(location);
        String bucket = uri.getHost();
        String key = uri.getPath() == null ? "" : uri.getPath().replaceFirst("^/", "");
        if (bucket == null || bucket.isEmpty() || key.isEmpty()) {
            throw new IOException(location + ": expected s3://bucket/key");
        }
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
        } catch (SdkException e) {
            s3.close();
            throw new IOException(location + ": " + e.getMessage(), e);
        }
    }
}
