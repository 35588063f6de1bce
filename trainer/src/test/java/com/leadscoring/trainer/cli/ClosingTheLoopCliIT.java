package com.leadscoring.trainer.cli;

import static com.leadscoring.trainer.cli.LifecycleCliIT.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.leadscoring.capture.CaptureFiles;
import com.leadscoring.capture.CaptureRecord;
import com.leadscoring.capture.CaptureSource;
import com.leadscoring.io.S3Server;
import com.leadscoring.lead.Lead;
import com.leadscoring.model.FixtureStore;
import com.leadscoring.model.ModelStores;
import com.leadscoring.outcome.OutcomeCsvReader;
import com.leadscoring.outcome.Outcomes;
import com.leadscoring.scoring.LeadScore;
import com.leadscoring.scoring.LeadScorer;
import com.leadscoring.trainer.cli.LifecycleCliIT.Run;
import com.leadscoring.trainer.data.LabeledLead;
import com.leadscoring.trainer.data.SyntheticLeadGenerator;
import com.leadscoring.trainer.job.TrainingData;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The loop through the CLI on a real S3-compatible server: synthetic leads scored by a published model and captured
 * under {@code s3://data/captures}, outcomes from the generator or written by hand, then {@code evaluate} (exit 0, 3,
 * 1) and {@code dataset}, whose file {@code train}'s loader accepts with its origin.
 */
class ClosingTheLoopCliIT {

    static final long SEED = 5;
    static final String CAPTURES = "s3://data/captures";

    @RegisterExtension
    static final S3Server s3 = S3Server.pointingClientsHere("data");

    static List<CaptureRecord> captured = new ArrayList<>();

    @BeforeAll
    static void scoreAndCapture() throws Exception {
        List<Lead> leads = new SyntheticLeadGenerator(SEED)
                .generate(900).stream().map(LabeledLead::lead).toList();
        List<LeadScore> scores;
        try (LeadScorer scorer =
                new LeadScorer(ModelStores.open(FixtureStore.location()).load(FixtureStore.NEWEST_VERSION))) {
            scores = scorer.score(leads, false);
        }
        Instant at = Instant.parse("2026-12-06T20:00:00Z");
        for (int i = 0; i < leads.size(); i++) {
            captured.add(CaptureRecord.of(
                    "sc-" + i,
                    FixtureStore.NEWEST_VERSION,
                    at.plusSeconds(60L * i),
                    CaptureSource.RESCORE,
                    leads.get(i),
                    scores.get(i)));
        }
        // A rescore of the first 100 leads a day later must not count: each lead is judged by its first capture.
        List<CaptureRecord> rescored = new ArrayList<>();
        for (int i = 0; i < 100; i++) {
            CaptureRecord c = captured.get(i);
            rescored.add(new CaptureRecord(
                    "re-" + i,
                    c.modelVersion(),
                    c.scoredAt().plusSeconds(86_400 * 3),
                    CaptureSource.API,
                    c.lead(),
                    1 - c.probability(),
                    100 - c.score(),
                    c.grade().equals("A") ? "D" : "A",
                    !c.buy(),
                    Double.NaN));
        }
        CaptureFiles.write(CAPTURES, captured);
        CaptureFiles.write(CAPTURES, rescored);
    }

    static String outcomes(String key, Predicate<CaptureRecord> buys) {
        StringBuilder csv = new StringBuilder("id,buy,decided_at\n");
        for (int i = 0; i < captured.size(); i += 1) {
            if (i % 4 != 3) { // three in four decided
                csv.append(captured.get(i).id())
                        .append(',')
                        .append(buys.test(captured.get(i)) ? 1 : 0)
                        .append(",2026-12-07\n");
            }
        }
        s3.put("data", key, csv.toString());
        return "s3://data/" + key;
    }

    static JsonNode json(String key) throws Exception {
        return new ObjectMapper().readTree(new String(s3.get("data", key), StandardCharsets.UTF_8));
    }

    @Test
    void gradesThatHoldGiveExitZeroAndInvertedOnesExitThree() throws Exception {
        String good = outcomes(
                "outcomes/good.csv", c -> c.grade().equals("A") || c.grade().equals("B"));
        Run ok = run(
                "evaluate",
                "--captures",
                CAPTURES,
                "--outcomes",
                good,
                "--store",
                FixtureStore.location(),
                "--out",
                "s3://data/realized/good.json");
        assertEquals(0, ok.exit(), ok.out() + ok.err());
        JsonNode r = json("realized/good.json");
        assertEquals("ok", r.get("verdict").asText());
        JsonNode v = r.get("modelVersions").get(0);
        assertEquals(900, v.get("leads").asLong());
        assertEquals(675, v.get("decided").asLong());
        assertEquals(1.0, v.get("rocAuc").asDouble(), "grades A and B bought: perfectly ordered");
        assertEquals("A", v.get("grades").get(0).get("grade").asText());
        assertTrue(s3.get("data", "realized/good.html").length > 1000, "the HTML page beside it");

        String inverted = outcomes("outcomes/inverted.csv", c -> c.grade().equals("D"));
        Run bad = run(
                "evaluate",
                "--captures",
                CAPTURES,
                "--outcomes",
                inverted,
                "--store",
                FixtureStore.location(),
                "--out",
                "s3://data/realized/inverted.json");
        assertEquals(3, bad.exit(), bad.out() + bad.err());
        assertEquals("degraded", json("realized/inverted.json").get("verdict").asText());
        assertTrue(bad.out().contains("degraded: realized ROC AUC"), bad.out());
    }

    @Test
    void badOutcomeRowsFailWithTheirLineNumbers() {
        s3.put("data", "outcomes/broken.csv", "id,buy\n1,1\n2,maybe\n");
        Run r = run(
                "evaluate",
                "--captures",
                CAPTURES,
                "--outcomes",
                "s3://data/outcomes/broken.csv",
                "--out",
                "s3://data/realized/broken.json");
        assertEquals(1, r.exit());
        assertTrue(r.err().contains("line 3, column buy: must be 1 or 0"), r.err());
        assertFalse(r.err().contains("maybe"), "never a cell's value");
    }

    @Test
    void datasetWritesExactlyTheDecidedLeadsAndTrainReadsItWithItsOrigin() throws Exception {
        Run gen = run(
                "generate",
                "--outcomes-for",
                CAPTURES,
                "--seed",
                Long.toString(SEED),
                "--decided",
                "0.6",
                "--out",
                "s3://data/outcomes/synthetic.csv");
        assertEquals(0, gen.exit(), gen.out() + gen.err());
        Outcomes decided = OutcomeCsvReader.load("s3://data/outcomes/synthetic.csv");
        assertTrue(decided.byId().size() > 450 && decided.byId().size() < 630, "about 60 % of 900");

        Run ds = run(
                "dataset",
                "--captures",
                CAPTURES,
                "--outcomes",
                "s3://data/outcomes/synthetic.csv",
                "--out",
                "s3://data/next/leads.csv");
        assertEquals(0, ds.exit(), ds.out() + ds.err());
        assertTrue(ds.out().contains("written: " + decided.byId().size()), ds.out());

        TrainingData.Loaded loaded = TrainingData.load("s3://data/next/leads.csv", false);
        Map<String, LabeledLead> rows = loaded.result().leads().stream()
                .collect(Collectors.toMap(l -> l.lead().id(), l -> l));
        assertEquals(decided.byId().keySet(), rows.keySet(), "exactly the decided leads, once each");
        Map<String, Lead> firstLead = new HashMap<>();
        captured.forEach(c -> firstLead.put(c.id(), c.lead()));
        for (LabeledLead l : rows.values()) {
            assertEquals(firstLead.get(l.lead().id()), l.lead());
            assertEquals(decided.of(l.lead().id()).buy(), l.buy());
        }
        // The generator's labels are the leads' own: the same as generating them with their buy column.
        Map<String, Boolean> truth = new SyntheticLeadGenerator(SEED)
                .generate(900).stream().collect(Collectors.toMap(l -> l.lead().id(), LabeledLead::buy));
        rows.values().forEach(l -> assertEquals(truth.get(l.lead().id()), l.buy()));
        assertEquals("2026-12-06T20:00:00Z", loaded.origin().get("capturedFrom"));
        assertEquals("s3://data/outcomes/synthetic.csv", loaded.origin().get("outcomes"));
        assertTrue(loaded.origin().containsKey("outcomesS3VersionId"));
    }

    @Test
    void underTheConceptShiftGradeALeadsConvertLess() throws Exception {
        assertEquals(
                0,
                run("generate", "--outcomes-for", CAPTURES, "--seed", "5", "--out", "s3://data/o/plain.csv")
                        .exit());
        assertEquals(
                0,
                run(
                                "generate",
                                "--outcomes-for",
                                CAPTURES,
                                "--seed",
                                "5",
                                "--concept-shift",
                                "--out",
                                "s3://data/o/shifted.csv")
                        .exit());
        Outcomes plain = OutcomeCsvReader.load("s3://data/o/plain.csv");
        Outcomes shifted = OutcomeCsvReader.load("s3://data/o/shifted.csv");
        assertEquals(plain.byId().keySet(), shifted.byId().keySet(), "the same leads decided");
        Set<String> gradeA = captured.stream()
                .filter(c -> c.grade().equals("A"))
                .map(CaptureRecord::id)
                .collect(Collectors.toSet());
        long plainA = gradeA.stream()
                .filter(id -> plain.of(id) != null && plain.of(id).buy())
                .count();
        long shiftedA = gradeA.stream()
                .filter(id -> shifted.of(id) != null && shifted.of(id).buy())
                .count();
        assertTrue(plainA > 5 && shiftedA < plainA * 0.6, plainA + " vs " + shiftedA);
        for (String id : plain.byId().keySet()) {
            if (!gradeA.contains(id)) {
                assertEquals(plain.of(id).buy(), shifted.of(id).buy(), "only grade A changes");
            }
        }
    }
}
