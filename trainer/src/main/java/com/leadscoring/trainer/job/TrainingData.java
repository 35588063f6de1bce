package com.leadscoring.trainer.job;

import com.leadscoring.model.Sha256;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;

import com.leadscoring.trainer.data.LeadDataLoader;

/**
 * Step 1, load: reads the training CSV from a local path or {@code s3://bucket/key}, hashing the exact bytes read
 * (the hash goes into the model's manifest, so a model names the data it was trained on).
 */
public final class TrainingData {

    /**
     * Loaded data with its provenance.
     *
     * @param result the loader's result (valid rows, skipped count)
     * @param sha256 hex SHA-256 of the file's bytes
     * @param source where it came from
     */
    public record Loaded(LeadDataLoader.Result result, String sha256, String source) {
    }

    private TrainingData() {
    }

    public static Loaded load(String location, boolean skipBadRows) throws IOException {
        try (InputStream raw = open(location)) {
            MessageDigest digest = Sha256.newDigest();
            DigestInputStream in = new DigestInputStream(raw, digest);
            // The CSV reader closes what it reads; keep the stream open to hash any bytes after the last row.
            Reader reader = new InputStreamReader(new java.io.FilterInputStream(in) {
                @Override
                public void close() {
                }
            }, StandardCharsets.UTF_8);
            LeadDataLoader.Result result = new LeadDataLoader(skipBadRows).load(reader, location);
            in.transferTo(java.io.OutputStream.nullOutputStream());
            return new Loaded(result, Sha256.hex(digest), location);
        }
    }

    /** Opens a path, {@code file:} URI or {@code s3://bucket/key} for reading (also used by {@code drift}). */
    public static InputStream open(String location) throws IOException {
        if (com.leadscoring.model.S3Location.isS3(location)) {
            return S3Objects.open(location);
        }
        Path path = com.leadscoring.model.LocalLocation.path(location);
        try {
            return Files.newInputStream(path);
        } catch (NoSuchFileException e) {
            throw new NoSuchFileException(path + " (no such data file)");
        }
    }
}
