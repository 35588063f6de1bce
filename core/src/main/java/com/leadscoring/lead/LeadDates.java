package com.leadscoring.lead;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.ResolverStyle;

/** The date formats leads arrive in; both strict, so 2021-02-30 is an error rather than 2021-03-02. */
public final class LeadDates {

    /** ISO {@code yyyy-MM-dd}: the API's format, also accepted in CSV. */
    public static final DateTimeFormatter ISO = DateTimeFormatter.ofPattern("uuuu-MM-dd").withResolverStyle(ResolverStyle.STRICT);
    /** The data set's {@code dd-MM-yyyy}. */
    public static final DateTimeFormatter DATA_SET = DateTimeFormatter.ofPattern("dd-MM-uuuu").withResolverStyle(ResolverStyle.STRICT);

    private LeadDates() {
    }

    /** Parses ISO, or the data set's format when {@code allowDataSetFormat}; {@code null} when it is neither. */
    public static LocalDate parse(String text, boolean allowDataSetFormat) {
        String s = text.strip();
        if (s.length() != 10) {
            return null;
        }
        // Fixed positions, read digit by digit: DateTimeFormatter costs about a microsecond a date, which was the
        // largest share of parsing a 1000-lead request. LocalDate.of is as strict as the STRICT formatters above.
        if (s.charAt(4) == '-' && s.charAt(7) == '-') {
            return of(digits(s, 0, 4), digits(s, 5, 7), digits(s, 8, 10));
        }
        if (allowDataSetFormat && s.charAt(2) == '-' && s.charAt(5) == '-') {
            return of(digits(s, 6, 10), digits(s, 3, 5), digits(s, 0, 2));
        }
        return null;
    }

    private static LocalDate of(int year, int month, int day) {
        if (year < 0 || month < 0 || day < 0) {
            return null;
        }
        try {
            return LocalDate.of(year, month, day);
        } catch (java.time.DateTimeException e) {
            return null;
        }
    }

    /** The decimal value of {@code s[from, to)}, or -1 when any character is not an ASCII digit. */
    private static int digits(String s, int from, int to) {
        int v = 0;
        for (int i = from; i < to; i++) {
            char c = s.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            v = v * 10 + (c - '0');
        }
        return v;
    }
}
