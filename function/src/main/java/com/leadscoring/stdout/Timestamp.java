package com.leadscoring.stdout;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/**
 * The log layout's timestamp ({@code yyyy-MM-dd'T'HH:mm:ss.SSS'Z'}: milliseconds, a literal Z, in the JVM's zone as the
 * layout's, UTC on Lambda), its date and time formatted once per second and kept: formatting them on every line through
 * {@link DateTimeFormatter} was half the cost of writing the request line. TimestampTest checks it against the
 * formatter across second, day and year boundaries.
 */
final class Timestamp {

    static final DateTimeFormatter FORMAT =
            DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSS'Z'").withZone(ZoneId.systemDefault());

    private static final DateTimeFormatter SECOND =
            DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.").withZone(ZoneId.systemDefault());

    /** The last second formatted (one object, so a reader never sees one second's text with another's number). */
    private record Second(long epochSecond, String text) {}

    private static volatile Second last = new Second(Long.MIN_VALUE, "");

    private Timestamp() {}

    /** Appends the timestamp of {@code millis} (since the epoch) to {@code b}. */
    static void append(StringBuilder b, long millis) {
        long second = Math.floorDiv(millis, 1000);
        int milli = (int) Math.floorMod(millis, 1000);
        Second s = last;
        if (s.epochSecond() != second) {
            s = new Second(second, SECOND.format(Instant.ofEpochSecond(second)));
            last = s;
        }
        b.append(s.text());
        if (milli < 100) {
            b.append(milli < 10 ? "00" : "0");
        }
        b.append(milli).append('Z');
    }
}
