package com.leadscoring.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.leadscoring.bootstrap.ModelLoader;
import com.leadscoring.bootstrap.Serving;
import com.leadscoring.io.S3Server;
import com.leadscoring.model.FixtureStore;
import com.leadscoring.model.ModelBundle;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A rescoring run's end against the in-process S3 server: batch answers of the real batch handler, written as the
 * Distributed Map's result writer lays them out (manifest + JSON Lines parts + a failed part), become one CSV object.
 */
class RescoreCsvIT {

    private static final String RUN_2_EVENT = "{\"bucket\":\"data\","
            + "\"manifestKey\":\"rescore/output/run-2/manifest.json\","
            + "\"outputKey\":\"rescore/output/run-2/scores.csv\"}";

    static final ObjectMapper JSON = new ObjectMapper();
    static final ModelBundle MODEL = ModelLoader.load(FixtureStore.location(), FixtureStore.NEWEST_VERSION);
    /** The S3 server the code under test reaches as it reaches AWS (its clients pointed here). */
    @RegisterExtension
    static final S3Server s3 = S3Server.pointingClientsHere("data");

    static void put(String key, String body) {
        s3.put("data", key, body);
    }

    /** A batch of {@code n} CSV items through the real batch handler; its answer as one line. */
    static String answer(int n, long seed, boolean explain) throws Exception {
        ObjectNode batch = BatchScoreHandlerTest.batchOf(n, seed);
        ((ObjectNode) batch.get("BatchInput")).put("explain", explain);
        ((ObjectNode) batch.get("Items").get(0)).put("previous_score", "0");
        ((ObjectNode) batch.get("Items").get(1)).put("created_at", "31-02-2021");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new BatchScoreHandler(Serving.of(MODEL))
                .handleRequest(new ByteArrayInputStream(JSON.writeValueAsBytes(batch)), out, null);
        return out.toString(StandardCharsets.UTF_8);
    }

    @Test
    void theRunsAnswersBecomeOneCsvWithEveryLeadScoredOrRefused() throws Exception {
        String run = "rescore/output/run-1/3f2a";
        String part0 = answer(40, 1, true) + "\n" + answer(25, 2, true) + "\n";
        String part1 = answer(30, 3, true) + "\n";
        put(run + "/SUCCEEDED_0.json", part0);
        put(run + "/SUCCEEDED_1.json", part1);
        // Failed executions are written in the run's JSON Lines too (WriterConfig applies to every status).
        put(run + "/FAILED_0.json", "{\"Error\":\"States.TaskFailed\",\"Cause\":\"boom\",\"Status\":\"FAILED\"}\n");
        put(
                run + "/manifest.json",
                "{\"DestinationBucket\":\"data\",\"MapRunArn\":\"arn:aws:states:eu-west-1:1:mapRun:x\","
                        + "\"ResultFiles\":{\"FAILED\":[{\"Key\":\"" + run
                        + "/FAILED_0.json\",\"Size\":60}],\"PENDING\":[],"
                        + "\"SUCCEEDED\":[{\"Key\":\"" + run + "/SUCCEEDED_0.json\",\"Size\":1},{\"Key\":\"" + run
                        + "/SUCCEEDED_1.json\",\"Size\":1}]}}");

        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new RescoreCsvHandler()
                .handleRequest(
                        new ByteArrayInputStream(("{\"bucket\":\"data\",\"manifestKey\":\"" + run
                                        + "/manifest.json\",\"outputKey\":\"rescore/output/run-1/scores.csv\"}")
                                .getBytes(StandardCharsets.UTF_8)),
                        out,
                        null);
        JsonNode summary = JSON.readTree(out.toByteArray());
        assertEquals(95, summary.get("rows").asInt(), summary.toString());
        assertEquals(3, summary.get("refused").asInt(), "one impossible date per batch");
        assertEquals(92, summary.get("scored").asInt());
        assertEquals(1, summary.get("failedBatches").asInt());

        String csv = new String(s3.get("data", "rescore/output/run-1/scores.csv"), StandardCharsets.UTF_8);
        List<CSVRecord> rows = CSVFormat.DEFAULT
                .builder()
                .setHeader()
                .setSkipHeaderRecord(true)
                .get()
                .parse(new StringReader(csv))
                .getRecords();
        assertEquals(95, rows.size());
        assertEquals(ScoreCsv.HEADER, csv.substring(0, csv.indexOf('\n')));
        CSVRecord first = rows.get(0);
        assertEquals(MODEL.manifest().modelVersion(), first.get("model_version"));
        assertEquals("improving", first.get("trend"), first.toString());
        assertTrue(!first.get("percentile").isEmpty() && !first.get("grade").isEmpty(), first.toString());
        assertTrue(
                !first.get("reasons_up").isEmpty() || !first.get("reasons_down").isEmpty(), first.toString());
        CSVRecord refused = rows.get(1);
        assertTrue(refused.get("errors").startsWith("created_at: "), refused.toString());
        assertEquals("", refused.get("score"));
    }

    @Test
    void aManifestThatIsNotOneFailsAndWritesNothing() {
        put("rescore/output/run-2/manifest.json", "{\"hello\": 1}");
        assertThrows(
                IOException.class,
                () -> new RescoreCsvHandler()
                        .handleRequest(
                                new ByteArrayInputStream(RUN_2_EVENT.getBytes(StandardCharsets.UTF_8)),
                                new ByteArrayOutputStream(),
                                null));
        try (var c = s3.client()) {
            assertTrue(c.listObjectsV2(b -> b.bucket("data").prefix("rescore/output/run-2/")).contents().stream()
                    .noneMatch(o -> o.key().endsWith(".csv")));
        }
        assertThrows(
                IllegalArgumentException.class,
                () -> new RescoreCsvHandler()
                        .handleRequest(
                                new ByteArrayInputStream("{\"bucket\":\"data\"}".getBytes(StandardCharsets.UTF_8)),
                                new ByteArrayOutputStream(),
                                null));
        for (String bad :
                new String[] {"", "[1]", "{\"bucket\":\"data\",\"manifestKey\":\"m.json\",\"outputKey\":\"out.txt\"}"
                }) {
            IllegalArgumentException e = assertThrows(
                    IllegalArgumentException.class,
                    () -> new RescoreCsvHandler()
                            .handleRequest(
                                    new ByteArrayInputStream(bad.getBytes(StandardCharsets.UTF_8)),
                                    new ByteArrayOutputStream(),
                                    null));
            assertTrue(e.getMessage().contains("the event") || e.getMessage().contains(".csv"), e.getMessage());
        }
    }
}
