package com.leadscoring.model;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.regex.Pattern;

/**
 * Model version ids: {@code yyyyMMdd'T'HHmmss'Z'-<7 hex>}, the UTC publish time and the start of a sha256. The trainer
 * hashes what makes the model (data hash, configuration, preprocessing, weights, time), not the model file: the id is
 * written into the file's own metadata, so the file cannot be hashed first. A store publishing without an id uses the
 * model file's hash. Ids sort by time as plain strings; the store refuses to overwrite an existing one.
 */
public final class ModelVersionId {

    private static final DateTimeFormatter STAMP =
            DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);
    private static final Pattern FORMAT = Pattern.compile("\\d{8}T\\d{6}Z-[0-9a-f]{7}");

    private ModelVersionId() {}

    /** @param sha256 hex SHA-256 of what identifies the model (see the class comment) */
    public static String of(Instant publishedAt, String sha256) {
        if (sha256 == null || sha256.length() < 7) {
            throw new IllegalArgumentException("a sha256 is needed for the version id");
        }
        return STAMP.format(publishedAt.truncatedTo(ChronoUnit.SECONDS)) + "-" + sha256.substring(0, 7);
    }

    /** Whether {@code s} is a well-formed version id (also guards against path tricks like {@code ../x}). */
    public static boolean isValid(String s) {
        return s != null && FORMAT.matcher(s).matches();
    }
}
