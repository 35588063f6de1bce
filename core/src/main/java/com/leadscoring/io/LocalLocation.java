package com.leadscoring.io;

import java.net.URI;
import java.nio.file.Path;

/**
 * A local file or directory named as a plain path or a {@code file:} URI ({@code file:/abs}, {@code file:///abs},
 * {@code file:rel}).
 */
public final class LocalLocation {

    private LocalLocation() {}

    public static boolean isFileUri(String location) {
        return location.startsWith("file:");
    }

    /**
     * The path {@code location} names; a malformed {@code file:} URI is an {@link IllegalArgumentException} saying so.
     */
    public static Path path(String location) {
        // "s3:/bucket", "S3://bucket": meant for S3, never a local folder called "s3:".
        if (location.regionMatches(true, 0, "s3:", 0, 3)) {
            throw new IllegalArgumentException(
                    S3Location.isS3(location)
                            ? location + " is an S3 location, not a local path"
                            : "expected s3://bucket/key (lower-case s3, two slashes), got " + location);
        }
        if (!isFileUri(location)) {
            return Path.of(location);
        }
        URI uri = URI.create(location);
        // file:data.csv is an opaque URI: no path of its own, the rest is the (relative) path.
        return uri.isOpaque() ? Path.of(uri.getSchemeSpecificPart()) : Path.of(uri);
    }
}
