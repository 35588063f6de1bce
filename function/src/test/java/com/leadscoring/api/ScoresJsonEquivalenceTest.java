package com.leadscoring.api;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.leadscoring.decision.Trend;
import com.leadscoring.scoring.Factor;
import com.leadscoring.scoring.LeadScore;
import com.leadscoring.wire.Decimals;
import org.junit.jupiter.api.Test;

/**
 * The score answer written directly is, character for character, what Jackson's generator writes for the same answer
 * with its numbers rounded by the contract's rule, computed exactly ({@link BigDecimal}, half up, plain): any id (text
 * with escapes, control characters, surrogates, or a number), any probability or impact (float-widened, subnormal,
 * negative zero, NaN, infinite), factors or none. Cases drawn from a fixed seed.
 */
class ScoresJsonEquivalenceTest {

    private static final double[] EDGES = {
        0.0,
        -0.0,
        1.0,
        1e-3,
        2e-3,
        1e7,
        1e-45,
        Double.MIN_VALUE,
        Double.NaN,
        Double.POSITIVE_INFINITY,
        Double.NEGATIVE_INFINITY,
        0.0000125,
        0.5
    };
    private static final String[] IDS = {
        "L1", "a\"b\\c/d", "\u0000\u001f\u007f", "\ud83d\ude00", "\ud800", "\u2028x", "é"
    };

    private final Random random = new Random(20261128);

    double aDouble() {
        return switch (random.nextInt(4)) {
            case 0 -> (double) random.nextFloat();
            case 1 -> (double) Float.intBitsToFloat(random.nextInt() & 0x7fffffff);
            case 2 -> Double.longBitsToDouble(random.nextLong());
            default -> EDGES[random.nextInt(EDGES.length)];
        };
    }

    String aString(int maxLength, char maxChar) {
        char[] c = new char[random.nextInt(maxLength + 1)];
        for (int i = 0; i < c.length; i++) {
            c[i] = (char) random.nextInt(maxChar + 1);
        }
        return new String(c);
    }

    Object anId() {
        return switch (random.nextInt(4)) {
            case 0 -> random.nextLong();
            case 1 -> aString(20, '\uffff');
            case 2 -> aString(8, '\u00ff');
            default -> IDS[random.nextInt(IDS.length)];
        };
    }

    LeadScore aScore() {
        List<Factor> factors = new ArrayList<>();
        for (int k = random.nextInt(7); k > 0; k--) {
            factors.add(new Factor(
                    new String[] {"campaign_var_1", "signup_date", "x\"y"}[random.nextInt(3)],
                    new String[] {"Campaign", "Signed up \"early\"", "é\ud83d\ude00"}[random.nextInt(3)],
                    aDouble()));
        }
        double percentile = random.nextBoolean() ? Double.NaN : Math.round(random.nextDouble() * 1000) / 10.0;
        return new LeadScore(
                aDouble(),
                random.nextInt(101),
                random.nextBoolean(),
                new String[] {"A", "B", "C", "D"}[random.nextInt(4)],
                percentile,
                factors);
    }

    @Test
    void writesWhatTheGeneratorWritesForTheRoundedAnswer() throws IOException {
        for (int run = 0; run < 2000; run++) {
            List<Object> ids = new ArrayList<>();
            for (int i = random.nextInt(9); i > 0; i--) {
                ids.add(anId());
            }
            List<LeadScore> pool = new ArrayList<>();
            for (int i = random.nextInt(5); i > 0; i--) {
                pool.add(aScore());
            }
            List<LeadScore> scores = new ArrayList<>();
            int[] previousScores = new int[ids.size()];
            int[] previous = new int[random.nextInt(5)];
            for (int i = 0; i < previous.length; i++) {
                previous[i] = random.nextInt(102) - 1;
            }
            for (int i = 0; i < ids.size(); i++) {
                scores.add(
                        pool.isEmpty()
                                ? new LeadScore(0.5, 50, true, "B", Double.NaN, List.of())
                                : pool.get(i % pool.size()));
                previousScores[i] = previous.length == 0 ? -1 : previous[i % previous.length];
            }
            String version = String.valueOf(anId());
            double threshold = aDouble();
            boolean explain = random.nextBoolean();
            assertEquals(
                    reference(version, threshold, ids, previousScores, scores, explain, "req-" + version),
                    ApiResponses.scores(
                                    version,
                                    threshold,
                                    ids.toArray(),
                                    previousScores,
                                    scores,
                                    explain,
                                    "req-" + version)
                            .getBody(),
                    "run " + run);
        }
    }

    /** {@code d} at {@code places} decimals as the generator writes a plain BigDecimal, at least one decimal. */
    static void writeRounded(JsonGenerator g, double d, int places) throws IOException {
        if (!Double.isFinite(d) || Math.abs(d) * Math.pow(10, places) >= 1e15) {
            g.writeNumber(d); // nothing to round: as the generator writes any double
            return;
        }
        BigDecimal v = new BigDecimal(d).setScale(places, RoundingMode.HALF_UP).stripTrailingZeros();
        g.writeNumber(v.scale() < 1 ? v.setScale(1) : v);
    }

    /** The answer through Jackson's generator, numbers rounded exactly. */
    static String reference(
            String version,
            double threshold,
            List<Object> ids,
            int[] previousScores,
            List<LeadScore> scores,
            boolean explain,
            String scoreIdBase)
            throws IOException {
        StringWriter out = new StringWriter();
        try (JsonGenerator g = JsonFactory.builder()
                .enable(StreamWriteFeature.USE_FAST_DOUBLE_WRITER)
                .enable(StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN)
                .build()
                .createGenerator(out)) {
            g.writeStartObject();
            g.writeObjectFieldStart("model");
            g.writeStringField("version", version);
            g.writeFieldName("threshold");
            writeRounded(g, threshold, Decimals.PROBABILITY);
            g.writeEndObject();
            g.writeArrayFieldStart("scores");
            for (int i = 0; i < scores.size(); i++) {
                LeadScore s = scores.get(i);
                g.writeStartObject();
                Object id = ids.get(i);
                if (id instanceof Long l) {
                    g.writeNumberField("id", l);
                } else {
                    g.writeStringField("id", String.valueOf(id));
                }
                g.writeStringField("scoreId", scoreIdBase + "-" + i);
                g.writeFieldName("probability");
                writeRounded(g, s.probability(), Decimals.PROBABILITY);
                g.writeNumberField("score", s.score());
                g.writeBooleanField("buy", s.buy());
                g.writeStringField("grade", s.grade());
                if (s.hasPercentile()) {
                    g.writeFieldName("percentile");
                    writeRounded(g, s.percentile(), Decimals.PERCENTILE);
                }
                if (previousScores[i] >= 0) {
                    g.writeStringField(
                            "trend", Trend.of(previousScores[i], s.score()).label());
                }
                if (explain) {
                    g.writeArrayFieldStart("factors");
                    for (Factor f : s.factors()) {
                        g.writeStartObject();
                        g.writeStringField("feature", f.feature());
                        g.writeStringField("label", f.label());
                        g.writeFieldName("impact");
                        writeRounded(g, f.impact(), Decimals.IMPACT);
                        g.writeEndObject();
                    }
                    g.writeEndArray();
                }
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeEndObject();
        }
        return out.toString();
    }
}
