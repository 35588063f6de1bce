package com.leadscoring.trainer.job;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.Reader;
import java.nio.file.NoSuchFileException;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.util.Map;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.leadscoring.io.Locations;
import com.leadscoring.io.Sha256;
import com.leadscoring.lead.Utf8Text;
import com.leadscoring.trainer.data.LeadDataLoader;

/**
 * Step 1, load: reads the training CSV from a local path or {@code s3://bucket/key}, hashing the exact bytes read (the
 * hash goes into the model's manifest, so a model names the data it was trained on).
 */
public final class TrainingData {

    private static final ObjectMapper ORIGIN_JSON = new ObjectMapper();

    /**
     * Loaded data with its provenance.
     *
     * @param result the loader's result (valid rows, skipped count)
     * @param sha256 hex SHA-256 of the file's bytes
     * @param source where it came from
     * @param s3VersionId the S3 object version read (null: a local file, or a bucket without versioning)
     * @param s3ETag the S3 object's ETag (null: a local file)
     * @param origin the {@code .origin.json} beside a file {@code dataset} wrote (empty for any other file)
     */
    public record Loaded(
            LeadDataLoader.Result result,
            String sha256,
            String source,
            String s3VersionId,
            String s3ETag,
            Map<String, Object> origin) {}

    private TrainingData() {}

    public static Loaded load(String location, boolean skipBadRows) throws IOException {
        return load(location, skipBadRows, false);
    }

    /** Reads one of several training files: with {@code mayBeEmpty} a file without rows is no error by itself. */
    static Loaded load(String location, boolean skipBadRows, boolean mayBeEmpty) throws IOException {
        try (Locations.Source raw = open(location)) {
            MessageDigest digest = Sha256.newDigest();
            DigestInputStream in = new DigestInputStream(raw, digest);
            // The CSV reader closes what it reads; keep the stream open to hash any bytes after the last row.
            Reader reader = Utf8Text.reader(
                    new FilterInputStream(in) {
                        @Override
                        public void close() {}
                    },
                    location);
            LeadDataLoader loader = new LeadDataLoader(skipBadRows);
            LeadDataLoader.Result result = mayBeEmpty ? loader.read(reader, location) : loader.load(reader, location);
            in.transferTo(OutputStream.nullOutputStream());
            return new Loaded(result, Sha256.hex(digest), location, raw.versionId(), raw.eTag(), origin(location));
        }
    }

    /** The origin {@code dataset} recorded beside {@code location}; empty when there is none. */
    static Map<String, Object> origin(String location) throws IOException {
        byte[] bytes;
        try (Locations.Source in = Locations.open(location + NextTrainingSet.ORIGIN_SUFFIX)) {
            bytes = in.readAllBytes();
        } catch (IOException e) {
            return Map.of(); // an ordinary training file: nothing beside it
        }
        return ORIGIN_JSON.readValue(bytes, new TypeReference<Map<String, Object>>() {});
    }

    /** Opens a path, {@code file:} URI or {@code s3://bucket/key} for reading (also used by {@code drift}). */
    public static Locations.Source open(String location) throws IOException {
        try {
            return Locations.open(location);
        } catch (NoSuchFileException e) {
            throw new NoSuchFileException(e.getFile().replace("(no such file)", "(no such data file)"));
        }
    }
}
