package com.leadscoring.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.lang.reflect.Proxy;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import com.amazonaws.services.lambda.runtime.Context;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.leadscoring.bootstrap.Serving;
import com.leadscoring.capture.CaptureJson;
import com.leadscoring.capture.CaptureRecord;
import com.leadscoring.capture.CaptureSource;
import com.leadscoring.capturing.Capture;
import com.leadscoring.capturing.CaptureOutput;
import org.junit.jupiter.api.Test;

/**
 * Capture in the Distributed Map batch handler: at 100 % one record per scored lead of a batch (only the valid ones),
 * the item as sent, with the answer's scoreId; off, nothing; priming batches never.
 */
class BatchCaptureTest {

    /** Collects what the handler hands over. */
    static final class Collected implements CaptureOutput {
        final StringBuilder lines = new StringBuilder();
        int count;
        int writes;

        @Override
        public void write(byte[] text, int length, int n) {
            lines.append(new String(text, 0, length, StandardCharsets.UTF_8));
            count += n;
            writes++;
        }
    }

    /** A Lambda context with this request id (the rest as a runtime fills it). */
    static Context context(String requestId) {
        return (Context) Proxy.newProxyInstance(
                Context.class.getClassLoader(),
                new Class<?>[] {Context.class},
                (proxy, method, args) -> switch (method.getName()) {
                    case "getAwsRequestId" -> requestId;
                    case "getMemoryLimitInMB", "getRemainingTimeInMillis" -> 1024;
                    case "getLogger", "getClientContext", "getIdentity" -> null;
                    default -> "test";
                });
    }

    static JsonNode invoke(BatchScoreHandler handler, ObjectNode batch, Context context) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        handler.handleRequest(
                new ByteArrayInputStream(BatchScoreHandlerTest.JSON.writeValueAsBytes(batch)), out, context);
        return BatchScoreHandlerTest.JSON.readTree(out.toByteArray());
    }

    /** 40 items, every fifth one invalid (a campaign value out of range), one pretty-printed name with a padded key. */
    static ObjectNode batchWithBadRows() {
        ObjectNode batch = BatchScoreHandlerTest.batchOf(40, 31);
        for (int i = 0; i < 40; i += 5) {
            ((ObjectNode) batch.get("Items").get(i)).put("campaign_var_1", "-3");
        }
        ((ObjectNode) batch.get("Items").get(1)).put("id", "Zoë \"quoted\" \\ 東京");
        return batch;
    }

    @Test
    void atFullSamplingEveryScoredLeadIsCapturedAsSentWithTheAnswersScoreId() throws Exception {
        Collected out = new Collected();
        BatchScoreHandler handler =
                new BatchScoreHandler(Serving.of(BatchScoreHandlerTest.MODEL).withCapture(new Capture(out, 100)));
        ObjectNode batch = batchWithBadRows();
        JsonNode answer = invoke(handler, batch, context("7f1c0a52-req"));
        JsonNode scores = answer.get("scores");
        assertEquals(1, out.writes, "the batch's lines in one write");
        assertEquals(32, out.count, "one record per scored lead, none for the 8 bad rows");
        List<String> lines = out.lines.toString().lines().toList();
        assertEquals(32, lines.size());
        Set<String> scoreIds = new HashSet<>();
        int line = 0;
        for (int i = 0; i < 40; i++) {
            JsonNode score = scores.get(i);
            if (i % 5 == 0) {
                assertTrue(score.has("errors") && !score.has("scoreId"), "a bad row has no score id: " + score);
                continue;
            }
            assertEquals("7f1c0a52-req-" + i, score.get("scoreId").asText(), "the request id and the item index");
            CaptureRecord r = CaptureJson.parse(lines.get(line), "capture", line + 1);
            line++;
            assertEquals(score.get("scoreId").asText(), r.scoreId());
            assertEquals(score.get("id").asText(), r.id());
            assertEquals(CaptureSource.RESCORE, r.source());
            assertEquals(answer.at("/model/version").asText(), r.modelVersion());
            assertEquals(score.get("probability").asDouble(), r.probability(), "the probability the answer gave");
            assertEquals(score.has("percentile") ? score.get("percentile").asDouble() : Double.NaN, r.percentile());
            assertEquals(score.get("grade").asText(), r.grade());
            assertEquals(score.get("buy").asBoolean(), r.buy());
            JsonNode sent = batch.get("Items").get(i);
            assertEquals(
                    sent,
                    BatchScoreHandlerTest.JSON.readTree(lines.get(line - 1)).get("lead"),
                    "the item as sent");
            scoreIds.add(r.scoreId());
        }
        assertEquals(32, scoreIds.size(), "unique");
    }

    @Test
    void captureOffWritesNothingAndTheAnswerStillHasScoreIds() throws Exception {
        Collected none = new Collected();
        BatchScoreHandler handler =
                new BatchScoreHandler(Serving.of(BatchScoreHandlerTest.MODEL).withCapture(new Capture(none, 0)));
        JsonNode answer = invoke(handler, batchWithBadRows(), null);
        assertEquals(0, none.writes);
        List<String> ids = new ArrayList<>();
        answer.get("scores").forEach(s -> {
            if (s.has("scoreId")) {
                ids.add(s.get("scoreId").asText());
            }
        });
        assertEquals(32, ids.size());
        assertEquals(32, new HashSet<>(ids).size(), "unique within the batch, under a random batch id without context");
        JsonNode again = invoke(handler, batchWithBadRows(), null);
        assertTrue(!again.at("/scores/1/scoreId").asText().equals(ids.get(0)), "and across batches");
    }

    @Test
    void aPrimingBatchIsNotCaptured() throws Exception {
        Collected out = new Collected();
        BatchScoreHandler handler =
                new BatchScoreHandler(Serving.of(BatchScoreHandlerTest.MODEL).withCapture(new Capture(out, 100)));
        handler.handleUnrecorded(
                new ByteArrayInputStream(BatchScoreHandlerTest.JSON.writeValueAsBytes(batchWithBadRows())),
                new ByteArrayOutputStream());
        assertEquals(0, out.writes, "SnapStart priming scores synthetic leads: nobody's, not captured");
    }
}
