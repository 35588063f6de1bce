package com.leadscoring.lead;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.StringLength;

/** The fast date reader agrees with the strict java.time formatters on any 10-character text. */
class LeadDatesTest {

    @Property(tries = 2000, seed = "11")
    void agreesWithTheStrictFormatters(@ForAll @StringLength(10) String raw, @ForAll boolean dataSet) {
        assertEquals(reference(raw, dataSet), LeadDates.parse(raw, dataSet), raw);
    }

    @Property(tries = 2000, seed = "12")
    void agreesOnDateLikeTexts(@ForAll int y, @ForAll int m, @ForAll int d, @ForAll boolean iso) {
        String yy = String.format("%04d", Math.floorMod(y, 10000));
        String mm = String.format("%02d", Math.floorMod(m, 14));
        String dd = String.format("%02d", Math.floorMod(d, 33));
        String text = iso ? yy + "-" + mm + "-" + dd : dd + "-" + mm + "-" + yy;
        assertEquals(reference(text, true), LeadDates.parse(text, true), text);
    }

    /** The char-array entry the request parser uses reads a slice of a larger buffer exactly as the String entry. */
    @Property(tries = 2000, seed = "13")
    void charSlicesAgreeWithStrings(
            @ForAll @StringLength(max = 14) String raw,
            @ForAll int y,
            @ForAll boolean dateLike,
            @ForAll boolean dataSet,
            @ForAll @StringLength(max = 3) String before,
            @ForAll @StringLength(max = 3) String after) {
        String text = dateLike
                ? String.format("%04d-%02d-%02d", Math.floorMod(y, 10000), Math.floorMod(y, 14), Math.floorMod(y, 33))
                : raw;
        if (dateLike && y % 3 == 0) {
            text = " " + text + "\t";
        }
        char[] buffer = (before + text + after).toCharArray();
        assertEquals(
                LeadDates.parse(text, dataSet), LeadDates.parse(buffer, before.length(), text.length(), dataSet), text);
    }

    private static LocalDate reference(String text, boolean dataSet) {
        String s = text.strip();
        if (s.length() != 10) {
            return null;
        }
        try {
            if (s.charAt(4) == '-') {
                return LocalDate.parse(s, LeadDates.ISO);
            }
            if (dataSet && s.charAt(2) == '-') {
                return LocalDate.parse(s, LeadDates.DATA_SET);
            }
        } catch (DateTimeParseException e) {
            return null;
        }
        return null;
    }
}
