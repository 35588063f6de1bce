package com.leadscoring.trainer.report;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One of several training files ({@code train --data A --data B}): where it came from and what it gave.
 *
 * @param source path or URI
 * @param sha256 hex SHA-256 of its bytes
 * @param s3VersionId the S3 object version read (null: local file, or a bucket without versioning)
 * @param s3ETag the S3 object's ETag (null: local file)
 * @param origin where a {@code dataset}-built file's rows came from (capture date range, outcomes object and version);
 *     empty for any other file
 * @param rows its valid rows
 * @param skippedRows its invalid rows skipped with {@code --skip-bad-rows}
 * @param replacedRows its rows left out because a later file holds the same lead id
 */
public record DataFile(
        String source,
        String sha256,
        String s3VersionId,
        String s3ETag,
        Map<String, Object> origin,
        int rows,
        int skippedRows,
        int replacedRows) {

    public DataFile {
        origin = origin == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(origin));
    }

    /** As the manifest's provenance and {@code metrics.json} record it (the single-file field names). */
    public Map<String, Object> toMap() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("dataSource", source);
        m.put("dataSha256", sha256);
        if (s3VersionId != null) {
            m.put("dataS3VersionId", s3VersionId);
        }
        if (s3ETag != null) {
            m.put("dataS3ETag", s3ETag);
        }
        if (!origin.isEmpty()) {
            m.put("dataOrigin", origin);
        }
        m.put("rows", rows);
        m.put("skippedRows", skippedRows);
        m.put("replacedRows", replacedRows);
        return m;
    }
}
