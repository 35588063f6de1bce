package com.leadscoring.model;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.regex.Pattern;

/**
 * Model version ids: {@code yyyyMMdd'T'HHmmss'Z'-<7 hex>}, the UTC publish time and the start of the model file's
 * sha256. They sort by time as plain strings, and two publishes of different models never collide.
 */
public final class ModelVersionId {

    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);
    private static final Pattern FORMAT = Pattern.compile("\\d{8}T\\d{6}Z-[0-9a-f]{7}");

    private ModelVersionId() {
    }

    public static String of(Instant publishedAt, String modelSha256) {
        if (modelSha256 == null || modelSha256.length() < 7) {
            throw new IllegalArgumentException("model sha256 needed for the version id");
        }
        return STAMP.format(publishedAt.truncatedTo(ChronoUnit.SECONDS)) + "-" + modelSha256.substring(0, 7);
    }

    /** Whether {@code s} is a well-formed version id (also guards against path tricks like {@code ../x}). */
    public static boolean isValid(String s) {
        return s != null && FORMAT.matcher(s).matches();
    }
}
