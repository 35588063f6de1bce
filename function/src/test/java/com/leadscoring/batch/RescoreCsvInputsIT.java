package com.leadscoring.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.leadscoring.bootstrap.RescoreOutputPrefix;
import com.leadscoring.io.Locations;
import com.leadscoring.io.S3Server;
import com.leadscoring.metrics.EmfLines;
import com.leadscoring.metrics.HandlerMetrics;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.S3Object;

/**
 * The CSV step given what users and Step Functions really send, on the in-process S3 server: keys with {@code #},
 * {@code %} and spaces land exactly where asked; broken manifests and records fail naming file, line, record and field
 * without a lead's data; what used to pass silently (zero-byte or duplicate files, another bucket's manifest, PENDING
 * files, invalid UTF-8, a key outside the runs' prefix) is refused or reported.
 */
class RescoreCsvInputsIT {

    static final ObjectMapper JSON = new ObjectMapper();
    static final RescoreOutputPrefix RUNS = new RescoreOutputPrefix("rescore/output");
    /** Text shaped like a lead row: no message may contain it. */
    static final String LEAD_LIKE = "L0,28-02-2021,4,7,,12-01-2020,0,1";

    @RegisterExtension
    static final S3Server s3 = S3Server.pointingClientsHere("data", "other");

    static String goodAnswer;

    @BeforeAll
    static void answer() throws Exception {
        goodAnswer = RescoreCsvIT.answer(5, 7, false);
    }

    static void put(String key, byte[] body) {
        try (S3Client c = s3.client()) {
            c.putObject(b -> b.bucket("data").key(key), RequestBody.fromBytes(body));
        }
    }

    static void put(String key, String body) {
        put(key, body.getBytes(StandardCharsets.UTF_8));
    }

    /** A manifest at {@code run/manifest.json} listing {@code succeeded} (and the other statuses' JSON as given). */
    static String manifest(String run, String bucket, String succeeded, String failed, String pending) {
        String key = run + "/manifest.json";
        put(
                key,
                "{\"DestinationBucket\":\"" + bucket + "\",\"MapRunArn\":\"arn:aws:states:eu-west-1:1:mapRun:x\","
                        + "\"ResultFiles\":{\"FAILED\":[" + failed + "],\"PENDING\":[" + pending + "],"
                        + "\"SUCCEEDED\":[" + succeeded + "]}}");
        return key;
    }

    static String file(String key) {
        return "{\"Key\":\"" + key + "\",\"Size\":1}";
    }

    static JsonNode run(String manifestKey, String outputKey) throws Exception {
        return run(manifestKey, outputKey, HandlerMetrics.NONE);
    }

    static JsonNode run(String manifestKey, String outputKey, HandlerMetrics metrics) throws Exception {
        String event = JSON.writeValueAsString(JSON.createObjectNode()
                .put("bucket", "data")
                .put("manifestKey", manifestKey)
                .put("outputKey", outputKey));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new RescoreCsvHandler(Locations::open, RUNS, metrics)
                .handleRequest(new ByteArrayInputStream(event.getBytes(StandardCharsets.UTF_8)), out, null);
        return JSON.readTree(out.toByteArray());
    }

    /** The run fails; its message is returned after checking it names {@code expected} and holds no lead data. */
    static String fails(String manifestKey, String outputKey, String... expected) {
        Exception e = assertThrows(Exception.class, () -> run(manifestKey, outputKey));
        String message = e.getMessage();
        for (String part : expected) {
            assertTrue(message.contains(part), "expected \"" + part + "\" in: " + message);
        }
        for (Throwable t = e; t != null; t = t.getCause()) {
            String m = String.valueOf(t.getMessage());
            assertFalse(m.contains("L0,28") || m.contains("28-02-2021") || m.contains("secret-id"), "lead data: " + m);
        }
        try (S3Client c = s3.client()) {
            String folder = outputKey.substring(0, outputKey.lastIndexOf('/') + 1);
            assertTrue(
                    c.listObjectsV2(b -> b.bucket("data").prefix(folder)).contents().stream()
                            .map(S3Object::key)
                            .noneMatch(outputKey::equals),
                    "no CSV was written at " + outputKey);
        }
        return message;
    }

    @Test
    void keysWithHashPercentAndSpacesAreUsedExactlyAsSent() throws Exception {
        String run = "rescore/output/run #1%20/map#x";
        put(run + "/SUCCEEDED_0.json", goodAnswer + "\n");
        String manifestKey = manifest(run, "data", file(run + "/SUCCEEDED_0.json"), "", "");
        for (String outputKey : new String[] {
            "rescore/output/run-1/scores#v2.csv", "rescore/output/run-1/100%25.csv", "rescore/output/run 1/sc ores.csv"
        }) {
            JsonNode answer = run(manifestKey, outputKey);
            assertEquals("s3://data/" + outputKey, answer.get("csv").asText());
            byte[] written = s3.get("data", outputKey);
            assertTrue(new String(written, StandardCharsets.UTF_8).startsWith(ScoreCsv.HEADER), outputKey);
        }
        try (S3Client c = s3.client()) {
            List<String> keys = new ArrayList<>();
            for (String folder : new String[] {"rescore/output/run-1/", "rescore/output/run 1/"}) {
                c.listObjectsV2(b -> b.bucket("data").prefix(folder)).contents().stream()
                        .map(S3Object::key)
                        .forEach(keys::add);
            }
            assertEquals(
                    List.of(
                            "rescore/output/run 1/sc ores.csv",
                            "rescore/output/run-1/100%25.csv",
                            "rescore/output/run-1/scores#v2.csv"),
                    keys.stream().sorted().toList(),
                    "no object at a cut or decoded key (scores, 100%.csv)");
        }
    }

    @Test
    void aResultLineThatIsNotJsonIsNamedByFileLineAndRecordWithoutItsText() {
        String run = "rescore/output/run-2/m";
        put(run + "/SUCCEEDED_0.json", goodAnswer + "\n" + goodAnswer + "\n" + LEAD_LIKE + "\n");
        String m = manifest(run, "data", file(run + "/SUCCEEDED_0.json"), "", "");
        fails(
                m,
                "rescore/output/run-2/scores.csv",
                "s3://data/" + run + "/SUCCEEDED_0.json",
                "line 3",
                "not valid JSON");

        String failedRun = "rescore/output/run-3/m";
        put(failedRun + "/SUCCEEDED_0.json", goodAnswer + "\n");
        put(failedRun + "/FAILED_0.json", "{\"Error\":\"States.TaskFailed\"}\n" + LEAD_LIKE + "\n");
        String f = manifest(
                failedRun, "data", file(failedRun + "/SUCCEEDED_0.json"), file(failedRun + "/FAILED_0.json"), "");
        fails(f, "rescore/output/run-3/scores.csv", "FAILED_0.json", "line 2", "not valid JSON");
    }

    @Test
    void brokenManifestsAreNamed() {
        String run = "rescore/output/run-4";
        put(run + "/empty.json", "");
        fails(run + "/empty.json", run + "/scores.csv", run + "/empty.json is empty");
        put(run + "/truncated.json", "{\"DestinationBucket\":\"data\",\"ResultFiles\":{\"SUCCEEDED\":[");
        fails(run + "/truncated.json", run + "/scores.csv", "truncated.json: line 1", "ends before");
        put(run + "/text.json", LEAD_LIKE);
        fails(run + "/text.json", run + "/scores.csv", "text.json: line 1, column", "not valid JSON");
        put(run + "/nokey.json", "{\"DestinationBucket\":\"data\",\"ResultFiles\":{\"SUCCEEDED\":[{\"Size\":3}]}}");
        fails(run + "/nokey.json", run + "/scores.csv", "ResultFiles.SUCCEEDED[0].Key is missing");
    }

    @Test
    void aRecordWithAMissingFieldOrAWrongTypeNamesTheField() throws Exception {
        String run = "rescore/output/run-5/m";
        JsonNode answer = JSON.readTree(goodAnswer);
        ((ObjectNode) answer.get("scores").get(2)).remove("probability");
        ((ObjectNode) answer.get("scores").get(1)).put("id", "secret-id");
        put(run + "/SUCCEEDED_0.json", goodAnswer + "\n" + answer + "\n");
        fails(
                manifest(run, "data", file(run + "/SUCCEEDED_0.json"), "", ""),
                "rescore/output/run-5/scores.csv",
                "SUCCEEDED_0.json: line 2 (record 2): scores[2].probability is missing");

        ((ObjectNode) answer.get("scores").get(2)).put("probability", "0.5");
        put(run + "/SUCCEEDED_1.json", answer + "\n");
        fails(
                manifest(run, "data", file(run + "/SUCCEEDED_1.json"), "", ""),
                "rescore/output/run-5/scores.csv",
                "line 1 (record 1): scores[2].probability must be a number");
    }

    @Test
    void encodingsOtherThanUtf8AreRefusedByNameAndABomIsAccepted() throws Exception {
        String run = "rescore/output/run-6/m";
        put(run + "/SUCCEEDED_0.json", (goodAnswer + "\n").getBytes(StandardCharsets.UTF_16));
        fails(
                manifest(run, "data", file(run + "/SUCCEEDED_0.json"), "", ""),
                "rescore/output/run-6/scores.csv",
                "SUCCEEDED_0.json is UTF-16BE text");

        byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
        byte[] body = (goodAnswer + "\n").getBytes(StandardCharsets.UTF_8);
        byte[] withBom = new byte[bom.length + body.length];
        System.arraycopy(bom, 0, withBom, 0, 3);
        System.arraycopy(body, 0, withBom, 3, body.length);
        put(run + "/SUCCEEDED_1.json", withBom);
        JsonNode ok =
                run(manifest(run, "data", file(run + "/SUCCEEDED_1.json"), "", ""), "rescore/output/run-6/ok.csv");
        assertEquals(5, ok.get("rows").asInt());

        // A byte that is not UTF-8 inside an id: refused with its position, never written as a replacement character.
        String text = goodAnswer.replaceFirst("\"L1\"", "\"L\u00e91\"");
        byte[] bytes = (goodAnswer + "\n" + text + "\n").getBytes(StandardCharsets.ISO_8859_1);
        put(run + "/SUCCEEDED_2.json", bytes);
        String message = fails(
                manifest(run, "data", file(run + "/SUCCEEDED_2.json"), "", ""),
                "rescore/output/run-6/bad.csv",
                "SUCCEEDED_2.json: line 2: invalid UTF-8 at byte");
        int at = Integer.parseInt(message.replaceAll(".*at byte (\\d+).*", "$1"));
        assertEquals((byte) 0xE9, bytes[at - 1], "the byte named is the bad one");
    }

    @Test
    void silentCasesAreRefusedOrReported() throws Exception {
        String run = "rescore/output/run-7/m";
        put(run + "/SUCCEEDED_0.json", goodAnswer + "\n");
        put(run + "/SUCCEEDED_1.json", "");
        fails(
                manifest(run, "data", file(run + "/SUCCEEDED_0.json") + "," + file(run + "/SUCCEEDED_1.json"), "", ""),
                "rescore/output/run-7/scores.csv",
                "SUCCEEDED_1.json holds no record");
        fails(
                manifest(run, "data", file(run + "/SUCCEEDED_0.json") + "," + file(run + "/SUCCEEDED_0.json"), "", ""),
                "rescore/output/run-7/scores.csv",
                "ResultFiles.SUCCEEDED[1].Key lists " + run + "/SUCCEEDED_0.json a second time");
        fails(
                manifest(run, "other", file(run + "/SUCCEEDED_0.json"), "", ""),
                "rescore/output/run-7/scores.csv",
                "DestinationBucket is other, not the event's bucket data");

        JsonNode answer = run(
                manifest(run, "data", file(run + "/SUCCEEDED_0.json"), "", file(run + "/PENDING_0.json")),
                "rescore/output/run-7/scores.csv");
        assertEquals(5, answer.get("rows").asInt());
        assertEquals(
                "[\"s3://data/" + run + "/PENDING_0.json\"]",
                answer.get("pendingFiles").toString(),
                "pending files are reported");

        for (String[] outside : new String[][] {
            {run + "/manifest.json", "scores.csv"}, // the bucket's root
            {run + "/manifest.json", "rescore/output/"}, // the runs' prefix itself
            {run + "/manifest.json", "rescore/other/run-7/scores.csv"},
            {"rescore/input/manifest.json", "rescore/output/run-7/x.csv"}
        }) {
            IllegalArgumentException e =
                    assertThrows(IllegalArgumentException.class, () -> run(outside[0], outside[1]));
            assertTrue(e.getMessage().contains("below rescore/output/"), e.getMessage());
        }
    }

    @Test
    void eachCsvPublishesItsCountsAsOneEmfLine() throws Exception {
        String run = "rescore/output/run-8/m";
        put(run + "/SUCCEEDED_0.json", goodAnswer + "\n");
        String manifestKey = manifest(run, "data", file(run + "/SUCCEEDED_0.json"), "", file(run + "/PENDING_0.json"));
        EmfLines.Captured<JsonNode> captured = EmfLines.capture(() -> run(
                manifestKey,
                "rescore/output/run-8/scores.csv",
                EmfLines.powertools("LeadScoringTest", "lead-scoring-rescore-csv")));
        JsonNode answer = captured.result();
        assertEquals(1, captured.lines().size(), captured.lines().toString());
        EmfLines.Line line = captured.lines().get(0);
        assertEquals("LeadScoringTest", line.namespace());
        assertEquals(Map.of("Service", "lead-scoring-rescore-csv"), line.dimensions());
        assertEquals(5, answer.get("rows").asInt());
        assertEquals(
                Map.of(
                        "CsvFiles", 1.0,
                        "RowsWritten", 5.0,
                        "LeadsScored", answer.get("scored").asDouble(),
                        "InvalidRows", answer.get("refused").asDouble(),
                        "FailedBatches", 0.0,
                        "PendingFiles", 1.0),
                line.values());
        assertEquals(5.0, line.values().get("LeadsScored") + line.values().get("InvalidRows"));
        line.units().values().forEach(unit -> assertEquals("Count", unit));
    }
}
