package com.leadscoring.io;

import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * An {@code s3://bucket/key-or-prefix} location: the project's one parser of S3 locations, for model stores and data
 * files. The text after the bucket is the key exactly as written: split at the first {@code /} after the bucket and
 * never URI-decoded, so a key holding a space, {@code #}, {@code ?} or {@code %} (all legal in S3) names that very
 * object. A bucket or key S3 cannot hold is refused by name.
 *
 * @param bucket the bucket name
 * @param key the key or prefix, exactly as given (a leading slash is part of it); may be empty
 */
public record S3Location(String bucket, String key) {

    /** S3's limit on a key: 1,024 bytes of UTF-8. */
    public static final int MAX_KEY_BYTES = 1024;

    private static final String SCHEME = "s3://";

    public S3Location {
        if (key == null) {
            throw new IllegalArgumentException("an S3 location needs a key (empty for the bucket's root)");
        }
        String bad = problem(bucket, key);
        if (bad != null) {
            throw new IllegalArgumentException(printable(SCHEME + bucket + "/" + key) + ": " + bad);
        }
    }

    public static boolean isS3(String location) {
        return location != null && location.startsWith(SCHEME);
    }

    /**
     * Parses {@code s3://bucket/key}: the bucket runs to the first {@code /}, the key is everything after it, as is.
     * Throws {@link IllegalArgumentException} naming the location when it is not one, or names a bucket or key S3
     * cannot hold.
     */
    public static S3Location parse(String location) {
        if (!isS3(location)) {
            throw new IllegalArgumentException("expected s3://bucket/key, got " + location);
        }
        String rest = location.substring(SCHEME.length());
        int slash = rest.indexOf('/');
        String bucket = slash < 0 ? rest : rest.substring(0, slash);
        String key = slash < 0 ? "" : rest.substring(slash + 1);
        if (bucket.isEmpty()) {
            throw new IllegalArgumentException("expected s3://bucket/key, got " + location);
        }
        return new S3Location(bucket, key);
    }

    @Override
    public String toString() {
        return SCHEME + bucket + "/" + key;
    }

    /** Why S3 cannot hold this bucket and key, or null. */
    private static String problem(String bucket, String key) {
        String bad = bucketProblem(bucket);
        return bad != null
                ? "\"" + printable(String.valueOf(bucket)) + "\" is not an S3 bucket name: " + bad
                : keyProblem(key);
    }

    /**
     * Why S3 cannot have this bucket (its naming rules for new buckets), or null: 3 to 63 lower-case letters, digits,
     * dots and hyphens, starting and ending with a letter or digit, no two dots in a row.
     */
    private static String bucketProblem(String bucket) {
        if (bucket == null || bucket.length() < 3 || bucket.length() > 63) {
            return "a bucket name has 3 to 63 characters";
        }
        for (int i = 0; i < bucket.length(); i++) {
            char c = bucket.charAt(i);
            boolean ok = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '.' || c == '-';
            if (!ok) {
                return "a bucket name holds lower-case letters, digits, dots and hyphens only";
            }
        }
        if (!Character.isLetterOrDigit(bucket.charAt(0))
                || !Character.isLetterOrDigit(bucket.charAt(bucket.length() - 1))
                || bucket.contains("..")) {
            return "a bucket name starts and ends with a letter or digit and has no two dots in a row";
        }
        return null;
    }

    /**
     * Why S3 cannot hold this key, or null. A key is any UTF-8 text of at most 1,024 bytes; S3 answers in XML, so a
     * character XML 1.0 cannot carry (control characters other than tab, line feed and carriage return) would be lost.
     */
    private static String keyProblem(String key) {
        for (int i = 0; i < key.length(); i++) {
            char c = key.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < key.length() && Character.isLowSurrogate(key.charAt(i + 1))) {
                i++;
                continue;
            }
            if (Character.isSurrogate(c)) {
                return "the key is not valid Unicode (a lone surrogate at character " + (i + 1) + "), so not UTF-8";
            }
            if ((c < 0x20 && c != '\t' && c != '\n' && c != '\r') || c == 0xFFFE || c == 0xFFFF) {
                return String.format(
                        Locale.ROOT,
                        "the key holds U+%04X at character %d, which S3's XML answers cannot carry",
                        (int) c,
                        i + 1);
            }
        }
        int bytes = key.getBytes(StandardCharsets.UTF_8).length;
        if (bytes > MAX_KEY_BYTES) {
            return "an S3 key is at most " + MAX_KEY_BYTES + " bytes of UTF-8, this one has " + bytes;
        }
        return null;
    }

    /** The location with control characters shown as {@code \\uXXXX}, so a message stays one readable line. */
    private static String printable(String s) {
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            boolean pair =
                    Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1));
            if (pair) {
                b.append(c).append(s.charAt(++i));
            } else if (c < 0x20 || c == 0x7F || Character.isSurrogate(c) || c == 0xFFFE || c == 0xFFFF) {
                b.append(String.format(Locale.ROOT, "\\u%04X", (int) c));
            } else {
                b.append(c);
            }
        }
        return b.toString();
    }
}
