package com.leadscoring.wire;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.util.Random;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

/** The rounding rule against exact decimal arithmetic ({@link BigDecimal}, half up), and the text it writes. */
class DecimalsTest {

    private static final Pattern PLAIN = Pattern.compile("-?(0|[1-9][0-9]*)\\.[0-9]+");

    /** What {@code d} at {@code places} decimals is, computed exactly. */
    static BigDecimal exact(double d, int places) {
        return new BigDecimal(d).setScale(places, RoundingMode.HALF_UP);
    }

    static void check(double d, int places) {
        String text = Decimals.text(d, places);
        String what = d + " at " + places + " -> " + text;
        assertTrue(PLAIN.matcher(text).matches(), what + ": a plain decimal");
        int decimals = text.length() - text.indexOf('.') - 1;
        assertTrue(decimals <= Math.max(1, places), what + ": too many decimals");
        assertTrue(decimals == 1 || text.charAt(text.length() - 1) != '0', what + ": trailing zero");
        assertEquals(0, new BigDecimal(text).compareTo(exact(d, places)), what);
        assertEquals(exact(d, places).doubleValue(), Double.parseDouble(text), what + ": reads back as the value");
        assertEquals(Double.parseDouble(text), Decimals.round(d, places), what + ": round() is the written value");
    }

    @Test
    void probabilitiesImpactsAndPercentilesAreTheExactHalfUpRounding() {
        Random r = new Random(20261207);
        for (int i = 0; i < 200_000; i++) {
            check(r.nextFloat(), Decimals.PROBABILITY); // the model's float32 outputs, widened
            check((r.nextDouble() - 0.5) * 40, Decimals.IMPACT);
            check(Math.floor(r.nextDouble() * 1001) / 10, Decimals.PERCENTILE);
            check(r.nextDouble(), r.nextInt(7));
        }
    }

    @Test
    void halfwayCasesAndEdges() {
        assertEquals("0.0005", Decimals.text(0.0005, 6), "no exponent");
        assertEquals("0.000001", Decimals.text(0.000001, 6));
        assertEquals("0.0", Decimals.text(0.0000004, 6));
        assertEquals("0.0", Decimals.text(-0.0, 6), "no negative zero");
        assertEquals("0.0", Decimals.text(-0.00004, 4));
        assertEquals("1.0", Decimals.text(0.9999996, 6));
        assertEquals("0.01362", Decimals.text(0.013619840145111084, 6));
        assertEquals("0.7635", Decimals.text(0.7634735107421875, 4));
        assertEquals("-0.7635", Decimals.text(-0.7634735107421875, 4));
        assertEquals("97.3", Decimals.text(97.3, 1));
        assertEquals("100.0", Decimals.text(100, 1));
        assertEquals("\"NaN\"", Decimals.text(Double.NaN, 6), "not finite: quoted, as Jackson writes it");
        assertEquals("\"Infinity\"", Decimals.text(Double.POSITIVE_INFINITY, 4));
        for (double d :
                new double[] {0.5, 1.5, 2.5, 0.05, 0.15, 0.25, 0.35, 1e-7, 5e-7, 4.9999999e-7, 123456.7890125}) {
            for (int places = 0; places <= 6; places++) {
                check(d, places);
                check(-d, places);
            }
        }
    }

    @Test
    void theBytesWrittenAreTheTextWritten() {
        Random r = new Random(31);
        byte[] b = new byte[Decimals.MAX_BYTES + 3];
        double[] edges = {0, -0.0, 1, 100, 0.0005, 0.9999996, -0.7634735107421875, 1e15, -3e20, Double.NaN};
        for (int i = 0; i < 100_000 + edges.length; i++) {
            double d = i < edges.length ? edges[i] : (r.nextDouble() - 0.2) * Math.pow(10, r.nextInt(8) - 3);
            int places = i < edges.length ? Decimals.PROBABILITY : r.nextInt(7);
            int end = Decimals.write(b, 3, d, places);
            assertEquals(
                    Decimals.text(d, places),
                    new String(b, 3, end - 3, StandardCharsets.US_ASCII),
                    d + " at " + places);
        }
        assertEquals(Long.toString(Long.MAX_VALUE).length(), Decimals.digits(b, 0, Long.MAX_VALUE));
        assertEquals("9223372036854775807", new String(b, 0, 19, StandardCharsets.US_ASCII));
    }
}
