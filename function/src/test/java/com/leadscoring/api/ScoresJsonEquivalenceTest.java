package com.leadscoring.api;

import static com.leadscoring.PropertyTests.qt;
import static com.leadscoring.PropertyTests.quoted;
import static com.leadscoring.PropertyTests.unchecked;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quicktheories.generators.SourceDSL.arbitrary;
import static org.quicktheories.generators.SourceDSL.booleans;
import static org.quicktheories.generators.SourceDSL.floats;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.longs;
import static org.quicktheories.generators.SourceDSL.strings;

import java.io.IOException;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.leadscoring.decision.Trend;
import com.leadscoring.scoring.Factor;
import com.leadscoring.scoring.LeadScore;
import com.leadscoring.wire.Decimals;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * The score answer written directly is, character for character, what Jackson's generator writes for the same answer
 * with its numbers rounded by the contract's rule, computed exactly ({@link BigDecimal}, half up, plain): any id (text
 * with escapes, control characters, surrogates, or a number), any probability or impact (float-widened, subnormal,
 * negative zero, NaN, infinite), factors or none. A failure prints its seed and the case ({@code -DQT_SEED} replays).
 */
class ScoresJsonEquivalenceTest {

    static Gen<Double> doubles() {
        return Generate.oneOf(
                floats().between(0f, 1f).map(f -> (double) f),
                integers().all().map(bits -> (double) Float.intBitsToFloat(bits & 0x7fffffff)),
                longs().all().map(bits -> Double.longBitsToDouble(bits)),
                arbitrary()
                        .pick(
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
                                0.5));
    }

    /** A long, any text of the Basic Multilingual Plane, Latin-1 text (control characters), or a chosen edge. */
    static Gen<Object> ids() {
        return Generate.oneOf(
                longs().all().map(l -> (Object) l),
                strings()
                        .basicMultilingualPlaneAlphabet()
                        .ofLengthBetween(0, 20)
                        .map(s -> (Object) s),
                strings().betweenCodePoints(0, 0xff).ofLengthBetween(0, 8).map(s -> (Object) s),
                arbitrary()
                        .pick("L1", "a\"b\\c/d", "\u0000\u001f\u007f", "\ud83d\ude00", "\ud800", "\u2028x", "é")
                        .map(s -> (Object) s));
    }

    static Gen<LeadScore> scores() {
        Gen<Factor> factor = arbitrary()
                .pick("campaign_var_1", "signup_date", "x\"y")
                .zip(arbitrary().pick("Campaign", "Signed up \"early\"", "é\ud83d\ude00"), doubles(), Factor::new);
        Gen<Double> probabilities = doubles();
        Gen<Integer> points = integers().between(0, 100);
        Gen<Boolean> buys = booleans().all();
        Gen<String> grades = arbitrary().pick("A", "B", "C", "D");
        // Tenths from 0 to 100, or none.
        Gen<Double> percentiles = Generate.oneOf(
                Generate.constant(Double.NaN), integers().between(0, 1000).map(t -> t / 10.0));
        Gen<List<Factor>> factors = lists().of(factor).ofSizeBetween(0, 6);
        return in -> new LeadScore(
                probabilities.generate(in),
                points.generate(in),
                buys.generate(in),
                grades.generate(in),
                percentiles.generate(in),
                factors.generate(in));
    }

    /** One answer's inputs; text shown escaped, so that a failing case can be pasted back. */
    record Answer(
            List<Object> ids, List<LeadScore> pool, double threshold, Object version, boolean explain, int[] previous) {
        @Override
        public String toString() {
            return "Answer[ids=" + ids.stream().map(Answer::shown).collect(Collectors.joining(", ", "[", "]"))
                    + ", pool=" + pool + ", threshold=" + threshold + ", version=" + shown(version) + ", explain="
                    + explain + ", previous=" + Arrays.toString(previous) + "]";
        }

        private static String shown(Object id) {
            return id instanceof String s ? quoted(s) : id + "L";
        }
    }

    static Gen<Answer> answers() {
        Gen<List<Object>> idLists = lists().of(ids()).ofSizeBetween(0, 8);
        Gen<List<LeadScore>> scoreLists = lists().of(scores()).ofSizeBetween(0, 4);
        Gen<Double> thresholds = doubles();
        Gen<Object> versions = ids();
        Gen<Boolean> explains = booleans().all();
        Gen<int[]> previousScores =
                Generate.intArrays(integers().between(0, 4), integers().between(-1, 100));
        return in -> new Answer(
                idLists.generate(in),
                scoreLists.generate(in),
                thresholds.generate(in),
                versions.generate(in),
                explains.generate(in),
                previousScores.generate(in));
    }

    @Test
    void writesWhatTheGeneratorWritesForTheRoundedAnswer() {
        qt(20261128, 2000).forAll(answers()).checkAssert(unchecked(ScoresJsonEquivalenceTest::writesTheSame));
    }

    private static void writesTheSame(Answer a) throws IOException {
        List<Object> ids = a.ids();
        List<LeadScore> pool = a.pool();
        double threshold = a.threshold();
        Object version = a.version();
        boolean explain = a.explain();
        int[] previous = a.previous();
        List<LeadScore> scores = new ArrayList<>();
        for (int i = 0; i < ids.size(); i++) {
            scores.add(
                    pool.isEmpty()
                            ? new LeadScore(0.5, 50, true, "B", Double.NaN, List.of())
                            : pool.get(i % pool.size()));
        }
        String v = String.valueOf(version);
        int[] previousScores = new int[ids.size()];
        for (int i = 0; i < previousScores.length; i++) {
            previousScores[i] = previous.length == 0 ? -1 : previous[i % previous.length];
        }
        assertEquals(
                reference(v, threshold, ids, previousScores, scores, explain, "req-" + v),
                ApiResponses.scores(v, threshold, ids.toArray(), previousScores, scores, explain, "req-" + v)
                        .getBody());
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
