package com.leadscoring.monitor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.leadscoring.bootstrap.ModelLoader;
import com.leadscoring.bootstrap.RescoreOutputPrefix;
import com.leadscoring.drift.DriftCheck;
import com.leadscoring.drift.ReferenceProfile;
import com.leadscoring.drift.SampleLeads;
import com.leadscoring.io.S3Server;
import com.leadscoring.lead.Lead;
import com.leadscoring.lead.LeadField;
import com.leadscoring.metrics.EmfLines;
import com.leadscoring.metrics.MetricsNamespace;
import com.leadscoring.model.FixtureStore;
import com.leadscoring.model.Manifest;
import com.leadscoring.model.ModelBundle;
import com.leadscoring.model.ModelStores;
import com.leadscoring.scoring.ModelScores;
import com.leadscoring.scoring.ServedModel;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The drift handler end to end against an S3 server in this JVM: a model with a reference published to an S3 store,
 * rescoring inputs uploaded to a data bucket, the handler invoked with the state machine's input; drift.json read back
 * from S3 and the EMF lines parsed as CloudWatch would.
 */
class DriftHandlerIT {

    static final String VERSION = "20261206T000000Z-d1f7a00";
    static final ObjectMapper JSON = new ObjectMapper();
    /** The S3 server the code under test reaches as it reaches AWS (its clients pointed here). */
    @RegisterExtension
    static final S3Server s3 = S3Server.pointingClientsHere("models", "data");

    @BeforeAll
    static void publishAModelWithAReferenceAndUploadLeads() throws Exception {
        ModelBundle fixture = ModelStores.open(FixtureStore.location()).load(null);
        Path dir = FixtureStore.path().resolve(fixture.manifest().modelVersion());
        byte[] onnx = Files.readAllBytes(dir.resolve(Manifest.MODEL_FILE));
        List<Lead> training = SampleLeads.generate(1, 4000, false);
        ReferenceProfile reference;
        try (ServedModel unpublished =
                ServedModel.unpublished(VERSION, onnx, fixture.manifest().output(), fixture.preprocessing())) {
            reference = ReferenceProfile.of(VERSION, training, ModelScores.probabilities(unpublished, training));
        }
        Manifest m = fixture.manifest();
        ModelStores.open("s3://models/store")
                .publish(
                        new Manifest(
                                m.schemaVersion(),
                                VERSION,
                                Instant.parse("2026-12-06T00:00:00Z"),
                                m.algorithm(),
                                m.encoderVersion(),
                                m.featureNames(),
                                m.output(),
                                Map.of(),
                                m.provenance()),
                        Map.of(
                                Manifest.MODEL_FILE,
                                onnx,
                                Manifest.PREPROCESSING_FILE,
                                Files.readAllBytes(dir.resolve(Manifest.PREPROCESSING_FILE)),
                                ReferenceProfile.FILE,
                                reference.toJson()),
                        true);
        upload("rescore/input/stable.csv", SampleLeads.csv(SampleLeads.generate(2, 3000, false)));
        upload("rescore/input/shifted.csv", SampleLeads.csv(SampleLeads.generate(3, 3000, true)));
        upload("rescore/input/twenty.csv", SampleLeads.csv(SampleLeads.generate(4, 20, false)));
        upload("rescore/input/run #7 100%25.csv", SampleLeads.csv(SampleLeads.generate(5, 1000, false)));
    }

    static void upload(String key, String csv) {
        s3.put("data", key, csv);
    }

    /** One invocation: the answer, the EMF lines it printed, and the clock before and after it. */
    record Run(JsonNode answer, List<JsonNode> emf, long from, long to) {}

    static Run invoke(String event) throws Exception {
        // The Lambda constructor's metrics: Powertools, the one namespace, the drift function's service.
        EmfDriftMetrics metrics =
                new EmfDriftMetrics(EmfLines.powertools(MetricsNamespace.DEFAULT, "lead-scoring-drift"));
        DriftHandler handler = new DriftHandler(
                () -> ModelLoader.load("s3://models/store", null),
                metrics,
                new RescoreOutputPrefix("rescore/output"),
                DriftCheck.DEFAULT_MIN_LEADS);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        long from = System.currentTimeMillis();
        List<EmfLines.Line> lines = EmfLines.capture(() -> {
                    handler.handleRequest(new ByteArrayInputStream(event.getBytes(StandardCharsets.UTF_8)), out, null);
                    return null;
                })
                .lines();
        return new Run(
                JSON.readTree(out.toByteArray()),
                lines.stream().map(EmfLines.Line::json).toList(),
                from,
                System.currentTimeMillis());
    }

    static String event(String input, String outputPrefix) {
        return "{\"bucket\":\"data\",\"key\":\"rescore/input/" + input + "\",\"outputPrefix\":\"" + outputPrefix
                + "\"}";
    }

    /** PSI per field (and "score") from the EMF lines, checking each is a well-formed PSI metric of the namespace. */
    static Map<String, Double> psiByField(Run run) {
        Map<String, Double> psi = new HashMap<>();
        for (JsonNode line : run.emf()) {
            JsonNode directive = line.at("/_aws/CloudWatchMetrics/0");
            assertEquals("LeadScoring", directive.get("Namespace").asText());
            long timestamp = line.at("/_aws/Timestamp").asLong();
            assertTrue(timestamp >= run.from() && timestamp <= run.to(), "published during the run: " + timestamp);
            if (line.has("field")) {
                assertEquals(
                        "[[\"Service\",\"field\"]]", directive.get("Dimensions").toString());
                assertEquals("PSI", directive.at("/Metrics/0/Name").asText());
                psi.put(line.get("field").asText(), line.get("PSI").asDouble());
            }
        }
        return psi;
    }

    static JsonNode runLine(Run run) {
        return run.emf().stream().filter(l -> l.has("MaxPSI")).findFirst().orElseThrow();
    }

    @Test
    void aStableRunWritesItsReportAndPublishesLowPsiForEveryFieldAndTheScore() throws Exception {
        Run run = invoke(event("stable.csv", "rescore/output/run-1/"));
        assertEquals(VERSION, run.answer().get("modelVersion").asText());
        assertEquals(3000, run.answer().get("leads").asInt());
        assertEquals("[]", run.answer().get("shifted").toString());
        assertEquals(
                "s3://data/rescore/output/run-1/drift.json",
                run.answer().get("report").asText());

        JsonNode report = JSON.readTree(s3.get("data", "rescore/output/run-1/drift.json"));
        assertEquals(VERSION, report.get("modelVersion").asText());
        assertEquals("s3://data/rescore/input/stable.csv", report.get("source").asText());
        assertEquals(0, report.get("shifted").size());

        Map<String, Double> psi = psiByField(run);
        assertEquals(
                LeadField.values().length, psi.size(), "every source field but the id, and the score: " + psi.keySet());
        assertTrue(psi.containsKey("score"));
        assertFalse(psi.containsKey("id"));
        psi.forEach((field, value) -> assertTrue(value < 0.1, field + " PSI " + value));
        // The figures published are the report's figures.
        for (JsonNode f : report.get("fields")) {
            assertEquals(
                    f.get("psi").asDouble(),
                    psi.get(f.get("name").asText()),
                    1e-12,
                    f.get("name").asText());
        }
        JsonNode perRun = runLine(run);
        assertEquals(
                "[[\"Service\"]]",
                perRun.at("/_aws/CloudWatchMetrics/0/Dimensions").toString());
        assertEquals(0, perRun.get("ShiftedFields").asInt());
        assertEquals(3000, perRun.get("LeadsChecked").asInt());
        assertEquals(
                psi.values().stream().mapToDouble(Double::doubleValue).max().orElseThrow(),
                perRun.get("MaxPSI").asDouble(),
                1e-12);
    }

    @Test
    void aShiftedRunNamesTheFieldInTheReportAndCrossesTheAlarmThreshold() throws Exception {
        Run run = invoke(event("shifted.csv", "rescore/output/run-2"));
        assertTrue(
                run.answer().get("shifted").toString().contains("signup_date"),
                run.answer().toString());
        JsonNode report = JSON.readTree(s3.get("data", "rescore/output/run-2/drift.json"));
        assertTrue(
                report.get("shifted").toString().contains("signup_date"),
                report.get("shifted").toString());
        Map<String, Double> psi = psiByField(run);
        assertTrue(psi.get("signup_date") >= 0.25, "signup_date PSI " + psi.get("signup_date"));
        assertTrue(psi.get("campaign_var_1") < 0.1, "an unshifted field stays stable: " + psi.get("campaign_var_1"));
        JsonNode perRun = runLine(run);
        assertTrue(perRun.get("MaxPSI").asDouble() >= 0.25);
        assertTrue(perRun.get("ShiftedFields").asInt() >= 1);
    }

    @Test
    void aWrongEventSaysWhatToSendAndAMissingFileNamesIt() {
        IllegalArgumentException bad =
                assertThrows(IllegalArgumentException.class, () -> invoke("{\"bucket\":\"data\"}"));
        assertTrue(bad.getMessage().contains("\"key\""), bad.getMessage());
        Exception missing =
                assertThrows(Exception.class, () -> invoke(event("nothing-here.csv", "rescore/output/run-3")));
        assertTrue(missing.getMessage().contains("s3://data/rescore/input/nothing-here.csv"), missing.getMessage());
    }

    @Test
    void twentyLeadsAreTooFewToJudgeAndPublishNoPsi() throws Exception {
        Run run = invoke(event("twenty.csv", "rescore/output/run-20"));
        assertTrue(run.answer().get("tooFewLeads").asBoolean(), run.answer().toString());
        assertEquals(1000, run.answer().get("minLeads").asInt());
        assertEquals("[]", run.answer().get("shifted").toString());
        assertFalse(run.answer().has("maxPsi"), run.answer().toString());

        JsonNode report = JSON.readTree(s3.get("data", "rescore/output/run-20/drift.json"));
        assertTrue(report.get("tooFewLeads").asBoolean());
        assertEquals(1000, report.get("minLeads").asInt());
        assertEquals(0, report.get("shifted").size());
        report.get("fields").forEach(f -> assertFalse(f.has("psi"), f.toString()));

        assertEquals(1, run.emf().size(), "one line, no PSI per field: " + run.emf());
        JsonNode line = run.emf().get(0);
        assertEquals(
                "[{\"Name\":\"LeadsChecked\",\"Unit\":\"Count\"}]",
                line.at("/_aws/CloudWatchMetrics/0/Metrics").toString());
        assertEquals(20, line.get("LeadsChecked").asInt());
        assertFalse(line.has("MaxPSI") || line.has("ShiftedFields"), line.toString());
    }

    @Test
    void keysAreTakenExactlyAsSent() throws Exception {
        Run run = invoke("{\"bucket\":\"data\",\"key\":\"rescore/input/run #7 100%25.csv\","
                + "\"outputPrefix\":\"rescore/output/run#7 %25\"}");
        assertEquals(
                "s3://data/rescore/output/run#7 %25/drift.json",
                run.answer().get("report").asText());
        JsonNode report = JSON.readTree(s3.get("data", "rescore/output/run#7 %25/drift.json"));
        assertEquals(
                "s3://data/rescore/input/run #7 100%25.csv",
                report.get("source").asText());
        assertEquals(1000, report.get("rows").asInt());
        try (var c = s3.client()) {
            assertTrue(
                    c.listObjectsV2(b -> b.bucket("data").prefix("rescore/output/run")).contents().stream()
                            .noneMatch(o -> o.key().equals("rescore/output/run/drift.json")),
                    "nothing at the key cut at #");
        }
    }

    @Test
    void anOutputPrefixOutsideTheRunsPrefixIsRefusedByName() {
        for (String prefix : new String[] {"/", "rescore/output/", "rescore/input/run-1", "elsewhere"}) {
            IllegalArgumentException e =
                    assertThrows(IllegalArgumentException.class, () -> invoke(event("stable.csv", prefix)));
            assertTrue(
                    e.getMessage().contains("\"outputPrefix\" must lie in a run's folder below rescore/output/"),
                    e.getMessage());
        }
        try (var c = s3.client()) {
            assertTrue(
                    c.listObjectsV2(b -> b.bucket("data")).contents().stream()
                            .noneMatch(
                                    o -> o.key().equals("drift.json") || o.key().equals("/drift.json")),
                    "nothing at the bucket's root");
        }
    }

    @Test
    void aCsvWithBadRowsOnlyOrNoHeaderFailsWithoutQuotingIt() throws Exception {
        upload("rescore/input/no-header.csv", "L0,28-02-2021,4,7,,12-01-2020,0,1,0,0,0,0,0,0,0,0,0,0\n");
        Exception noHeader = assertThrows(Exception.class, () -> invoke(event("no-header.csv", "rescore/output/r1")));
        assertTrue(
                noHeader.getMessage().contains("no-header.csv: line 1 (header): missing column"),
                noHeader.getMessage());
        assertFalse(noHeader.getMessage().contains("28-02-2021"), noHeader.getMessage());

        String csv = SampleLeads.csv(SampleLeads.generate(6, 3, false));
        String header = csv.substring(0, csv.indexOf('\n') + 1);
        upload(
                "rescore/input/all-bad.csv",
                header + csv.substring(header.length()).replaceAll("(?m)^([^,]*),[^,]*,", "$1,31-02-2021,"));
        Exception allBad = assertThrows(Exception.class, () -> invoke(event("all-bad.csv", "rescore/output/r2")));
        assertTrue(
                allBad.getMessage().contains("no valid leads (3 invalid rows; first: line 2: created_at)"),
                allBad.getMessage());
        assertFalse(allBad.getMessage().contains("31-02-2021"), allBad.getMessage());
    }
}
