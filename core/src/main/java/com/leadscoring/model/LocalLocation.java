package com.leadscoring.model;

import java.net.URI;
import java.nio.file.Path;

/** A local file or directory named as a plain path or a {@code file:} URI ({@code file:/abs}, {@code file:///abs}, {@code file:rel}). */
public final class LocalLocation {

    private LocalLocation() {
    }

    public static boolean isFileUri(String location) {
        return location.startsWith("file:");
    }

    /** The path {@code location} names; a malformed {@code file:} URI is an {@link IllegalArgumentException} saying so. */
    public static Path path(String location) {
        if (!isFileUri(location)) {
            return Path.of(location);
        }
        URI uri = URI.create(location);
        // file:data.csv is an opaque URI: no path of its own, the rest is the (relative) path.
        return uri.isOpaque() ? Path.of(uri.getSchemeSpecificPart()) : Path.of(uri);
    }
}
