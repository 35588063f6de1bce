package com.leadscoring.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.StringReader;
import java.io.StringWriter;
import java.util.List;

import com.leadscoring.lead.FieldProblem;
import com.leadscoring.scoring.Factor;
import com.leadscoring.scoring.LeadScore;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

class ScoreCsvTest {

    @Test
    void scoredAndRefusedRowsReadBackColumnByColumn() throws Exception {
        StringWriter w = new StringWriter();
        w.write(ScoreCsv.HEADER + "\n");
        ScoreCsv.scored(
                w,
                "lead, \"1\"",
                "req-1-0",
                new LeadScore(
                        0.8312,
                        83,
                        true,
                        "A",
                        97.25,
                        List.of(
                                new Factor("user_activity_var_9", "Activity 9", 2.314),
                                new Factor("signup_date", "Signed up", 1.0),
                                new Factor("campaign_var_1", "Campaign, 1", -0.5))),
                "improving",
                "v1");
        ScoreCsv.scored(w, "2", null, new LeadScore(0.01, 1, false, "D", Double.NaN, List.of()), null, "v1");
        ScoreCsv.refused(
                w,
                null,
                List.of(
                        new FieldProblem("signup_date", "is not a date"),
                        new FieldProblem("campaign_var_1", "is required")),
                "v1");
        List<CSVRecord> rows = CSVFormat.DEFAULT
                .builder()
                .setHeader()
                .setSkipHeaderRecord(true)
                .get()
                .parse(new StringReader(w.toString()))
                .getRecords();
        assertEquals(3, rows.size());
        CSVRecord a = rows.get(0);
        assertEquals("lead, \"1\"", a.get("id"));
        assertEquals("0.8312", a.get("probability"), "the contract's decimals, as the API writes them");
        assertEquals("83", a.get("score"));
        assertEquals("97.3", a.get("percentile"));
        assertEquals("A", a.get("grade"));
        assertEquals("true", a.get("buy"));
        assertEquals("improving", a.get("trend"));
        assertEquals("v1", a.get("model_version"));
        assertEquals("Activity 9 +2.314; Signed up +1.0", a.get("reasons_up"));
        assertEquals("Campaign, 1 -0.5", a.get("reasons_down"));
        assertEquals("", a.get("errors"));
        assertEquals("req-1-0", a.get("score_id"), "the score's own id, last");
        assertEquals("", rows.get(1).get("score_id"), "an answer written before score ids has none");
        assertEquals("", rows.get(1).get("percentile"));
        assertEquals("", rows.get(1).get("trend"));
        CSVRecord bad = rows.get(2);
        assertEquals("", bad.get("id"));
        assertEquals("", bad.get("score"));
        assertEquals("signup_date: is not a date; campaign_var_1: is required", bad.get("errors"));
        assertEquals("", bad.get("score_id"));
        rows.forEach(r -> assertEquals(12, r.size()));
    }

    @Test
    void textFromOutsideThatASpreadsheetWouldEvaluateIsWrittenBehindAQuote() throws Exception {
        StringWriter w = new StringWriter();
        w.write(ScoreCsv.HEADER + "\n");
        ScoreCsv.scored(
                w,
                "=HYPERLINK(\"http://x\")",
                "=1+1",
                new LeadScore(
                        0.5,
                        50,
                        true,
                        "B",
                        50.0,
                        List.of(
                                new Factor("campaign_var_1", "@Campaign", 0.7),
                                new Factor("signup_date", "+Signed up", -0.2))),
                null,
                "v1");
        ScoreCsv.refused(w, "-1+1", List.of(new FieldProblem("=cmd", "is not a lead field")), "v1");
        ScoreCsv.scored(w, "lead-7", "r-2", new LeadScore(0.5, 50, true, "B", 50.0, List.of()), null, "v1");
        List<CSVRecord> rows = CSVFormat.DEFAULT
                .builder()
                .setHeader()
                .setSkipHeaderRecord(true)
                .get()
                .parse(new StringReader(w.toString()))
                .getRecords();
        assertEquals("'=HYPERLINK(\"http://x\")", rows.get(0).get("id"));
        assertEquals("'=1+1", rows.get(0).get("score_id"), "a score id read from an answer file is text from outside");
        assertEquals("'@Campaign +0.7", rows.get(0).get("reasons_up"));
        assertEquals("'+Signed up -0.2", rows.get(0).get("reasons_down"));
        assertEquals("0.5", rows.get(0).get("probability"), "numbers are ours and stay as they are");
        assertEquals("'-1+1", rows.get(1).get("id"));
        assertEquals("'=cmd: is not a lead field", rows.get(1).get("errors"));
        assertEquals("lead-7", rows.get(2).get("id"), "ordinary text is unchanged");
    }
}
