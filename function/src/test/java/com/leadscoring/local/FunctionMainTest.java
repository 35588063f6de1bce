package com.leadscoring.local;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import com.leadscoring.batch.ScoreCsv;
import com.leadscoring.decision.Trend;
import com.leadscoring.model.FixtureStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FunctionMainTest {

    static final String STORE = FixtureStore.location();

    /** {@code function.jar score --in in --out out} on the fixture store, with {@code options}; its exit code. */
    static int score(String in, String out, String... options) {
        List<String> args = new ArrayList<>(List.of("score", "--store", STORE, "--in", in, "--out", out));
        args.addAll(List.of(options));
        return FunctionMain.run(args.toArray(String[]::new));
    }

    @Test
    void scoresACsvInEitherDateFormatAndReportsBadRowsByLine(@TempDir Path tmp) throws Exception {
        String header = "id,created_at,campaign_var_1,campaign_var_2,products_purchased,signup_date,"
                + "user_activity_var_1,user_activity_var_2,user_activity_var_3,user_activity_var_4,user_activity_var_5,"
                + "user_activity_var_6,user_activity_var_7,user_activity_var_8,user_activity_var_9,"
                + "user_activity_var_10,"
                + "user_activity_var_11,user_activity_var_12,buy\n";
        Path in = tmp.resolve("leads.csv");
        Files.writeString(
                in,
                header
                        + "1,01-01-2021,1,2,,,0,0,0,0,0,0,0,0,0,0,0,0,0\n"
                        + "2,2021-03-04,5,6,2,2020-05-06,1,0,1,0,0,0,1,0,0,0,0,0,1\n");
        Path out = tmp.resolve("scores.csv");
        assertEquals(0, score(in.toString(), out.toString(), "--explain"));
        List<String> lines = Files.readAllLines(out);
        assertEquals(3, lines.size());
        assertEquals(ScoreCsv.HEADER, lines.get(0), "the columns a rescoring run writes");
        assertTrue(lines.get(1).startsWith("1,0."), lines.get(1));
        assertTrue(lines.get(2).startsWith("2,0."), lines.get(2));

        // A bad row is written with its problems, in its place; a previous score adds the trend.
        Files.writeString(
                in,
                header.replace(",buy", ",buy,previous_score")
                        + "1,31-02-2021,1,2,,,0,0,0,0,0,0,0,0,0,0,0,0,0,\n"
                        + "2,2021-03-04,5,6,2,2020-05-06,1,0,1,0,0,0,1,0,0,0,0,0,1,100\n"
                        + "3,2021-03-04,5,6,2,2020-05-06,1,0,1,0,0,0,1,0,0,0,0,0,1,lots\n");
        assertEquals(1, score(in.toString(), out.toString()));
        lines = Files.readAllLines(out);
        assertEquals(4, lines.size(), "every row written, the bad ones with their errors");
        assertTrue(
                lines.get(1).startsWith("1,,,")
                        && lines.get(1).endsWith("created_at: " + lines.get(1).split("created_at: ")[1]),
                lines.get(1));
        assertTrue(lines.get(2).contains(",declining,"), lines.get(2));
        // A refused row: its problems, then an empty score_id.
        assertTrue(lines.get(3).endsWith("\"previous_score: " + Trend.PREVIOUS_SCORE_RULE + "\","), lines.get(3));
        assertTrue(lines.get(2).matches(".*,[0-9a-f-]{36}-1"), "a scored row ends with its score id: " + lines.get(2));
    }

    @Test
    void invokesTheHandlerOnAnEventFile() {
        assertEquals(0, FunctionMain.run("invoke", "--store", STORE, "--event", "../events/score-one.json"));
        assertEquals(
                1, FunctionMain.run("invoke", "--store", "/nonexistent/store", "--event", "../events/score-one.json"));
        assertEquals(2, FunctionMain.run("invoke", "--bogus"));
    }

    @Test
    void theStoreIsRequiredAndItsOlderNameStillWorks() {
        assertEquals(0, FunctionMain.run("invoke", "--model", STORE, "--event", "../events/score-one.json"));
        for (String command : List.of("serve", "invoke", "invoke-batch", "score")) {
            assertEquals(2, FunctionMain.run(command, "--event", "../events/score-one.json"), command);
        }
    }

    @Test
    void everyCommandAnswersHelp() {
        for (String command : List.of("serve", "invoke", "invoke-batch", "score")) {
            assertEquals(0, FunctionMain.run(command, "--help"), command);
        }
    }
}
