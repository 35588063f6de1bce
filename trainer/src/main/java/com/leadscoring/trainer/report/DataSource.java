package com.leadscoring.trainer.report;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Where the training data came from.
 *
 * @param source path, URI or {@code synthetic(rows, seed)}
 * @param sha256 hex SHA-256 of the bytes read (for synthetic data: of the generated CSV)
 * @param skippedRows invalid rows skipped with {@code --skip-bad-rows}
 * @param s3VersionId the S3 object version read, so an overwritten CSV can still be fetched (null: local file, or a
 *     bucket without versioning)
 * @param s3ETag the S3 object's ETag (null: local file)
 * @param origin where a {@code dataset}-built file's rows came from (capture date range, outcomes file and version),
 *     from its {@code .origin.json}; empty for any other file
 * @param files with several training files, each one (the fields above then describe them together: the sources joined,
 *     a digest of the files' digests); empty for one file
 */
public record DataSource(
        String source,
        String sha256,
        int skippedRows,
        String s3VersionId,
        String s3ETag,
        Map<String, Object> origin,
        List<DataFile> files) {

    public DataSource {
        origin = origin == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(origin));
        files = files == null ? List.of() : List.copyOf(files);
    }

    /** One training file. */
    public DataSource(
            String source,
            String sha256,
            int skippedRows,
            String s3VersionId,
            String s3ETag,
            Map<String, Object> origin) {
        this(source, sha256, skippedRows, s3VersionId, s3ETag, origin, List.of());
    }

    /** Data that was not built by {@code dataset}. */
    public DataSource(String source, String sha256, int skippedRows, String s3VersionId, String s3ETag) {
        this(source, sha256, skippedRows, s3VersionId, s3ETag, Map.of());
    }

    /** Data that did not come from S3. */
    public DataSource(String source, String sha256, int skippedRows) {
        this(source, sha256, skippedRows, null, null);
    }
}
