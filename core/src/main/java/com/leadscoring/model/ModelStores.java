package com.leadscoring.model;

import java.nio.file.Path;

import com.leadscoring.io.LocalLocation;
import com.leadscoring.io.S3Clients;
import com.leadscoring.io.S3Location;
import software.amazon.awssdk.services.s3.S3Client;

/** Opens a store from its location: a directory, a {@code file:} URI or {@code s3://bucket/prefix}. */
public final class ModelStores {

    private ModelStores() {}

    public static ModelStore open(String location) {
        return open(location, null);
    }

    /** As {@link #open(String)}, with the S3 client to use for {@code s3://} (null: {@link S3Clients#create()}). */
    public static ModelStore open(String location, S3Client s3) {
        if (location == null || location.isBlank()) {
            throw new IllegalArgumentException("model store location is empty");
        }
        if (S3Location.isS3(location)) {
            S3Location s3Location = S3Location.parse(location);
            return new S3ModelStore(s3 != null ? s3 : S3Clients.create(), s3Location.bucket(), s3Location.key());
        }
        if (LocalLocation.isFileUri(location)) {
            return new FileSystemModelStore(LocalLocation.path(location));
        }
        if (location.matches("^[a-zA-Z][a-zA-Z0-9+.-]+://.*")) {
            throw new IllegalArgumentException(
                    "unsupported model store " + location + " (use a directory, file: or s3://)");
        }
        return new FileSystemModelStore(Path.of(location));
    }
}
