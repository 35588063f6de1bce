package com.leadscoring.local;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Pattern;

import com.leadscoring.batch.ScoreCsv;
import com.leadscoring.drift.SampleLeads;
import com.leadscoring.io.S3Server;
import com.leadscoring.model.FixtureStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code function.jar score --in/--out s3://...} against an S3 server in this JVM: the same CSV as from local files.
 */
class ScoreCsvS3IT {

    /** The S3 server the code under test reaches as it reaches AWS (its clients pointed here). */
    @RegisterExtension
    static final S3Server s3 = S3Server.pointingClientsHere("data");

    @Test
    void scoresFromS3IntoS3ExactlyAsFromLocalFiles(@TempDir Path tmp) throws Exception {
        String csv = SampleLeads.csv(SampleLeads.generate(4, 2500, false));
        s3.put("data", "in/leads.csv", csv);
        Path in = Files.writeString(tmp.resolve("leads.csv"), csv);
        Path out = tmp.resolve("scores.csv");
        assertEquals(0, FunctionMainTest.score(in.toString(), out.toString()));
        assertEquals(0, FunctionMainTest.score("s3://data/in/leads.csv", "s3://data/out/scores.csv", "--explain"));
        assertEquals(0, FunctionMainTest.score("s3://data/in/leads.csv", "s3://data/out/plain.csv"));
        String fromS3 = new String(s3.get("data", "out/plain.csv"), StandardCharsets.UTF_8);
        // The same rows but for score_id (the last column): each run names its scores under its own run id.
        String scoreId = ",[0-9a-f]{8}(-[0-9a-f]{4}){3}-[0-9a-f]{12}-\\d+$";
        assertEquals(Files.readString(out).replaceAll("(?m)" + scoreId, ","), fromS3.replaceAll("(?m)" + scoreId, ","));
        assertEquals(
                2500,
                Pattern.compile("(?m)" + scoreId).matcher(fromS3).results().count(),
                "one score id a lead");
        assertEquals(2501, fromS3.lines().count());
        assertTrue(new String(s3.get("data", "out/scores.csv"), StandardCharsets.UTF_8).startsWith(ScoreCsv.HEADER));
        assertFalse(Files.exists(Path.of("s3:")), "never a local folder called s3:");
    }

    @Test
    void keysWithSpacesHashAndPercentAreReadAndWrittenExactlyAndABomIsAccepted() throws Exception {
        String csv = "\uFEFF" + SampleLeads.csv(SampleLeads.generate(5, 40, false));
        s3.put("data", "in put/leads #1 100%25.csv", csv);
        assertEquals(
                0,
                FunctionMainTest.score("s3://data/in put/leads #1 100%25.csv", "s3://data/out put/scores #1%20.csv"));
        String written = new String(s3.get("data", "out put/scores #1%20.csv"), StandardCharsets.UTF_8);
        assertEquals(41, written.lines().count(), "every lead scored, the BOM read as no part of the header");
    }

    @Test
    void theEventFilesAreLocalAndS3IsRefusedByName() {
        PrintStream old = System.err;
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int exit;
        try {
            System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
            exit = FunctionMain.run("invoke", "--store", FixtureStore.location(), "--event", "s3://data/event.json");
        } finally {
            System.setErr(old);
        }
        assertEquals(2, exit);
        String message = err.toString(StandardCharsets.UTF_8);
        assertTrue(message.contains("--event") && message.contains("takes a local path, not an S3 location"), message);
    }
}
