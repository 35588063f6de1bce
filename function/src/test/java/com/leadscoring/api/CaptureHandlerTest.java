package com.leadscoring.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyRequestEvent;
import com.fasterxml.jackson.databind.JsonNode;
import com.leadscoring.bootstrap.ModelLoader;
import com.leadscoring.bootstrap.Serving;
import com.leadscoring.capture.CaptureFiles;
import com.leadscoring.capture.CaptureJson;
import com.leadscoring.capture.CaptureRecord;
import com.leadscoring.capture.CaptureSource;
import com.leadscoring.capturing.Capture;
import com.leadscoring.capturing.CaptureOutput;
import com.leadscoring.capturing.DirectoryCaptureOutput;
import com.leadscoring.model.ModelBundle;
import com.leadscoring.wire.Decimals;
import org.apache.logging.log4j.Level;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.core.config.Configurator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Capture in the API handler: at 100 % one record per scored lead, the lead as sent and the answer's scoreId; with
 * capture off, nothing; the request log line never holds a lead's contents.
 */
class CaptureHandlerTest {

    static final ModelBundle BUNDLE = ModelLoader.load(ScoreHandlerTest.FIXTURE.toString(), null);

    /** Collects what the handler hands over, as the log or a directory would take it. */
    static final class Collected implements CaptureOutput {
        final StringBuilder lines = new StringBuilder();
        int count;

        @Override
        public void write(byte[] text, int length, int n) {
            lines.append(new String(text, 0, length, StandardCharsets.UTF_8));
            count += n;
        }
    }

    static ScoreHandler handler(Capture capture) {
        return new ScoreHandler(Serving.of(BUNDLE).withCapture(capture), RequestMetrics.NONE, Cors.NONE);
    }

    /** Three leads, pretty-printed: line breaks inside each lead object. */
    static String threeLeads() {
        String one = ScoreHandlerTest.oneLead(",\"signup_date\":\"2020-07-13\"");
        String lead = one.substring(one.indexOf('[') + 1, one.lastIndexOf(']'));
        List<String> leads = new ArrayList<>();
        for (String id : List.of("SECRET-LEAD-1", "SECRET-LEAD-2", "SECRET-LEAD-3")) {
            leads.add(lead.replace("\"id\":\"x\"", "\n  \"id\":\"" + id + "\"")
                    .replace(",\"campaign_var_2\"", ",\r\n  \"campaign_var_2\""));
        }
        return "{\"leads\":[" + String.join(",", leads) + "]}";
    }

    @Test
    void atFullSamplingEveryScoredLeadIsCapturedAsSentWithTheAnswersScoreId() throws Exception {
        Collected out = new Collected();
        APIGatewayProxyRequestEvent request = ScoreHandlerTest.post(threeLeads());
        var response = handler(new Capture(out, 100)).handle(request, null);
        assertEquals(200, response.getStatusCode(), response.getBody());
        JsonNode answer = ScoreHandlerTest.JSON.readTree(response.getBody());
        assertEquals(3, out.count);
        List<String> lines = out.lines.toString().lines().toList();
        assertEquals(3, lines.size(), "one line per lead, whatever the body's line breaks");
        for (int i = 0; i < 3; i++) {
            CaptureRecord r = CaptureJson.parse(lines.get(i), "capture", i + 1);
            JsonNode score = answer.get("scores").get(i);
            assertEquals(score.get("scoreId").asText(), r.scoreId());
            assertEquals("SECRET-LEAD-" + (i + 1), r.id());
            assertEquals(CaptureSource.API, r.source());
            assertEquals(BUNDLE.manifest().modelVersion(), r.modelVersion());
            // The answer holds the captured probability at the contract's decimals.
            assertEquals(score.get("probability").asDouble(), Decimals.round(r.probability(), Decimals.PROBABILITY));
            assertEquals(score.get("grade").asText(), r.grade());
            assertEquals(score.get("score").asInt(), r.score());
            assertEquals(LocalDate.of(2020, 7, 13), r.lead().signupDate());
        }
        assertEquals(
                3,
                answer.get("scores").findValuesAsText("scoreId").stream()
                        .distinct()
                        .count());
    }

    @Test
    void withCaptureOffNothingIsCapturedAndTheAnswerStillHasScoreIds(@TempDir Path dir) throws Exception {
        var response = handler(Capture.OFF).handle(ScoreHandlerTest.post(threeLeads()), null);
        assertEquals(200, response.getStatusCode());
        assertTrue(ScoreHandlerTest.JSON
                .readTree(response.getBody())
                .get("scores")
                .get(0)
                .has("scoreId"));
        Collected none = new Collected();
        handler(new Capture(none, 0)).handle(ScoreHandlerTest.post(threeLeads()), null);
        assertEquals(0, none.count);
        assertEquals(List.of(), CaptureFiles.list(dir.toString()));
    }

    @Test
    void aPrimingRequestIsNotCaptured() {
        Collected out = new Collected();
        var response = handler(new Capture(out, 100)).handleUnrecorded(ScoreHandlerTest.post(threeLeads()));
        assertEquals(200, response.getStatusCode());
        assertEquals(0, out.count, "SnapStart priming scores synthetic leads: nobody's, not captured");
    }

    @Test
    void aDirectoryGetsOneWholeFilePerRequestUnderTheDaysPartition(@TempDir Path dir) throws Exception {
        ScoreHandler h = handler(new Capture(new DirectoryCaptureOutput(dir.toString(), Clock.systemUTC()), 100));
        h.handle(ScoreHandlerTest.post(threeLeads()), null);
        h.handle(ScoreHandlerTest.post(threeLeads()), null);
        List<String> files = CaptureFiles.list(dir.toString());
        assertEquals(2, files.size());
        assertTrue(files.get(0).contains("dt=" + LocalDate.now(ZoneOffset.UTC)), files.get(0));
        List<CaptureRecord> read = new ArrayList<>();
        CaptureFiles.read(dir.toString(), read::add);
        assertEquals(6, read.size());
        assertEquals(6, read.stream().map(CaptureRecord::scoreId).distinct().count());
        try (var left = Files.list(dir.resolve(Path.of(files.get(0)).getParent().getFileName()))) {
            assertEquals(2, left.count(), "no partial file beside the captures");
        }
    }

    @Test
    void theRequestLogLineHoldsNoLeadFieldWhileTheCaptureHoldsThem() throws Exception {
        Collected out = new Collected();
        PrintStream original = System.out;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        Level level = LogManager.getLogger(ScoreHandler.class).getLevel();
        Configurator.setLevel(ScoreHandler.class.getName(), Level.INFO);
        System.setOut(new PrintStream(captured, true, StandardCharsets.UTF_8));
        try {
            handler(new Capture(out, 100)).handle(ScoreHandlerTest.post(threeLeads()), null);
        } finally {
            System.setOut(original);
            Configurator.setLevel(ScoreHandler.class.getName(), level);
        }
        String log = captured.toString(StandardCharsets.UTF_8);
        assertTrue(log.contains("request handled"), log);
        for (String value : new String[] {"SECRET-LEAD", "2020-07-13", "signup_date", "campaign_var"}) {
            assertFalse(log.contains(value), "the request log holds " + value + ": " + log);
            assertTrue(out.lines.toString().contains(value), "the capture holds " + value);
        }
    }
}
