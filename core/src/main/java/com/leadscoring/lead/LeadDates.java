package com.leadscoring.lead;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.ResolverStyle;

/** The date formats leads arrive in; both strict, so 2021-02-30 is an error rather than 2021-03-02. */
public final class LeadDates {

    /** ISO {@code yyyy-MM-dd}: the API's format, also accepted in CSV. */
    public static final DateTimeFormatter ISO =
            DateTimeFormatter.ofPattern("uuuu-MM-dd").withResolverStyle(ResolverStyle.STRICT);
    /** The data set's {@code dd-MM-yyyy}. */
    public static final DateTimeFormatter DATA_SET =
            DateTimeFormatter.ofPattern("dd-MM-uuuu").withResolverStyle(ResolverStyle.STRICT);

    private LeadDates() {}

    /** Parses ISO, or the data set's format when {@code allowDataSetFormat}; {@code null} when it is neither. */
    public static LocalDate parse(String text, boolean allowDataSetFormat) {
        String s = text.strip(); // only a date's ten characters are copied below, whatever the text's length
        return s.length() != 10 ? null : parse(s.toCharArray(), 0, 10, allowDataSetFormat);
    }

    /**
     * {@link #parse(String, boolean)} over {@code chars[offset, offset+length)}, without making a String: the request
     * parser reads dates straight from the JSON tokenizer's buffer.
     */
    public static LocalDate parse(char[] chars, int offset, int length, boolean allowDataSetFormat) {
        // String.strip() by index: no whitespace code point lies outside the BMP, so char by char is the same.
        int from = offset;
        int to = offset + length;
        while (from < to && Character.isWhitespace(chars[from])) {
            from++;
        }
        while (to > from && Character.isWhitespace(chars[to - 1])) {
            to--;
        }
        if (to - from != 10) {
            return null;
        }
        // Fixed positions, read digit by digit: DateTimeFormatter costs about a microsecond a date, which was the
        // largest share of parsing a 1000-lead request. LocalDate.of is as strict as the STRICT formatters above.
        int f = from;
        if (chars[f + 4] == '-' && chars[f + 7] == '-') {
            return of(digits(chars, f, f + 4), digits(chars, f + 5, f + 7), digits(chars, f + 8, f + 10));
        }
        if (allowDataSetFormat && chars[f + 2] == '-' && chars[f + 5] == '-') {
            return of(digits(chars, f + 6, f + 10), digits(chars, f + 3, f + 5), digits(chars, f, f + 2));
        }
        return null;
    }

    /**
     * Whether {@code d} can belong to a real lead: within
     * {@link LeadField#EARLIEST_DATE}..{@link LeadField#LATEST_DATE}.
     */
    public static boolean isPossible(LocalDate d) {
        return !d.isBefore(LeadField.EARLIEST_DATE) && !d.isAfter(LeadField.LATEST_DATE);
    }

    private static LocalDate of(int year, int month, int day) {
        if (year < 0 || month < 0 || day < 0) {
            return null;
        }
        try {
            return LocalDate.of(year, month, day);
        } catch (DateTimeException e) {
            return null;
        }
    }

    /**
     * The decimal value of {@code s[from, to)}, or -1 when any character is not an ASCII digit; at most 9 digits (the
     * caller's to check), so the value fits. Shared with the function's cell reading.
     */
    public static int digits(char[] s, int from, int to) {
        int v = 0;
        for (int i = from; i < to; i++) {
            char c = s[i];
            if (c < '0' || c > '9') {
                return -1;
            }
            v = v * 10 + (c - '0');
        }
        return v;
    }
}
