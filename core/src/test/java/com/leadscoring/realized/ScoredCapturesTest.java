package com.leadscoring.realized;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.leadscoring.capture.CaptureFiles;
import com.leadscoring.capture.CaptureRecord;
import com.leadscoring.capture.CaptureSource;
import com.leadscoring.drift.SampleLeads;
import com.leadscoring.lead.Lead;
import com.leadscoring.model.FixtureStore;
import com.leadscoring.model.ModelBundle;
import com.leadscoring.model.ModelStore;
import com.leadscoring.model.ModelStores;
import com.leadscoring.outcome.OutcomeCsvReader;
import com.leadscoring.outcome.Outcomes;
import com.leadscoring.scoring.LeadScore;
import com.leadscoring.scoring.LeadScorer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Scores from a published model, captured to files and joined with outcomes for part of them, give a realized.json
 * whose ROC AUC and per-grade conversion equal a direct computation on the same scores and labels.
 */
class ScoredCapturesTest {

    @Test
    void realizedJsonEqualsADirectComputationOnTheSameScoresAndLabels(@TempDir Path dir) throws Exception {
        ModelStore store = ModelStores.open(FixtureStore.location());
        ModelBundle bundle = store.load(FixtureStore.NEWEST_VERSION);
        List<Lead> leads = SampleLeads.generate(31, 600, false);
        List<LeadScore> scores;
        try (LeadScorer scorer = new LeadScorer(bundle)) {
            scores = scorer.score(leads, false);
        }
        List<CaptureRecord> records = new ArrayList<>();
        Instant at = Instant.parse("2026-12-07T10:00:00Z");
        for (int i = 0; i < leads.size(); i++) {
            records.add(CaptureRecord.of(
                    "score-" + i,
                    FixtureStore.NEWEST_VERSION,
                    at.plusSeconds(i),
                    CaptureSource.RESCORE,
                    leads.get(i),
                    scores.get(i)));
        }
        CaptureFiles.write(dir.resolve("captures").toString(), records);

        // Outcomes for two leads in three; buyers drawn from the score itself so both classes appear in every grade.
        Random r = new Random(9);
        StringBuilder csv = new StringBuilder("id,buy,decided_at\n");
        Map<String, Boolean> label = new HashMap<>();
        for (int i = 0; i < leads.size(); i++) {
            if (i % 3 != 0) {
                boolean buy =
                        r.nextDouble() < Math.min(0.9, 0.05 + scores.get(i).probability());
                label.put(leads.get(i).id(), buy);
                csv.append(leads.get(i).id()).append(',').append(buy ? 1 : 0).append(",2026-12-08\n");
            }
        }
        Outcomes outcomes = OutcomeCsvReader.read(new StringReader(csv.toString()), "o.csv", null);
        RealizedReport report = RealizedAccuracy.evaluate(
                FirstCaptures.read(dir.resolve("captures").toString()),
                outcomes,
                v -> Expected.of(store.load(v)),
                null,
                Instant.parse("2026-12-09T00:00:00Z"));
        JsonNode json = new ObjectMapper().readTree(RealizedJson.toJson(report));
        JsonNode v = json.get("modelVersions").get(0);
        assertEquals(FixtureStore.NEWEST_VERSION, v.get("modelVersion").asText());
        assertEquals(600, v.get("leads").asLong());
        assertEquals(400, v.get("decided").asLong());

        // Direct: every (buyer, non-buyer) pair, and a count per grade.
        double right = 0;
        long pairs = 0;
        Map<String, long[]> grades = new HashMap<>();
        for (int i = 0; i < leads.size(); i++) {
            Boolean yi = label.get(leads.get(i).id());
            if (yi == null) {
                continue;
            }
            long[] g = grades.computeIfAbsent(scores.get(i).grade(), k -> new long[2]);
            g[0]++;
            g[1] += yi ? 1 : 0;
            for (int j = 0; j < leads.size(); j++) {
                Boolean yj = label.get(leads.get(j).id());
                if (yi && yj != null && !yj) {
                    double pi = scores.get(i).probability();
                    double pj = scores.get(j).probability();
                    right += pi > pj ? 1 : pi == pj ? 0.5 : 0;
                    pairs++;
                }
            }
        }
        assertEquals(right / pairs, v.get("rocAuc").asDouble(), 1e-12);
        assertTrue(v.get("rocAucInterval").get(0).asDouble() <= v.get("rocAuc").asDouble());
        for (JsonNode g : v.get("grades")) {
            long[] direct = grades.getOrDefault(g.get("grade").asText(), new long[2]);
            assertEquals(direct[0], g.get("leads").asLong(), g.get("grade").asText());
            assertEquals(direct[1], g.get("buyers").asLong(), g.get("grade").asText());
            if (direct[0] > 0) {
                assertEquals((double) direct[1] / direct[0], g.get("conversion").asDouble(), 1e-12);
            }
            assertTrue(g.get("expectedConversion").isNumber(), "the model's out-of-fold conversion beside it");
        }
        assertEquals(
                bundle.manifest().provenance().get("cvRocAuc"),
                v.get("expectedRocAuc").asDouble());
    }
}
