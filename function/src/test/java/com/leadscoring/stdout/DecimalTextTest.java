package com.leadscoring.stdout;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;

import com.leadscoring.wire.JsonText;
import org.junit.jupiter.api.Test;

/** The fast text is Java's and Jackson's for every value it takes, and it declines the rest. */
class DecimalTextTest {

    private static void sameAsGeneral(double d) {
        StringBuilder fast = new StringBuilder("x");
        boolean taken = DecimalText.append(fast, d);
        if (!taken) {
            assertEquals("x", fast.toString(), "nothing appended for " + d);
            return;
        }
        StringBuilder jackson = new StringBuilder("x");
        JsonText.number(jackson, d);
        assertEquals("x" + Double.toString(d), fast.toString(), "Double.toString of " + d);
        assertEquals(jackson.toString(), fast.toString(), "Jackson's text of " + d);
    }

    @Test
    void edgeCases() {
        double[] values = {
            0.0,
            -0.0,
            0.001,
            -0.001,
            0.01,
            0.1,
            0.071,
            1.0,
            1.5,
            12.0,
            12.34,
            12.345,
            100.05,
            9_999_999.999,
            -9_999_999.999,
            1e7,
            -1e7,
            1e-4,
            0.0005,
            1.0005,
            Double.NaN,
            Double.POSITIVE_INFINITY,
            Double.NEGATIVE_INFINITY,
            Double.MIN_VALUE,
            Long.MAX_VALUE,
            Long.MIN_VALUE
        };
        for (double d : values) {
            sameAsGeneral(d);
        }
        assertFalse(DecimalText.append(new StringBuilder(), -0.0), "-0.0 keeps its sign through the general path");
        assertFalse(DecimalText.append(new StringBuilder(), 1e7));
        assertFalse(DecimalText.append(new StringBuilder(), 0.0005));
        assertTrue(DecimalText.append(new StringBuilder(), 0.071));
    }

    @Test
    void thousandthsAndWholeNumbers() {
        Random r = new Random(34);
        for (int i = 0; i < 200_000; i++) {
            long m = r.nextLong() % 10_000_000_000L;
            sameAsGeneral(m / 1000.0);
            sameAsGeneral((double) r.nextInt(20_000_000) - 10_000_000);
            sameAsGeneral(r.nextInt(1_000_000) / 1000.0); // latencies: microseconds in milliseconds
        }
    }

    @Test
    void otherValuesAreDeclinedOrTheSame() {
        Random r = new Random(35);
        for (int i = 0; i < 100_000; i++) {
            sameAsGeneral(r.nextDouble() * 1000);
            sameAsGeneral(r.nextGaussian() * 1e9);
        }
    }
}
