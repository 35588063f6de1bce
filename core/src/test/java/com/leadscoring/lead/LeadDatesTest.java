package com.leadscoring.lead;

import static com.leadscoring.PropertyTests.qt;
import static com.leadscoring.PropertyTests.quoted;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quicktheories.generators.SourceDSL.booleans;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.strings;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;

import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/** The fast date reader agrees with the strict java.time formatters on any 10-character text. */
class LeadDatesTest {

    /** Any text of the Basic Multilingual Plane (lone surrogates and control characters included), shown escaped. */
    static Gen<String> texts(int min, int max) {
        return strings()
                .basicMultilingualPlaneAlphabet()
                .ofLengthBetween(min, max)
                .describedAs(t -> quoted(t));
    }

    @Test
    void agreesWithTheStrictFormatters() {
        qt(11, 2000)
                .forAll(texts(10, 10), booleans().all())
                .checkAssert((raw, dataSet) ->
                        assertEquals(reference(raw, dataSet), LeadDates.parse(raw, dataSet), quoted(raw)));
    }

    @Test
    void agreesOnDateLikeTexts() {
        qt(12, 2000)
                .forAll(
                        integers().all(),
                        integers().all(),
                        integers().all(),
                        booleans().all())
                .checkAssert((y, m, d, iso) -> {
                    String yy = String.format("%04d", Math.floorMod(y, 10000));
                    String mm = String.format("%02d", Math.floorMod(m, 14));
                    String dd = String.format("%02d", Math.floorMod(d, 33));
                    String text = iso ? yy + "-" + mm + "-" + dd : dd + "-" + mm + "-" + yy;
                    assertEquals(reference(text, true), LeadDates.parse(text, true), text);
                });
    }

    record Slice(String raw, int y, boolean dateLike, boolean dataSet, String before, String after) {
        @Override
        public String toString() {
            return "Slice[raw=" + quoted(raw) + ", y=" + y + ", dateLike=" + dateLike + ", dataSet=" + dataSet
                    + ", before=" + quoted(before) + ", after=" + quoted(after) + "]";
        }
    }

    /** The char-array entry the request parser uses reads a slice of a larger buffer exactly as the String entry. */
    @Test
    void charSlicesAgreeWithStrings() {
        Gen<String> raws = texts(0, 14);
        Gen<Integer> ys = integers().all();
        Gen<Boolean> flags = booleans().all();
        Gen<String> edges = texts(0, 3);
        Gen<Slice> slices = in -> new Slice(
                raws.generate(in),
                ys.generate(in),
                flags.generate(in),
                flags.generate(in),
                edges.generate(in),
                edges.generate(in));
        qt(13, 2000).forAll(slices).checkAssert(LeadDatesTest::sliceAgrees);
    }

    private static void sliceAgrees(Slice c) {
        String raw = c.raw();
        int y = c.y();
        boolean dateLike = c.dateLike();
        boolean dataSet = c.dataSet();
        String before = c.before();
        String after = c.after();
        String text = dateLike
                ? String.format("%04d-%02d-%02d", Math.floorMod(y, 10000), Math.floorMod(y, 14), Math.floorMod(y, 33))
                : raw;
        if (dateLike && y % 3 == 0) {
            text = " " + text + "\t";
        }
        char[] buffer = (before + text + after).toCharArray();
        assertEquals(
                LeadDates.parse(text, dataSet),
                LeadDates.parse(buffer, before.length(), text.length(), dataSet),
                quoted(text));
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
