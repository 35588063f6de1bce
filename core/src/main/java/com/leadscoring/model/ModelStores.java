package com.leadscoring.model;

import java.net.URI;
import java.nio.file.Path;

import software.amazon.awssdk.services.s3.S3Client;

/** Opens a store from its location: a directory, a {@code file:} URI or {@code s3://bucket/prefix}. */
public final class ModelStores {

    private ModelStores() {
    }

    public static ModelStore open(String location) {
        return open(location, null);
    }

    /** As {@link #open(String)}, with the S3 client to use for {@code s3://} (null: {@link S3Clients#create()}). */
    public static ModelStore open(String location, S3Client s3) {
        if (location == null || location.isBlank()) {
            throw new IllegalArgumentException("model store location is empty");
        }
        if (location.startsWith("s3://")) {
            URI uri = URI.create(location);
            if (uri.getHost() == null || uri.getHost().isBlank()) {
                throw new IllegalArgumentException("expected s3://bucket/prefix, got " + location);
            }
            String prefix = uri.getPath() == null ? "" : uri.getPath();
            return new S3ModelStore(s3 != null ? s3 : S3Clients.create(), uri.getHost(), prefix);
        }
        if (location.startsWith("file:")) {
            return new FileSystemModelStore(Path.of(URI.create(location)));
        }
        if (location.matches("^[a-zA-Z][a-zA-Z0-9+.-]+://.*")) {
            throw new IllegalArgumentException("unsupported model store " + location + " (use a directory, file: or s3://)");
        }
        return new FileSystemModelStore(Path.of(location));
    }
}
