package com.leadscoring.io;

import java.io.FilterInputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

import software.amazon.awssdk.core.ResponseInputStream;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.GetObjectResponse;
import software.amazon.awssdk.services.s3.model.NoSuchBucketException;
import software.amazon.awssdk.services.s3.model.NoSuchKeyException;
import software.amazon.awssdk.services.s3.model.S3Exception;

/**
 * The one rule for a file named on a command line or in an event: {@code s3://bucket/key} is an S3 object
 * ({@link S3Location}), anything else a local path or {@code file:} URI ({@link LocalLocation}). Every path option of
 * both CLIs and the drift check read and write through here, so {@code s3://} never becomes a local folder called
 * {@code s3:}.
 */
public final class Locations {

    private Locations() {}

    /** A file being read, with the identity of the exact bytes when they come from S3. */
    public static class Source extends FilterInputStream {

        private final String versionId;
        private final String eTag;

        Source(InputStream in, String versionId, String eTag) {
            super(in);
            this.versionId = versionId;
            this.eTag = eTag;
        }

        /** The S3 object version read; null for a local file or a bucket without versioning. */
        public String versionId() {
            return versionId;
        }

        /** The S3 object's ETag (quotes removed); null for a local file. */
        public String eTag() {
            return eTag;
        }
    }

    /** Opens {@code location} for reading; a missing file or object is an {@link IOException} naming it. */
    public static Source open(String location) throws IOException {
        if (!S3Location.isS3(location)) {
            Path path = local(location);
            try {
                return new Source(Files.newInputStream(path), null, null);
            } catch (NoSuchFileException e) {
                throw new NoSuchFileException(path + " (no such file)");
            }
        }
        S3Location s3Location = object(location);
        S3Client s3 = S3Clients.create();
        try {
            ResponseInputStream<GetObjectResponse> in =
                    s3.getObject(b -> b.bucket(s3Location.bucket()).key(s3Location.key()));
            return new Source(in, versionId(in.response()), eTag(in.response())) {
                @Override
                public void close() throws IOException {
                    try {
                        super.close();
                    } finally {
                        s3.close();
                    }
                }
            };
        } catch (RuntimeException e) {
            s3.close();
            throw failure(location, e);
        }
    }

    /**
     * The version id S3 answered; null without versioning ("null" is S3's id of an object written while it was off).
     */
    static String versionId(GetObjectResponse response) {
        String v = response.versionId();
        return v == null || v.isBlank() || "null".equals(v) ? null : v;
    }

    /** The ETag S3 answered, without its quotes. */
    static String eTag(GetObjectResponse response) {
        return response.eTag() == null ? null : response.eTag().replace("\"", "");
    }

    /** Writes {@code bytes} to {@code location}, creating local parent directories. */
    public static void write(String location, byte[] bytes) throws IOException {
        try (Output out = create(location)) {
            out.write(bytes);
            out.commit();
        }
    }

    /**
     * Output to a location that appears only when the writer says it is complete: bytes go to a temporary file, and
     * {@link #close()} after {@link #commit()} puts that file at the location in one step (an S3 PUT, or a move beside
     * the local target). Closed without a commit (the run failed half way), it leaves nothing there.
     */
    public static final class Output extends FilterOutputStream {

        private final String location;
        private final Path spool;
        private boolean committed;
        private boolean closed;

        private Output(String location, Path spool) throws IOException {
            super(Files.newOutputStream(spool));
            this.location = location;
            this.spool = spool;
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            out.write(b, off, len);
        }

        /** Marks the output complete: the next {@link #close()} publishes it. */
        public void commit() {
            committed = true;
        }

        @Override
        public void close() throws IOException {
            if (closed) {
                return;
            }
            closed = true;
            try {
                super.close();
                if (committed) {
                    upload(spool, location);
                }
            } finally {
                Files.deleteIfExists(spool);
            }
        }
    }

    /**
     * An {@link Output} to {@code location} (local parent directories are created on commit); call
     * {@link Output#commit()} when everything is written, or nothing appears at the location.
     */
    public static Output create(String location) throws IOException {
        if (S3Location.isS3(location)) {
            object(location);
        } else {
            local(location);
        }
        return new Output(location, Files.createTempFile("output-", ".part"));
    }

    /**
     * Puts a finished local file at {@code location} in one step (an S3 PUT, or a local copy): for output built in a
     * temporary file, so a run that fails while writing leaves nothing at {@code location}.
     */
    public static void upload(Path file, String location) throws IOException {
        if (!S3Location.isS3(location)) {
            Path path = local(location);
            Path parent = path.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
            // Copied beside the target, then moved over it in one step: a reader never sees half a file.
            Path beside = Files.createTempFile(path.toAbsolutePath().getParent(), "." + path.getFileName(), ".part");
            try {
                Files.copy(file, beside, StandardCopyOption.REPLACE_EXISTING);
                Files.move(beside, path, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } finally {
                Files.deleteIfExists(beside);
            }
            return;
        }
        S3Location s3Location = object(location);
        try (S3Client s3 = S3Clients.create()) {
            s3.putObject(b -> b.bucket(s3Location.bucket()).key(s3Location.key()), RequestBody.fromFile(file));
        } catch (RuntimeException e) {
            throw failure(location, e);
        }
    }

    /**
     * The local path of an option that cannot take S3 (a working directory, say); {@code s3://} is refused naming the
     * option instead of becoming a folder called {@code s3:}.
     */
    public static Path localOnly(String option, String location) {
        if (S3Location.isS3(location)) {
            throw new IllegalArgumentException(option + " takes a local path, not an S3 location: " + location);
        }
        return LocalLocation.path(location);
    }

    private static Path local(String location) throws IOException {
        try {
            return LocalLocation.path(location);
        } catch (IllegalArgumentException e) {
            throw new IOException(e.getMessage(), e);
        }
    }

    private static S3Location object(String location) throws IOException {
        try {
            S3Location s = S3Location.parse(location);
            if (s.key().isEmpty() || s.key().endsWith("/")) {
                throw new IllegalArgumentException("expected s3://bucket/key of one object, got " + location);
            }
            return s;
        } catch (IllegalArgumentException e) {
            throw new IOException(e.getMessage(), e);
        }
    }

    private static IOException failure(String location, RuntimeException e) {
        if (e instanceof NoSuchKeyException || e instanceof NoSuchBucketException) {
            return new IOException(location + ": no such object", e);
        }
        if (e instanceof S3Exception s && s.statusCode() == 403) {
            return new IOException("no object at " + location + ", or this role may not use it (S3 answered 403)", e);
        }
        if (e instanceof SdkException) {
            return new IOException(location + ": " + e.getMessage(), e);
        }
        throw e;
    }
}
