package com.leadscoring.lead;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
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
        try {
            if (s.charAt(4) == '-') {
                return LocalDate.parse(s, ISO);
            }
            if (allowDataSetFormat && s.charAt(2) == '-') {
                return LocalDate.parse(s, DATA_SET);
            }
        } catch (DateTimeParseException e) {
            return null;
        }
        return null;
    }
}
