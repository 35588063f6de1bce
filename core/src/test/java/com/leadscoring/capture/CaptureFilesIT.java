package com.leadscoring.capture;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.zip.GZIPOutputStream;

import com.leadscoring.drift.SampleLeads;
import com.leadscoring.io.S3Server;
import com.leadscoring.lead.Lead;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.core.sync.RequestBody;

/** Capture files written and read back on the local disk and on a real S3-compatible server. */
class CaptureFilesIT {

    @RegisterExtension
    static final S3Server s3 = S3Server.pointingClientsHere("data");

    static List<CaptureRecord> records(int n, Instant start) {
        Random r = new Random(5);
        List<CaptureRecord> out = new ArrayList<>();
        List<Lead> leads = SampleLeads.generate(5, n, false);
        for (int i = 0; i < n; i++) {
            CaptureRecord rec = CaptureJsonTest.record(r, leads.get(i));
            // Spread over two UTC days: one file per day.
            out.add(new CaptureRecord(
                    rec.scoreId(),
                    rec.modelVersion(),
                    start.plus(Duration.ofMinutes(30L * i)),
                    rec.source(),
                    rec.lead(),
                    rec.probability(),
                    rec.score(),
                    rec.grade(),
                    rec.buy(),
                    rec.percentile()));
        }
        return out;
    }

    @Test
    void writesOneWholeFilePerDayUnderItsPartitionAndReadsEveryRecordBack(@TempDir Path dir) throws Exception {
        List<CaptureRecord> written = records(40, Instant.parse("2026-12-06T12:00:00Z"));
        List<String> files = CaptureFiles.write(dir.toString(), written);
        assertEquals(2, files.size());
        assertTrue(files.get(0).contains("/dt=2026-12-06/"), files.get(0));
        assertTrue(files.get(1).contains("/dt=2026-12-07/"), files.get(1));
        try (var left = Files.list(dir.resolve("dt=2026-12-06"))) {
            assertEquals(1, left.count(), "no temporary file left beside the capture");
        }
        List<CaptureRecord> read = new ArrayList<>();
        assertEquals(2, CaptureFiles.read(dir.toString(), read::add));
        assertEquals(written, read);
    }

    @Test
    void aMissingDirectoryHoldsNoCaptures(@TempDir Path dir) throws Exception {
        assertEquals(List.of(), CaptureFiles.list(dir.resolve("never").toString()));
    }

    @Test
    void readsAndWritesUnderAnS3PrefixIncludingGzipDeliveries() throws Exception {
        List<CaptureRecord> written = records(10, Instant.parse("2026-12-07T01:00:00Z"));
        List<String> files = CaptureFiles.write("s3://data/captures", written);
        assertEquals(1, files.size());
        assertTrue(files.get(0).startsWith("s3://data/captures/dt=2026-12-07/"), files.get(0));
        // As Firehose delivers: gzip, no extension, under the same partition.
        List<CaptureRecord> more = records(3, Instant.parse("2026-12-08T01:00:00Z"));
        StringBuilder text = new StringBuilder();
        more.forEach(r -> text.append(CaptureJson.line(r)).append('\n'));
        ByteArrayOutputStream gz = new ByteArrayOutputStream();
        try (GZIPOutputStream out = new GZIPOutputStream(gz)) {
            out.write(text.toString().getBytes(StandardCharsets.UTF_8));
        }
        try (var c = s3.client()) {
            c.putObject(
                    b -> b.bucket("data").key("captures/dt=2026-12-08/lead-capture-1-2026-12-08-abc"),
                    RequestBody.fromBytes(gz.toByteArray()));
        }
        s3.put("data", "other/dt=2026-12-07/x.jsonl", "not a capture");
        List<CaptureRecord> read = new ArrayList<>();
        assertEquals(2, CaptureFiles.read("s3://data/captures", read::add));
        List<CaptureRecord> expected = new ArrayList<>(written);
        expected.addAll(more);
        assertEquals(expected, read);
    }

    @Test
    void aBrokenLineIsNamedByFileAndLine(@TempDir Path dir) throws Exception {
        List<CaptureRecord> written = records(3, Instant.parse("2026-12-07T01:00:00Z"));
        Path file = dir.resolve("dt=2026-12-07/x.jsonl");
        Files.createDirectories(file.getParent());
        Files.writeString(
                file,
                CaptureJson.line(written.get(0)) + "\n\n"
                        + CaptureJson.line(written.get(1)).replace("\"buy\":", "\"b\":") + "\n");
        CaptureFormatException e =
                assertThrows(CaptureFormatException.class, () -> CaptureFiles.read(dir.toString(), r -> {}));
        assertEquals(file + ": line 3, field buy: must be true or false", e.getMessage());
    }
}
