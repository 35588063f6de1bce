package com.leadscoring.wire;

import java.util.List;

import com.fasterxml.jackson.core.io.JsonStringEncoder;
import com.fasterxml.jackson.core.io.NumberOutput;
import com.leadscoring.scoring.Factor;

/**
 * JSON values appended straight to a builder, as the handlers' answers are written: Jackson's generator spends more on
 * its per-value bookkeeping than on the text (about 40 % of a 1,000-lead answer). The text is exactly what the
 * generator writes with its fast double writer on (property-tested): strings escaped by Jackson's own
 * {@link JsonStringEncoder}, numbers as the shortest decimal that reads back as the same double (Jackson's Schubfach
 * writer, several times faster than JDK 17's {@code Double.toString}, whose digits are sometimes longer), a non-finite
 * number quoted (the generator's {@code QUOTE_NON_NUMERIC_NUMBERS}). The answers' numbers are rounded by the contract's
 * rule first ({@link Decimals}); {@link #number} writes what has no fraction to round.
 */
public final class JsonText {

    private JsonText() {}

    /** {@code s} as a JSON string, or {@code null}. */
    public static void string(StringBuilder b, String s) {
        if (s == null) {
            b.append("null");
            return;
        }
        b.append('"');
        JsonStringEncoder.getInstance().quoteAsString(s, b);
        b.append('"');
    }

    /** {@code d} as a JSON number (quoted when not finite, as Jackson writes it). */
    public static void number(StringBuilder b, double d) {
        if (Double.isFinite(d)) {
            b.append(NumberOutput.toString(d, true));
        } else {
            b.append('"').append(d).append('"');
        }
    }

    /**
     * {@code ,"factors":[...]}: each reason's feature, label and log-odds impact ({@link Decimals#IMPACT} decimals),
     * strongest first as given.
     */
    public static void factors(StringBuilder b, List<Factor> factors) {
        b.append(",\"factors\":[");
        for (int k = 0; k < factors.size(); k++) {
            Factor f = factors.get(k);
            b.append(k == 0 ? "{\"feature\":" : ",{\"feature\":");
            string(b, f.feature());
            b.append(",\"label\":");
            string(b, f.label());
            b.append(",\"impact\":");
            Decimals.append(b, f.impact(), Decimals.IMPACT);
            b.append('}');
        }
        b.append(']');
    }
}
