package com.leadscoring.io;

import java.net.URI;

/**
 * An {@code s3://bucket/key-or-prefix} location: the project's one parser of S3 URIs, for model stores and data files.
 *
 * @param bucket the bucket name
 * @param key the key or prefix without a leading slash; may be empty
 */
public record S3Location(String bucket, String key) {

    public static boolean isS3(String location) {
        return location != null && location.startsWith("s3://");
    }

    /**
     * Parses {@code s3://bucket/key}; throws {@link IllegalArgumentException} naming the location when it is not one.
     */
    public static S3Location parse(String location) {
        if (!isS3(location)) {
            throw new IllegalArgumentException("expected s3://bucket/key, got " + location);
        }
        URI uri;
        try {
            uri = URI.create(location);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("expected s3://bucket/key, got " + location + ": " + e.getMessage(), e);
        }
        if (uri.getHost() == null || uri.getHost().isBlank()) {
            throw new IllegalArgumentException("expected s3://bucket/key, got " + location);
        }
        String key = uri.getPath() == null ? "" : uri.getPath().replaceFirst("^/+", "");
        return new S3Location(uri.getHost(), key);
    }

    @Override
    public String toString() {
        return "s3://" + bucket + "/" + key;
    }
}
