package com.leadscoring.api;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.leadscoring.decision.Trend;
import com.leadscoring.scoring.Factor;
import com.leadscoring.scoring.LeadScore;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * The score answer written directly is, character for character, what Jackson's generator wrote before (kept below as
 * the reference): any id (text with escapes, control characters, surrogates, or a number), any probability or impact
 * (float-widened, subnormal, negative zero, NaN, infinite), factors or none.
 */
class ScoresJsonEquivalenceTest {

    @Provide
    Arbitrary<Double> doubles() {
        return Arbitraries.oneOf(
                Arbitraries.floats().between(0f, 1f).map(f -> (double) f),
                Arbitraries.integers().map(bits -> (double) Float.intBitsToFloat(bits & 0x7fffffff)),
                Arbitraries.longs().map(Double::longBitsToDouble),
                Arbitraries.of(
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
                        Double.NEGATIVE_INFINITY));
    }

    @Provide
    Arbitrary<Object> ids() {
        return Arbitraries.oneOf(
                Arbitraries.longs().map(l -> (Object) l),
                Arbitraries.strings().ofMaxLength(20).map(s -> (Object) s),
                Arbitraries.strings()
                        .withCharRange('\u0000', '\u00ff')
                        .ofMaxLength(8)
                        .map(s -> (Object) s),
                Arbitraries.of("L1", "a\"b\\c/d", "\u0000\u001f\u007f", "\ud83d\ude00", "\ud800", "\u2028x", "é"));
    }

    @Provide
    Arbitrary<LeadScore> scores() {
        Arbitrary<Factor> factor = Combinators.combine(
                        Arbitraries.of("campaign_var_1", "signup_date", "x\"y"),
                        Arbitraries.of("Campaign", "Signed up \"early\"", "é\ud83d\ude00"),
                        doubles())
                .as(Factor::new);
        return Combinators.combine(
                        doubles(),
                        Arbitraries.integers().between(0, 100),
                        Arbitraries.of(true, false),
                        Arbitraries.of("A", "B", "C", "D"),
                        Arbitraries.oneOf(
                                Arbitraries.just(Double.NaN),
                                Arbitraries.doubles().between(0, 100).ofScale(1)),
                        factor.list().ofMaxSize(6))
                .as(LeadScore::new);
    }

    @Provide
    Arbitrary<int[]> previousScores() {
        return Arbitraries.integers().between(-1, 100).array(int[].class).ofMaxSize(4);
    }

    @Provide
    Arbitrary<List<Object>> idLists() {
        return ids().list().ofMaxSize(8);
    }

    @Provide
    Arbitrary<List<LeadScore>> scoreLists() {
        return scores().list().ofMaxSize(4);
    }

    @Property(tries = 500, seed = "20261128")
    void writesWhatTheGeneratorWrote(
            @ForAll("idLists") List<Object> ids,
            @ForAll("scoreLists") List<LeadScore> pool,
            @ForAll("doubles") double threshold,
            @ForAll("ids") Object version,
            @ForAll boolean explain,
            @ForAll("previousScores") int[] previous)
            throws IOException {
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

    /** The generator-based writer the direct one replaced. */
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
                .build()
                .createGenerator(out)) {
            g.writeStartObject();
            g.writeObjectFieldStart("model");
            g.writeStringField("version", version);
            g.writeNumberField("threshold", threshold);
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
                g.writeNumberField("probability", s.probability());
                g.writeNumberField("score", s.score());
                g.writeBooleanField("buy", s.buy());
                g.writeStringField("grade", s.grade());
                if (s.hasPercentile()) {
                    g.writeNumberField("percentile", s.percentile());
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
                        g.writeNumberField("impact", f.impact());
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
