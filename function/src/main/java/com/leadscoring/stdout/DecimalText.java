package com.leadscoring.stdout;

/**
 * A double as Java writes it ({@link Double#toString}, and Jackson's shortest form, which agree here), fast for the
 * values a request's lines carry: whole counts and latencies in thousandths of a millisecond. The general formatting
 * costs as much as the rest of a metrics line; DecimalTextTest checks this text against both for such values.
 */
public final class DecimalText {

    private DecimalText() {}

    /**
     * Appends {@code d} when it is a whole number or a number of thousandths below 10^7 in magnitude (0 included, not
     * -0): the digits, a point, the fraction without trailing zeros but at least one digit. Returns false, appending
     * nothing, for any other value (the caller formats it in general).
     */
    public static boolean append(StringBuilder b, double d) {
        if (!(d > -1e7 && d < 1e7)) {
            return false; // NaN, infinities and the scientific range
        }
        long m = Math.round(d * 1000);
        // m / 1000.0 is the double nearest to m thousandths: d is exactly that number written in decimal.
        if (m / 1000.0 != d || (m == 0 && Double.doubleToRawLongBits(d) != 0L)) {
            return false;
        }
        if (m < 0) {
            b.append('-');
            m = -m;
        }
        int fraction = (int) (m % 1000);
        b.append(m / 1000).append('.');
        if (fraction % 100 == 0) {
            b.append(fraction / 100);
        } else if (fraction % 10 == 0) {
            b.append(fraction < 100 ? "0" : "").append(fraction / 10);
        } else {
            b.append(fraction < 10 ? "00" : fraction < 100 ? "0" : "").append(fraction);
        }
        return true;
    }
}
