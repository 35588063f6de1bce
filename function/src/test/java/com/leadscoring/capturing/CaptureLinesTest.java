package com.leadscoring.capturing;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.leadscoring.capture.CaptureJson;
import com.leadscoring.capture.CaptureRecord;
import com.leadscoring.capture.CaptureSource;
import com.leadscoring.scoring.LeadScore;
import com.leadscoring.wire.Decimals;
import org.junit.jupiter.api.Test;

/**
 * Capture lines built as bytes: one line per lead whatever the body's line breaks and characters, strings escaped,
 * numbers as the answer rounds them, and every line read back by core's capture reader.
 */
class CaptureLinesTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Instant AT = Instant.parse("2026-12-07T23:40:01.123456Z");

    /** A valid API lead with id {@code id}, on one line unless {@code sep} holds line breaks. */
    static String lead(String id, String sep) {
        return "{" + sep + "\"id\":" + id + "," + sep + "\"created_at\":\"2021-05-04\",\"campaign_var_1\":1," + sep
                + "\"campaign_var_2\":2,\"products_purchased\":null,\"signup_date\":\"2020-07-13\""
                + ",\"user_activity_var_1\":0,\"user_activity_var_2\":3,\"user_activity_var_3\":0,"
                + "\"user_activity_var_4\":0,\"user_activity_var_5\":0,\"user_activity_var_6\":0,"
                + "\"user_activity_var_7\":0,\"user_activity_var_8\":0,\"user_activity_var_9\":0,"
                + "\"user_activity_var_10\":0,\"user_activity_var_11\":0," + sep + "\"user_activity_var_12\":1" + sep
                + "}";
    }

    /** The body {@code {"leads":[...]}} of {@code leads}, and each lead's byte range in it. */
    record Body(byte[] bytes, int[] from, int[] to) {
        static Body of(List<String> leads) {
            StringBuilder b = new StringBuilder("{\"leads\":[\r\n");
            List<int[]> ranges = new ArrayList<>();
            for (String lead : leads) {
                int start = b.toString().getBytes(StandardCharsets.UTF_8).length;
                b.append(lead);
                ranges.add(new int[] {start, b.toString().getBytes(StandardCharsets.UTF_8).length});
                b.append(",\n ");
            }
            b.setLength(b.length() - 3);
            b.append("]}");
            return new Body(
                    b.toString().getBytes(StandardCharsets.UTF_8),
                    ranges.stream().mapToInt(r -> r[0]).toArray(),
                    ranges.stream().mapToInt(r -> r[1]).toArray());
        }
    }

    static List<String> lines(CaptureLines lines) {
        String text = new String(lines.bytes(), 0, lines.length(), StandardCharsets.UTF_8);
        assertTrue(text.endsWith("\n"), "every line ends with a line break");
        return Arrays.asList(text.substring(0, text.length() - 1).split("\n", -1));
    }

    @Test
    void prettyPrintedAndNonAsciiLeadsAreOneLineEachAndReadBackAsSent() throws Exception {
        List<String> leads = List.of(
                lead("\"Zoë-東京-🎯\"", "\r\n    "),
                lead("\"plain\"", ""),
                lead("\"tab\\tand \\\"quote\\\"\"", "\n\t"),
                lead("12345", "\r"));
        Body body = Body.of(leads);
        LeadScore score = new LeadScore(0.013619840145111084, 1, false, "D", 12.34, List.of());
        CaptureLines lines = CaptureLines.start("req-1", "v7", AT, CaptureSource.API);
        for (int i = 0; i < leads.size(); i++) {
            lines.add(i, "lead-" + i, body.bytes(), body.from()[i], body.to()[i], score);
        }
        List<String> text = lines(lines);
        assertEquals(4, lines.count());
        assertEquals(4, text.size(), "one line per lead");
        for (int i = 0; i < leads.size(); i++) {
            CaptureRecord r = CaptureJson.parse(text.get(i), "lines", i + 1);
            assertEquals("req-1-" + i, r.scoreId());
            assertEquals("v7", r.modelVersion());
            assertEquals(AT, r.scoredAt());
            assertEquals(CaptureSource.API, r.source());
            JsonNode sent = JSON.readTree(leads.get(i));
            JsonNode line = JSON.readTree(text.get(i));
            assertEquals(sent, line.get("lead"), "the lead as it was sent");
            assertEquals(sent.get("id").asText(), r.id());
            assertEquals("lead-" + i, line.get("id").asText());
        }
        assertEquals("Zoë-東京-🎯", CaptureJson.parse(text.get(0), "lines", 1).id());
    }

    @Test
    void idsAndScoreIdsWithQuotesBackslashesControlCharactersAndNonAsciiAreEscaped() throws Exception {
        Body body = Body.of(List.of(lead("\"x\"", "")));
        LeadScore score = new LeadScore(0.5, 50, true, "B", Double.NaN, List.of());
        String prefix = "r\"q\\1\u0001\n-ü";
        String version = "v\"ß";
        CaptureLines lines = CaptureLines.start(prefix, version, AT, CaptureSource.RESCORE);
        List<Object> ids = List.of("a\"b\\c", "tab\tnl\ncr\r\u0000\u001f", "Ørsted – 東京 😀", 42L, -7L, Long.MIN_VALUE);
        for (int i = 0; i < ids.size(); i++) {
            lines.add(i + 10, ids.get(i), body.bytes(), body.from()[0], body.to()[0], score);
        }
        List<String> text = lines(lines);
        assertEquals(ids.size(), text.size());
        for (int i = 0; i < ids.size(); i++) {
            JsonNode line = JSON.readTree(text.get(i));
            assertEquals(prefix + "-" + (i + 10), line.get("scoreId").asText());
            assertEquals(String.valueOf(ids.get(i)), line.get("id").asText());
            assertEquals(version, line.get("modelVersion").asText());
            assertEquals("rescore", line.get("source").asText());
            assertTrue(line.get("percentile").isNull(), "no percentile: null");
            assertTrue(line.get("buy").asBoolean());
            CaptureRecord r = CaptureJson.parse(text.get(i), "lines", i + 1);
            assertEquals(prefix + "-" + (i + 10), r.scoreId());
            assertTrue(Double.isNaN(r.percentile()));
        }
    }

    @Test
    void theNumbersAreTheAnswers() throws Exception {
        Body body = Body.of(List.of(lead("\"x\"", "")));
        Random random = new Random(31);
        CaptureLines lines = CaptureLines.start("n", "v", AT, CaptureSource.API);
        List<LeadScore> scores = new ArrayList<>();
        for (int i = 0; i < 2_000; i++) {
            double p = random.nextFloat();
            LeadScore s = new LeadScore(
                    p, (int) Math.round(100 * p), p >= 0.3, "ABCD".substring(i % 4, i % 4 + 1), p * 100, List.of());
            scores.add(s);
            lines.add(i, "id", body.bytes(), body.from()[0], body.to()[0], s);
        }
        List<String> text = lines(lines);
        for (int i = 0; i < scores.size(); i++) {
            LeadScore s = scores.get(i);
            JsonNode line = JSON.readTree(text.get(i));
            // The text itself, as the answer writes it (a parsed node would print it its own way).
            String probability = ",\"probability\":" + Decimals.text(s.probability(), Decimals.PROBABILITY) + ",";
            assertTrue(text.get(i).contains(probability), text.get(i));
            String percentile = ",\"percentile\":" + Decimals.text(s.percentile(), Decimals.PERCENTILE) + "}";
            assertTrue(text.get(i).endsWith(percentile), text.get(i));
            assertEquals(s.score(), line.get("score").asInt());
            assertEquals(s.grade(), line.get("grade").asText());
            assertEquals(s.buy(), line.get("buy").asBoolean());
            CaptureRecord r = CaptureJson.parse(text.get(i), "lines", i + 1);
            assertEquals(Decimals.round(s.probability(), Decimals.PROBABILITY), r.probability());
        }
    }

    @Test
    void theBufferGrowsAndIsReusedEmpty() throws Exception {
        Body body = Body.of(List.of(lead("\"x\"", "\n")));
        LeadScore score = new LeadScore(0.25, 25, false, "C", 50.0, List.of());
        CaptureLines lines = CaptureLines.start("big", "v", AT, CaptureSource.API);
        for (int i = 0; i < 1_000; i++) {
            lines.add(i, "lead-" + i, body.bytes(), body.from()[0], body.to()[0], score);
        }
        assertTrue(lines.length() > 64 * 1024, "past the first buffer");
        List<String> text = lines(lines);
        assertEquals(1_000, text.size());
        assertEquals("big-999", CaptureJson.parse(text.get(999), "lines", 1000).scoreId());
        CaptureLines next = CaptureLines.start("small", "v", AT, CaptureSource.API);
        assertEquals(0, next.length());
        assertEquals(0, next.count());
        next.add(0, "only", body.bytes(), body.from()[0], body.to()[0], score);
        assertEquals(1, lines(next).size());
    }

    @Test
    void lineBreaksBecomeSpacesAtEveryPositionAndNothingElseChanges() {
        Random random = new Random(31);
        byte[] alphabet = {'\n', '\r', ' ', 'a', '{', '"', (byte) 0xC3, (byte) 0xA9, 0x0B, 0x0C, 0x1A, 0x2D};
        for (int round = 0; round < 20_000; round++) {
            byte[] b = new byte[random.nextInt(40)];
            for (int i = 0; i < b.length; i++) {
                b[i] = alphabet[random.nextInt(random.nextBoolean() ? 3 : alphabet.length)];
            }
            int from = b.length == 0 ? 0 : random.nextInt(b.length);
            int to = from + random.nextInt(b.length - from + 1);
            byte[] expected = b.clone();
            for (int i = from; i < to; i++) {
                if (expected[i] == '\n' || expected[i] == '\r') {
                    expected[i] = ' ';
                }
            }
            CaptureLines.flattenLineBreaks(b, from, to);
            assertArrayEquals(expected, b);
        }
    }
}
