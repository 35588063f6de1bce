package com.leadscoring.wire;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * The rule for the numbers of every answer (the API, batch answers, the rescoring and {@code score} CSV), stated in
 * infra/openapi.yaml: a number says no more than it means. The model computes in float32 (about 7 significant digits),
 * so a probability keeps 6 decimals, a reason's log-odds impact 4 and a percentile, kept per 0.1 %, 1. Decisions
 * ({@code buy}, {@code grade}) are taken on the unrounded value before it is written.
 *
 * <p>The text is a plain decimal, never an exponent ({@code 0.0005}, not {@code 5.0E-4}), rounded half away from zero,
 * without trailing zeros but with at least one decimal ({@code 0.5}, {@code 1.0}, {@code -0.7635}); it reads back as
 * exactly {@link #round(double, int)}. Half up is decided on the exact binary value, as {@code String.format} and
 * {@link BigDecimal} decide it: the product by 10^places can land on .5 by its own rounding, and only then (rarely) is
 * the value looked at exactly; otherwise integer arithmetic, as this is on the hot path of every answer.
 */
public final class Decimals {

    /** Decimals of a probability (and of a threshold, a band's start and a validation figure). */
    public static final int PROBABILITY = 6;
    /** Decimals of a reason's impact in log-odds. */
    public static final int IMPACT = 4;
    /** Decimals of a percentile. */
    public static final int PERCENTILE = 1;

    /** The most bytes {@link #write} takes: a long's digits, a sign, a point and decimals, or a quoted double. */
    public static final int MAX_BYTES = 32;

    private static final long[] POWERS = {1L, 10L, 100L, 1_000L, 10_000L, 100_000L, 1_000_000L};
    /** Beyond this magnitude times 10^places a long could overflow; such numbers have no fraction worth rounding. */
    private static final double LIMIT = 1e15;

    private Decimals() {}

    /** {@code d} rounded half away from zero to {@code places} decimals (0 to 6). */
    public static double round(double d, int places) {
        long p = POWERS[places];
        double scaled = Math.abs(d) * p;
        if (!(scaled < LIMIT)) {
            return d;
        }
        long n = units(d, scaled, p);
        return n == 0 ? 0.0 : Math.copySign(n / (double) p, d);
    }

    /**
     * {@code d} rounded to {@code places} decimals as JSON text; a non-finite {@code d} as {@link JsonText} writes it.
     */
    public static void append(StringBuilder b, double d, int places) {
        long p = POWERS[places];
        double scaled = Math.abs(d) * p;
        if (!(scaled < LIMIT)) {
            JsonText.number(b, d);
            return;
        }
        long n = units(d, scaled, p);
        if (n != 0 && d < 0) {
            b.append('-');
        }
        b.append(n / p).append('.');
        long fraction = n % p;
        if (fraction == 0) {
            b.append('0');
            return;
        }
        // Leading zeros of the fraction, then its digits without the trailing zeros.
        for (long digit = p / 10; digit > fraction; digit /= 10) {
            b.append('0');
        }
        while (fraction % 10 == 0) {
            fraction /= 10;
        }
        b.append(fraction);
    }

    /**
     * {@code d} rounded to {@code places} decimals, as {@link #append} writes it, as ASCII bytes into {@code b} from
     * {@code at} (which has {@link #MAX_BYTES} free); returns where the text ends.
     */
    public static int write(byte[] b, int at, double d, int places) {
        long p = POWERS[places];
        double scaled = Math.abs(d) * p;
        if (!(scaled < LIMIT)) {
            StringBuilder text = new StringBuilder(32);
            JsonText.number(text, d);
            for (int i = 0; i < text.length(); i++) {
                b[at++] = (byte) text.charAt(i); // digits, a sign, '.', 'E', or a quoted NaN / Infinity: ASCII
            }
            return at;
        }
        long n = units(d, scaled, p);
        if (n != 0 && d < 0) {
            b[at++] = '-';
        }
        at = digits(b, at, n / p);
        b[at++] = '.';
        long fraction = n % p;
        if (fraction == 0) {
            b[at++] = '0';
            return at;
        }
        for (long digit = p / 10; digit > fraction; digit /= 10) {
            b[at++] = '0';
        }
        while (fraction % 10 == 0) {
            fraction /= 10;
        }
        return digits(b, at, fraction);
    }

    /** The decimal digits of {@code v} (0 or more) into {@code b} from {@code at}; returns where they end. */
    public static int digits(byte[] b, int at, long v) {
        int length = 1;
        for (long rest = v / 10; rest != 0; rest /= 10) {
            length++;
        }
        int end = at + length;
        int i = end;
        do {
            b[--i] = (byte) ('0' + v % 10);
            v /= 10;
        } while (v != 0);
        return end;
    }

    /** |d| in units of 10^-places, rounded half up; {@code scaled} is |d| × 10^places as a double computes it. */
    private static long units(double d, double scaled, long p) {
        double fraction = scaled - Math.floor(scaled);
        if (Math.abs(fraction - 0.5) <= Math.ulp(scaled)) {
            return new BigDecimal(Math.abs(d))
                    .multiply(BigDecimal.valueOf(p))
                    .setScale(0, RoundingMode.HALF_UP)
                    .longValue();
        }
        return Math.round(scaled);
    }

    /** {@code d} rounded to {@code places} decimals, as {@link #append} writes it. */
    public static String text(double d, int places) {
        StringBuilder b = new StringBuilder(24);
        append(b, d, places);
        return b.toString();
    }
}
