package com.leadscoring.capture;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Random;

import com.leadscoring.drift.SampleLeads;
import com.leadscoring.lead.Lead;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.RepetitionInfo;
import org.junit.jupiter.api.Test;

class CaptureJsonTest {

    static CaptureRecord record(Random r, Lead lead) {
        double p = r.nextDouble();
        return new CaptureRecord(
                "s-" + r.nextLong(),
                "20261207T101500Z-abc1234",
                Instant.ofEpochMilli(1_765_000_000_000L + r.nextInt(1_000_000_000)),
                r.nextBoolean() ? CaptureSource.API : CaptureSource.RESCORE,
                lead,
                p,
                (int) Math.round(100 * p),
                "ABCD".substring(r.nextInt(4)).substring(0, 1),
                p >= 0.5,
                r.nextInt(5) == 0 ? Double.NaN : Math.round(1000 * r.nextDouble()) / 10.0);
    }

    @RepeatedTest(20)
    void everyRecordReadsBackAsWritten(RepetitionInfo info) throws Exception {
        Random r = new Random(info.getCurrentRepetition());
        for (Lead lead : SampleLeads.generate(info.getCurrentRepetition(), 25, info.getCurrentRepetition() % 2 == 0)) {
            CaptureRecord written = record(r, lead);
            String line = CaptureJson.line(written);
            assertFalse(line.contains("\n"), "one record, one line");
            assertEquals(written, CaptureJson.parse(line, "f.jsonl", 1));
        }
    }

    @Test
    void theLineHoldsTheDocumentedFieldsInOrder() {
        CaptureRecord rec =
                record(new Random(1), SampleLeads.generate(1, 1, false).get(0));
        String line = CaptureJson.line(rec);
        int last = -1;
        for (String field : List.of(
                "scoreId",
                "id",
                "modelVersion",
                "scoredAt",
                "source",
                "lead",
                "probability",
                "score",
                "grade",
                "buy",
                "percentile")) {
            int at = line.indexOf("\"" + field + "\":");
            assertTrue(at > last, field + " after the one before it in " + line);
            last = at;
        }
        assertTrue(line.contains("\"source\":\"" + rec.source().wireName() + "\""));
    }

    @Test
    void aRescoringRunsLeadIsTheCsvRowItsBatchItemCarriedAndReadsByTheCsvRules() throws Exception {
        StringBuilder item =
                new StringBuilder("{\"\\uFEFF id \":\" L-7 \",\"created_at\":\"04-05-2021\",\"campaign_var_1\":\" 3\","
                        + "\"campaign_var_2\":\"2\",\"products_purchased\":\"\",\"signup_date\":\" \","
                        + "\"campaign_var_2\":\"9\",\"buy\":\"1\",\"previous_score\":\"40\"");
        for (int k = 1; k <= 12; k++) {
            item.append(",\"user_activity_var_")
                    .append(k)
                    .append("\":\"")
                    .append(k % 3)
                    .append('"');
        }
        String lead = item.append('}').toString();
        String tail = ",\"probability\":0.5,\"score\":50,\"grade\":\"B\",\"buy\":true,\"percentile\":null}";
        String head = "{\"scoreId\":\"b-0\",\"id\":\"L-7\",\"modelVersion\":\"v\","
                + "\"scoredAt\":\"2026-12-08T00:10:00Z\",\"source\":";
        CaptureRecord r = CaptureJson.parse(head + "\"rescore\",\"lead\":" + lead + tail, "c.jsonl", 1);
        assertEquals(
                "L-7",
                r.id(),
                "a padded header with a byte order mark and a padded cell, as the batch reader reads them");
        assertEquals(LocalDate.of(2021, 5, 4), r.lead().createdAt(), "dd-MM-yyyy, as a CSV may write it");
        assertEquals(3, r.lead().campaignVar1());
        assertEquals(2, r.lead().campaignVar2(), "a repeated column: the first wins");
        assertEquals(null, r.lead().productsPurchased(), "a blank cell is missing");
        assertEquals(null, r.lead().signupDate());
        // The API's rules still hold for the API's records: text is not an integer there.
        CaptureFormatException e = assertThrows(
                CaptureFormatException.class,
                () -> CaptureJson.parse(head + "\"api\",\"lead\":" + lead + tail, "c.jsonl", 2));
        assertTrue(e.getMessage().startsWith("c.jsonl: line 2, field lead."), e.getMessage());
    }

    @Test
    void aBadLineIsNamedByFileLineAndFieldWithoutItsValue() {
        CaptureRecord rec =
                record(new Random(2), SampleLeads.generate(2, 1, false).get(0));
        String line = CaptureJson.line(rec);
        String badCampaign = line.replaceFirst("\"campaign_var_1\":\\d+", "\"campaign_var_1\":123456");
        CaptureFormatException e =
                assertThrows(CaptureFormatException.class, () -> CaptureJson.parse(badCampaign, "c.jsonl", 7));
        assertTrue(e.getMessage().startsWith("c.jsonl: line 7, field lead.campaign_var_1"), e.getMessage());
        assertFalse(e.getMessage().contains("123456"), "no lead value in " + e.getMessage());

        String noGrade = line.replaceFirst("\"grade\":\"[A-D]\",", "");
        e = assertThrows(CaptureFormatException.class, () -> CaptureJson.parse(noGrade, "c.jsonl", 8));
        assertEquals("c.jsonl: line 8, field grade: must be a non-empty string", e.getMessage());

        e = assertThrows(CaptureFormatException.class, () -> CaptureJson.parse("{\"scoreId\":", "c.jsonl", 9));
        assertEquals("c.jsonl: line 9: not valid JSON", e.getMessage());
    }

    @Test
    void samplingKeepsALeadAlwaysOrNeverAndRoughlyItsShare() {
        int kept = 0;
        for (int i = 0; i < 20_000; i++) {
            String id = Integer.toString(i);
            boolean in = CaptureSampling.sampled(id, 30);
            assertEquals(in, CaptureSampling.sampled(id, 30));
            assertTrue(!in || CaptureSampling.sampled(id, 31), "a larger sample holds a smaller one");
            kept += in ? 1 : 0;
        }
        assertEquals(0.30, kept / 20_000.0, 0.02);
    }
}
