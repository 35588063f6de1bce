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
