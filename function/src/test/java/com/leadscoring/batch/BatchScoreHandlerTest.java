package com.leadscoring.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.atomic.AtomicInteger;

import ai.onnxruntime.OrtException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.leadscoring.bootstrap.ModelLoader;
import com.leadscoring.bootstrap.Serving;
import com.leadscoring.bootstrap.TestServing;
import com.leadscoring.decision.GradeBand;
import com.leadscoring.lead.FieldLabels;
import com.leadscoring.lead.FieldProblem;
import com.leadscoring.lead.Lead;
import com.leadscoring.lead.LeadCsvReader;
import com.leadscoring.lead.LeadCsvRow;
import com.leadscoring.lead.LeadField;
import com.leadscoring.model.FieldLabelsJson;
import com.leadscoring.model.FixtureStore;
import com.leadscoring.model.ModelBundle;
import com.leadscoring.scoring.LeadScore;
import com.leadscoring.scoring.LeadScorer;
import com.leadscoring.wire.Decimals;
import org.junit.jupiter.api.Test;

/**
 * The batch handler over the Distributed Map batches in events/ (and a generated 1,000-item one): item order, bad rows,
 * the empty batch, faults. The reference for every row is {@code function.jar score}'s path: the same rows as a CSV
 * through {@link LeadCsvReader} and {@link LeadScorer}.
 */
class BatchScoreHandlerTest {

    static final ModelBundle MODEL = ModelLoader.load(FixtureStore.location(), null);
    static final BatchScoreHandler HANDLER = new BatchScoreHandler(Serving.of(MODEL));
    static final ObjectMapper JSON = new ObjectMapper();

    static byte[] event(String name) throws Exception {
        try (InputStream in = BatchScoreHandlerTest.class.getResourceAsStream("/events/" + name)) {
            return in.readAllBytes();
        }
    }

    /** Through the Lambda entry point, as the runtime calls it. */
    static JsonNode invoke(byte[] batch) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        HANDLER.handleRequest(new ByteArrayInputStream(batch), out, null);
        return JSON.readTree(out.toByteArray());
    }

    /**
     * The batch's items as a lead CSV (header: the lead columns; an absent key is an empty cell), read by
     * LeadCsvReader.
     */
    static List<LeadCsvRow> asCsv(JsonNode items) throws Exception {
        StringBuilder csv = new StringBuilder();
        List<String> columns = new ArrayList<>();
        for (LeadField f : LeadField.values()) {
            columns.add(f.fieldName());
        }
        csv.append(String.join(",", columns)).append('\n');
        for (JsonNode item : items) {
            List<String> cells = new ArrayList<>();
            for (String c : columns) {
                cells.add(item.path(c).asText(""));
            }
            csv.append(String.join(",", cells)).append('\n');
        }
        List<LeadCsvRow> rows = new ArrayList<>();
        try (LeadCsvReader reader = LeadCsvReader.open(new StringReader(csv.toString()), "twin.csv")) {
            reader.forEach(rows::add);
        }
        return rows;
    }

    /** Checks every answer row against the CSV twin: same score for a valid row, same problems for a bad one. */
    static void assertMatchesCsvTwin(JsonNode items, JsonNode answer) throws Exception {
        List<LeadCsvRow> twin = asCsv(items);
        List<Lead> valid = new ArrayList<>();
        twin.stream().filter(LeadCsvRow::valid).forEach(r -> valid.add(r.lead()));
        Iterator<LeadScore> expected;
        try (LeadScorer scorer = new LeadScorer(MODEL)) {
            expected = scorer.score(valid, false).iterator();
        }
        assertEquals(items.size(), answer.get("scores").size(), "one entry per item");
        for (int i = 0; i < items.size(); i++) {
            JsonNode s = answer.get("scores").get(i);
            LeadCsvRow row = twin.get(i);
            if (row.valid()) {
                LeadScore e = expected.next();
                assertEquals(row.lead().id(), s.get("id").asText(), "item order kept");
                assertFalse(s.has("errors"));
                double p = s.get("probability").asDouble();
                assertEquals(
                        Decimals.round(e.probability(), Decimals.PROBABILITY),
                        p,
                        0.0,
                        "same score as function.jar score, at the contract's decimals");
                assertTrue(p >= 0 && p <= 1);
                // Score, buy and grade come from the unrounded probability, as the scorer decided them.
                assertEquals(e.score(), s.get("score").asInt());
                assertEquals(Math.round(100 * p), s.get("score").asInt());
                assertEquals(e.buy(), s.get("buy").asBoolean());
                assertEquals(
                        GradeBand.gradeOf(s.get("score").asInt(), GradeBand.DEFAULT),
                        s.get("grade").asText());
            } else {
                assertFalse(s.has("probability") || s.has("score") || s.has("grade") || s.has("buy"), s.toString());
                List<FieldProblem> got = new ArrayList<>();
                s.get("errors")
                        .forEach(e -> got.add(new FieldProblem(
                                e.get("field").asText(), e.get("reason").asText())));
                assertEquals(row.validation().problems(), got, "worded as the CSV reader words them");
            }
        }
    }

    @Test
    void scoresGoodRowsInItemOrderLikeTheCsvCommand() throws Exception {
        byte[] batch = event("batch-good.json");
        JsonNode answer = invoke(batch);
        assertEquals(HANDLER.modelVersion(), answer.at("/model/version").asText());
        assertEquals(
                Decimals.round(MODEL.preprocessing().threshold(), Decimals.PROBABILITY),
                answer.at("/model/threshold").asDouble());
        JsonNode items = JSON.readTree(batch).get("Items");
        assertEquals(25, items.size());
        assertMatchesCsvTwin(items, answer);
        answer.get("scores").forEach(s -> assertFalse(s.has("errors"), s.toString()));
    }

    @Test
    void badRowsComeBackWithTheirErrorsAndTheRestIsScored() throws Exception {
        byte[] batch = event("batch-bad-rows.json");
        JsonNode answer = invoke(batch);
        JsonNode items = JSON.readTree(batch).get("Items");
        assertMatchesCsvTwin(items, answer);
        JsonNode scores = answer.get("scores");
        List<String> expectedBad = List.of(
                "",
                "created_at campaign_var_1",
                "products_purchased user_activity_var_4",
                "",
                "id",
                "signup_date",
                "",
                "campaign_var_2");
        for (int i = 0; i < expectedBad.size(); i++) {
            List<String> fields = new ArrayList<>();
            scores.get(i).path("errors").forEach(e -> fields.add(e.get("field").asText()));
            assertEquals(expectedBad.get(i), String.join(" ", fields), "row " + i + ": " + scores.get(i));
            assertEquals(expectedBad.get(i).isEmpty(), scores.get(i).has("probability"));
        }
        assertTrue(scores.get(4).get("id").isNull(), "a row without an id answers id null");
        assertEquals("5001", scores.get(1).get("id").asText(), "a bad row keeps its id");
        assertEquals(
                "must be a valid date (dd-MM-yyyy or yyyy-MM-dd)",
                scores.get(1).get("errors").get(0).get("reason").asText(),
                "the reason names the format, never the value");
    }

    @Test
    void emptyBatchAnswersTheModelAndNoScores() throws Exception {
        JsonNode answer = invoke(event("batch-empty.json"));
        assertEquals(HANDLER.modelVersion(), answer.at("/model/version").asText());
        assertTrue(answer.get("scores").isArray());
        assertEquals(0, answer.get("scores").size());
    }

    static ObjectNode batchOf(int n, long seed) {
        Random r = new Random(seed);
        ObjectNode batch = JSON.createObjectNode();
        var items = batch.putArray("Items");
        for (int i = 0; i < n; i++) {
            ObjectNode item = items.addObject();
            item.put("id", "L" + i);
            item.put("created_at", String.format("%02d-%02d-2021", 1 + r.nextInt(28), 1 + r.nextInt(12)));
            item.put("campaign_var_1", Integer.toString(r.nextInt(15)));
            item.put("campaign_var_2", Integer.toString(r.nextInt(15)));
            boolean signup = r.nextBoolean();
            item.put("products_purchased", signup ? Integer.toString(1 + r.nextInt(4)) : "");
            item.put(
                    "signup_date", signup ? String.format("2020-%02d-%02d", 1 + r.nextInt(12), 1 + r.nextInt(28)) : "");
            for (int k = 1; k <= 12; k++) {
                item.put("user_activity_var_" + k, Integer.toString(r.nextInt(3)));
            }
        }
        batch.putObject("BatchInput").put("key", "rescore/input/leads.csv");
        return batch;
    }

    @Test
    void aThousandItemsAreScoredInOneRunInOrder() throws Exception {
        ObjectNode batch = batchOf(1000, 3);
        AtomicInteger runs = new AtomicInteger();
        List<Integer> sizes = new ArrayList<>();
        try (LeadScorer scorer = new LeadScorer(MODEL)) {
            BatchScoreHandler counting = new BatchScoreHandler(TestServing.scoring(MODEL, (rows, n, explain) -> {
                runs.incrementAndGet();
                sizes.add(n);
                return scorer.score(rows, n, explain);
            }));
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            counting.handleRequest(new ByteArrayInputStream(JSON.writeValueAsBytes(batch)), out, null);
            JsonNode answer = JSON.readTree(out.toByteArray());
            assertEquals(1, runs.get(), "one batched ORT run per batch");
            assertEquals(List.of(1000), sizes);
            assertMatchesCsvTwin(batch.get("Items"), answer);
            assertTrue(
                    out.size() < BatchScoreHandler.MAX_OUTPUT_BYTES, "answer of " + out.size() + " bytes fits a state");
        }
    }

    @Test
    void aScoringFaultThrowsSoStepFunctionsRetriesTheBatch() throws Exception {
        BatchScoreHandler broken = new BatchScoreHandler(TestServing.scoring(MODEL, (rows, n, explain) -> {
            throw new OrtException("simulated ONNX Runtime failure");
        }));
        byte[] batch = event("batch-good.json");
        BatchScoringException e = assertThrows(
                BatchScoringException.class,
                () -> broken.handleRequest(new ByteArrayInputStream(batch), new ByteArrayOutputStream(), null));
        assertTrue(e.getMessage().contains("simulated ONNX Runtime failure"), e.getMessage());
        // An all-bad or empty batch never reaches the model, so a broken model cannot fail it.
        assertEquals(
                0,
                broken.score(new ByteArrayInputStream(event("batch-empty.json")))
                        .rows()
                        .size());
    }

    @Test
    void aMalformedBatchIsNotRetriedAsIfItWereAFault() {
        for (String bad : new String[] {
            "",
            "[]",
            "{\"Items\": {}}",
            "{\"BatchInput\": {}}",
            "{\"Items\": [1]}",
            "{\"Items\": [{\"id\": \"1\"}",
            "{\"Items\": [], \"Items\": []}",
            "{\"Items\": [], \"BatchInput\": {\"explain\": \"yes\"}}",
            "{\"Items\": [], \"BatchInput\": \"explain\"}"
        }) {
            assertThrows(
                    MalformedBatchException.class,
                    () -> HANDLER.score(new ByteArrayInputStream(bad.getBytes(StandardCharsets.UTF_8))),
                    bad);
        }
    }

    /** A malformed batch is said by position and kind, never with Jackson's message, which quotes the token. */
    @Test
    void aMalformedBatchNamesWhereNotTheData() {
        String bad = "{\"Items\": [{\"id\": \"1\"},\n{\"id\": L0secret}]}";
        MalformedBatchException e = assertThrows(
                MalformedBatchException.class,
                () -> HANDLER.score(new ByteArrayInputStream(bad.getBytes(StandardCharsets.UTF_8))));
        assertEquals("the batch: line 2, column 17: not valid JSON", e.getMessage());
        assertNull(e.getCause(), "a logged cause would print Jackson's message");
    }

    @Test
    void anExplainedRunAnswersEveryScoredRowWithTheApisReasons() throws Exception {
        ObjectNode batch = batchOf(300, 8);
        ((ObjectNode) batch.get("BatchInput")).put("explain", true);
        JsonNode answer = invoke(JSON.writeValueAsBytes(batch));
        assertMatchesCsvTwin(batch.get("Items"), answer);
        List<Lead> leads = new ArrayList<>();
        asCsv(batch.get("Items")).forEach(r -> leads.add(r.lead()));
        List<LeadScore> expected;
        try (LeadScorer scorer = new LeadScorer(MODEL)) {
            expected = scorer.score(leads, true);
        }
        for (int i = 0; i < leads.size(); i++) {
            JsonNode factors = answer.get("scores").get(i).get("factors");
            assertTrue(factors.isArray() && !factors.isEmpty(), "row " + i + ": " + factors);
            List<String> got = new ArrayList<>();
            factors.forEach(f ->
                    got.add(f.get("feature").asText() + "=" + f.get("impact").asDouble()));
            List<String> want = new ArrayList<>();
            expected.get(i)
                    .factors()
                    .forEach(f -> want.add(f.feature() + "=" + Decimals.round(f.impact(), Decimals.IMPACT)));
            assertEquals(want, got, "row " + i);
        }
        // Without explain, no reasons: the answer stays small enough for 1,000-item batches.
        assertFalse(invoke(JSON.writeValueAsBytes(batchOf(3, 8)))
                .get("scores")
                .get(0)
                .has("factors"));
    }

    @Test
    void anExplainedBatchOfTheRunsSizeFitsAStateWithTheLongestLabels() throws Exception {
        Map<String, String> labels = new LinkedHashMap<>();
        for (LeadField f : LeadField.values()) {
            if (f != LeadField.ID) {
                labels.put(f.fieldName(), "é".repeat(FieldLabels.MAX_LABEL_LENGTH)); // 2 bytes each
            }
        }
        Map<String, byte[]> files = new HashMap<>(MODEL.otherFiles());
        files.put(FieldLabelsJson.FILE, FieldLabelsJson.toJson(new FieldLabels(labels, Map.of())));
        ModelBundle labelled =
                new ModelBundle(MODEL.manifest(), MODEL.onnxModel(), MODEL.preprocessing(), MODEL.metricsJson(), files);
        ObjectNode batch = batchOf(BatchScoreHandler.MAX_EXPLAINED_ITEMS, 12);
        ((ObjectNode) batch.get("BatchInput")).put("explain", true);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new BatchScoreHandler(Serving.of(labelled))
                .handleRequest(new ByteArrayInputStream(JSON.writeValueAsBytes(batch)), out, null);
        JsonNode answer = JSON.readTree(out.toByteArray());
        assertEquals(BatchScoreHandler.MAX_EXPLAINED_ITEMS, answer.get("scores").size());
        assertEquals(
                6, answer.at("/scores/0/factors").size(), answer.at("/scores/0").toString());
        assertTrue(out.size() <= BatchScoreHandler.MAX_OUTPUT_BYTES, out.size() + " bytes");
    }

    @Test
    void anExplainedBatchTooLargeForAStateIsRefusedWholeNotAnsweredWithoutReasons() throws Exception {
        ObjectNode batch = batchOf(1000, 4);
        ((ObjectNode) batch.get("BatchInput")).put("explain", true);
        MalformedBatchException e = assertThrows(
                MalformedBatchException.class,
                () -> HANDLER.handleRequest(
                        new ByteArrayInputStream(JSON.writeValueAsBytes(batch)), new ByteArrayOutputStream(), null));
        assertTrue(e.getMessage().contains("explained batches must have at most"), e.getMessage());
    }

    @Test
    void aColumnTheCsvLacksIsNamedAsSuch() throws Exception {
        ObjectNode batch = batchOf(2, 5);
        ((ObjectNode) batch.get("Items").get(0)).remove("products_purchased");
        ((ObjectNode) batch.get("Items").get(0)).put("campaign_var_1", "x");
        BatchResult result = HANDLER.score(new ByteArrayInputStream(JSON.writeValueAsBytes(batch)));
        assertEquals(
                List.of("products_purchased", "campaign_var_1"),
                result.rows().get(0).errors().stream().map(FieldProblem::field).toList());
        assertEquals(
                "is missing: the CSV has no products_purchased column",
                result.rows().get(0).errors().get(0).reason());
        assertTrue(result.rows().get(1).valid());
        assertNull(result.rows().get(0).score());
    }

    @Test
    void anAnswerFullOfBadRowsStaysWithinTheStatePayloadLimit() throws Exception {
        ObjectNode batch = JSON.createObjectNode();
        var items = batch.putArray("Items");
        for (int i = 0; i < 1000; i++) {
            ObjectNode item = items.addObject();
            for (LeadField f : LeadField.values()) {
                item.put(f.fieldName(), f == LeadField.ID ? "bad-" + i : "zz");
            }
        }
        byte[] in = JSON.writeValueAsBytes(batch);
        BatchResult result = HANDLER.score(new ByteArrayInputStream(in));
        assertEquals(0, result.scored());
        assertTrue(
                BatchScoreHandler.write(result, Integer.MAX_VALUE).length > BatchScoreHandler.MAX_OUTPUT_BYTES,
                "the premise: all problems of every row would not fit");
        JsonNode answer = invoke(in);
        assertEquals(1000, answer.get("scores").size());
        JsonNode first = answer.get("scores").get(0);
        assertEquals("bad-0", first.get("id").asText());
        assertEquals(1, first.get("errors").size());
        assertEquals(
                result.rows().get(0).errors().size() - 1,
                first.get("moreErrors").asInt());
        assertTrue(JSON.writeValueAsBytes(answer).length <= BatchScoreHandler.MAX_OUTPUT_BYTES);
    }

    @Test
    void aThousandCsvRowsAsItemsExceedOneBatchInputSoBatchesAreSmaller() throws Exception {
        // Why the ItemBatcher also sets MaxInputBytesPerBatch: a lead of the data set's 18 columns is ~400 bytes as an
        // item, so 256 KiB carries ~600 leads, not 1,000 (documented in infra/README.md).
        int bytes = JSON.writeValueAsBytes(batchOf(1000, 9).get("Items")).length;
        assertTrue(bytes > 256 * 1024, bytes + " bytes");
        assertTrue(bytes / 1000 > 300 && bytes / 1000 < 500, bytes / 1000 + " bytes per item");
    }

    @Test
    void nonStringValuesFollowTheCsvRules() {
        String batch =
                "{\"Items\":[{\"id\":7,\"created_at\":\"2021-05-04\",\"campaign_var_1\":3,\"campaign_var_2\":\"4\","
                        + "\"products_purchased\":null,\"signup_date\":\"\",\"user_activity_var_1\":{\"a\":1},"
                        + "\"user_activity_var_2\":\"0\",\"user_activity_var_3\":\"0\",\"user_activity_var_4\":\"0\","
                        + "\"user_activity_var_5\":\"0\",\"user_activity_var_6\":\"0\",\"user_activity_var_7\":\"0\","
                        + "\"user_activity_var_8\":\"0\",\"user_activity_var_9\":\"0\",\"user_activity_var_10\":\"0\","
                        + "\"user_activity_var_11\":\"0\",\"user_activity_var_12\":\"0\"}]}";
        BatchRow row = HANDLER.score(new ByteArrayInputStream(batch.getBytes(StandardCharsets.UTF_8)))
                .rows()
                .get(0);
        assertEquals("7", row.id());
        assertEquals(
                List.of(new FieldProblem(
                        "user_activity_var_1", "must be an integer between 0 and 9999, found an object")),
                row.errors());
    }

    @Test
    void blankCellsAreMissing() throws Exception {
        ObjectNode batch = batchOf(1, 12);
        ObjectNode item = (ObjectNode) batch.get("Items").get(0);
        item.put("products_purchased", "   ");
        item.put("signup_date", "");
        BatchRow row = HANDLER.score(new ByteArrayInputStream(JSON.writeValueAsBytes(batch)))
                .rows()
                .get(0);
        assertTrue(row.valid(), row.errors().toString());
        Lead expected = asCsv(batch.get("Items")).get(0).lead();
        assertNull(expected.productsPurchased());
        assertNull(expected.signupDate());
        try (LeadScorer scorer = new LeadScorer(MODEL)) {
            assertEquals(
                    scorer.score(List.of(expected), false).get(0).probability(),
                    row.score().probability(),
                    0.0,
                    "scored as the CSV twin, whose blank cells are missing");
        }
    }

    /**
     * A repeated column (a lead column or previous_score) leaves unknown which copy is meant: the row is refused, the
     * column named, never a cell quoted, as the lead CSV refuses a repeated header; other rows are scored.
     */
    @Test
    void aRepeatedColumnIsRefusedByRowAndName() throws Exception {
        ObjectNode batch = batchOf(3, 12);
        String json = JSON.writeValueAsString(batch)
                .replaceFirst("\"campaign_var_1\":", "\"campaign_var_1\":\"54321\",\"campaign_var_1\":")
                .replaceFirst(
                        "\"signup_date\":", "\"previous_score\":\"12\",\"previous_score\":\"13\",\"signup_date\":");
        // replaceFirst: both repeats are in the first item.
        BatchResult result = HANDLER.score(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)));
        BatchRow row = result.rows().get(0);
        assertFalse(row.valid());
        assertEquals(batch.at("/Items/0/id").asText(), row.id());
        assertEquals(
                List.of(
                        new FieldProblem(
                                "campaign_var_1",
                                "appears more than once: the CSV has more than one campaign_var_1 column"),
                        new FieldProblem(
                                "previous_score",
                                "appears more than once: the CSV has more than one previous_score column")),
                row.errors());
        assertFalse(row.errors().toString().contains("54321"), "no cell in the answer");
        assertTrue(result.rows().get(1).valid());
        assertTrue(result.rows().get(2).valid());
        assertEquals(2, result.scored());
    }

    /**
     * Distributed Map's CSV reader can leave a UTF-8 byte order mark on the first header name: stripped, as the lead
     * CSV reader strips it, so the rows score as without it.
     */
    @Test
    void aByteOrderMarkOnTheFirstColumnNameIsNotPartOfIt() throws Exception {
        ObjectNode batch = batchOf(20, 13);
        byte[] plain = JSON.writeValueAsBytes(batch);
        String withBom = JSON.writeValueAsString(batch).replace("{\"id\":", "{\"\uFEFFid\":");
        assertEquals(20, withBom.split("\uFEFF", -1).length - 1, "the premise: every item's first key has it");
        BatchResult expected = HANDLER.score(new ByteArrayInputStream(plain));
        BatchResult got = HANDLER.score(new ByteArrayInputStream(withBom.getBytes(StandardCharsets.UTF_8)));
        assertEquals(20, got.scored());
        // Each scoring has its own batch id, so the score ids differ; everything else is the same.
        assertEquals(withoutScoreIds(expected), withoutScoreIds(got));
    }

    static List<BatchRow> withoutScoreIds(BatchResult result) {
        return result.rows().stream()
                .map(r -> new BatchRow(r.id(), null, r.score(), r.errors(), r.previousScore()))
                .toList();
    }
}
