package com.leadscoring.local;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import com.leadscoring.capture.CaptureFiles;
import com.leadscoring.capture.CaptureRecord;
import com.leadscoring.capture.CaptureSource;
import com.leadscoring.drift.SampleLeads;
import com.leadscoring.lead.Lead;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code score --capture}: one record per scored lead, its fields as read, its score as written; off, no files. */
class ScoreCsvCaptureTest {

    @Test
    void everyScoredLeadIsCapturedOnceAndWithoutTheOptionNothingIs(@TempDir Path dir) throws Exception {
        List<Lead> leads = SampleLeads.generate(8, 1500, false);
        Path in = dir.resolve("leads.csv");
        Files.writeString(in, SampleLeads.csv(leads));
        Path captures = dir.resolve("captures");
        assertEquals(
                0,
                FunctionMainTest.score(
                        in.toString(), dir.resolve("scores.csv").toString(), "--capture", captures.toString()));
        List<CaptureRecord> read = new ArrayList<>();
        CaptureFiles.read(captures.toString(), read::add);
        assertEquals(1500, read.size(), "one record per scored lead");
        Map<String, Lead> byId = leads.stream().collect(Collectors.toMap(Lead::id, Function.identity()));
        for (CaptureRecord r : read) {
            assertEquals(byId.get(r.id()), r.lead());
            assertEquals(CaptureSource.RESCORE, r.source());
        }
        assertEquals(1500, read.stream().map(CaptureRecord::scoreId).distinct().count());
        // The score written (id,probability,score,...) is the one captured.
        Map<String, String> written = Files.readAllLines(dir.resolve("scores.csv")).stream()
                .skip(1)
                .map(l -> l.split(",", -1))
                .collect(Collectors.toMap(c -> c[0], c -> c[1] + "," + c[2] + "," + c[11]));
        for (CaptureRecord r : read) {
            // ... to the digit of the probability the CSV answered, and its score_id (the last column) is the
            // record's scoreId.
            String[] row = written.get(r.id()).split(",");
            assertEquals(Double.parseDouble(row[0]), r.probability(), 0.0, r.id());
            assertEquals(row[1] + "," + row[2], r.score() + "," + r.scoreId(), r.id());
        }

        Path none = dir.resolve("none");
        assertEquals(
                0,
                FunctionMainTest.score(in.toString(), dir.resolve("scores2.csv").toString()));
        assertFalse(Files.exists(none));
        assertEquals(List.of(), CaptureFiles.list(none.toString()));
    }
}
