package com.leadscoring.realized;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;

import com.leadscoring.capture.CaptureFiles;
import com.leadscoring.capture.CaptureRecord;
import com.leadscoring.capture.CaptureSource;
import com.leadscoring.drift.SampleLeads;
import com.leadscoring.lead.Lead;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Each lead is judged by its first capture: the score sales first saw, whatever order the files are read in. */
class FirstCapturesTest {

    static CaptureRecord capture(String scoreId, Lead lead, String at, String version, double p, String grade) {
        return new CaptureRecord(
                scoreId,
                version,
                Instant.parse(at),
                CaptureSource.API,
                lead,
                p,
                (int) Math.round(100 * p),
                grade,
                p > 0.5,
                Double.NaN);
    }

    @Test
    void theFirstCaptureOfALeadIsTheOneJudged(@TempDir Path dir) throws Exception {
        List<Lead> leads = SampleLeads.generate(1, 2, false);
        Lead a = leads.get(0);
        Lead b = leads.get(1);
        // A rescore on a later day is written (and read) first: its file name sorts before the original's day.
        CaptureFiles.write(
                dir.resolve("a").toString(), List.of(capture("s3", a, "2026-12-09T09:00:00Z", "v2", 0.9, "A")));
        CaptureFiles.write(
                dir.resolve("b").toString(),
                List.of(
                        capture("s1", a, "2026-12-01T09:00:00Z", "v1", 0.2, "C"),
                        capture("s2", b, "2026-12-02T09:00:00Z", "v1", 0.6, "B"),
                        // Same millisecond as s2: the smaller score id wins, so the choice never depends on reading
                        // order.
                        capture("s0", b, "2026-12-02T09:00:00Z", "v1", 0.7, "A")));
        FirstCaptures f = FirstCaptures.read(dir.toString(), id -> id.equals(a.id()));
        assertEquals(4, f.records());
        assertEquals(3, f.files());
        assertEquals(2, f.first().size());
        assertEquals("s1", f.first().get(a.id()).scoreId());
        assertEquals("v1", f.first().get(a.id()).modelVersion());
        assertEquals(0.2, f.first().get(a.id()).probability());
        assertEquals("s0", f.first().get(b.id()).scoreId());
        assertEquals(Instant.parse("2026-12-01T09:00:00Z"), f.from());
        assertEquals(Instant.parse("2026-12-09T09:00:00Z"), f.to());
        assertEquals(List.of(a.id()), List.copyOf(f.firstRecords().keySet()));
        assertEquals(a, f.firstRecords().get(a.id()).lead());
        assertEquals("s1", f.firstRecords().get(a.id()).scoreId());
    }
}
