package com.leadscoring.monitor;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.leadscoring.capture.CaptureFiles;
import com.leadscoring.capture.CaptureRecord;
import com.leadscoring.capture.CaptureSource;
import com.leadscoring.drift.SampleLeads;
import com.leadscoring.io.S3Server;
import com.leadscoring.lead.Lead;
import com.leadscoring.metrics.EmfLines;
import com.leadscoring.metrics.MetricsNamespace;
import com.leadscoring.model.FixtureStore;
import com.leadscoring.model.ModelBundle;
import com.leadscoring.model.ModelStores;
import com.leadscoring.scoring.LeadScore;
import com.leadscoring.scoring.LeadScorer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The evaluation function on a real S3-compatible server: an outcomes upload, then a scheduled run. */
class EvaluationHandlerIT {

    @RegisterExtension
    static final S3Server s3 = S3Server.pointingClientsHere("data");

    static List<CaptureRecord> captured = new ArrayList<>();

    @BeforeAll
    static void captureScores() throws Exception {
        ModelBundle bundle = ModelStores.open(FixtureStore.location()).load(FixtureStore.NEWEST_VERSION);
        List<Lead> leads = SampleLeads.generate(17, 400, false);
        List<LeadScore> scores;
        try (LeadScorer scorer = new LeadScorer(bundle)) {
            scores = scorer.score(leads, false);
        }
        for (int i = 0; i < leads.size(); i++) {
            captured.add(CaptureRecord.of(
                    "r-" + i,
                    FixtureStore.NEWEST_VERSION,
                    Instant.parse("2026-12-05T08:00:00Z").plusSeconds(i),
                    CaptureSource.API,
                    leads.get(i),
                    scores.get(i)));
        }
        CaptureFiles.write("s3://data/captures", captured);
    }

    static void outcomes(String key, Predicate<CaptureRecord> buys) {
        StringBuilder csv = new StringBuilder("id,buy,decided_at\n");
        for (CaptureRecord c : captured) {
            csv.append(c.id()).append(',').append(buys.test(c) ? 1 : 0).append(",2026-12-06\n");
        }
        s3.put("data", key, csv.toString());
    }

    record Run(JsonNode answer, List<EmfLines.Line> emf) {

        /** The run's line (dimension Service only). */
        EmfLines.Line perRun() {
            return emf.stream()
                    .filter(l -> l.dimensions().equals(Map.of("Service", RealizedMetrics.SERVICE)))
                    .findFirst()
                    .orElseThrow(() -> new AssertionError("no per-run line: " + emf));
        }
    }

    static Run run(String event) throws Exception {
        EvaluationHandler handler = new EvaluationHandler(
                new EvaluationHandler.Settings(
                        "s3://data/captures",
                        "s3://data/outcomes/",
                        FixtureStore.location(),
                        "s3://data/realized/realized.json",
                        null),
                RealizedMetrics.emf(EmfLines.powertools(MetricsNamespace.DEFAULT, RealizedMetrics.SERVICE)),
                Clock.fixed(Instant.parse("2026-12-07T00:00:00Z"), ZoneOffset.UTC));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        List<EmfLines.Line> lines = EmfLines.capture(() -> {
                    handler.handleRequest(new ByteArrayInputStream(event.getBytes(StandardCharsets.UTF_8)), out, null);
                    return null;
                })
                .lines();
        lines.forEach(l -> assertEquals(MetricsNamespace.DEFAULT, l.namespace()));
        return new Run(new ObjectMapper().readTree(out.toByteArray()), lines);
    }

    @Test
    void anOutcomesUploadIsEvaluatedThenTheScheduleTakesTheNewestFile() throws Exception {
        outcomes(
                "outcomes/crm:2026-12-06.csv",
                c -> c.grade().equals("A") || c.grade().equals("B"));
        Run upload = run("{\"Records\":[{\"s3\":{\"bucket\":{\"name\":\"data\"},"
                + "\"object\":{\"key\":\"outcomes/crm%3A2026-12-06.csv\"}}}]}");
        assertEquals(
                "ok", upload.answer().get("verdict").asText(), upload.answer().toString());
        assertEquals(
                "s3://data/outcomes/crm:2026-12-06.csv",
                upload.answer().get("outcomes").asText());
        JsonNode realized = new ObjectMapper().readTree(s3.get("data", "realized/realized.json"));
        assertEquals(400, realized.get("modelVersions").get(0).get("decided").asLong());
        EmfLines.Line version = upload.emf().get(0);
        assertEquals(
                Map.of("Service", RealizedMetrics.SERVICE, "ModelVersion", FixtureStore.NEWEST_VERSION),
                version.dimensions());
        assertEquals(
                1.0,
                version.values().get("RealizedRocAuc").doubleValue(),
                upload.emf().toString());
        assertEquals("None", version.units().get("RealizedRocAuc"));
        assertEquals(0.0, upload.perRun().values().get("RealizedDegraded").doubleValue());
        assertEquals(400.0, upload.perRun().values().get("RealizedLeadsJudged").doubleValue());
        assertEquals("Count", upload.perRun().units().get("RealizedLeadsJudged"));

        Thread.sleep(1100); // S3 LastModified has one-second resolution
        outcomes("outcomes/2026-12-07.csv", c -> c.grade().equals("D"));
        Run scheduled = run("{\"source\":\"aws.scheduler\"}");
        assertEquals(
                "s3://data/outcomes/2026-12-07.csv",
                scheduled.answer().get("outcomes").asText());
        assertEquals("degraded", scheduled.answer().get("verdict").asText());
        assertEquals(1.0, scheduled.perRun().values().get("RealizedDegraded").doubleValue());
        assertEquals(
                "degraded",
                new ObjectMapper()
                        .readTree(s3.get("data", "realized/realized.json"))
                        .get("verdict")
                        .asText());
    }
}
