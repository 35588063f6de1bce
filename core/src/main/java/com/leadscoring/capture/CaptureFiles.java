package com.leadscoring.capture;

import java.io.BufferedInputStream;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;

import com.leadscoring.io.LocalLocation;
import com.leadscoring.io.Locations;
import com.leadscoring.io.S3Clients;
import com.leadscoring.io.S3Location;
import com.leadscoring.lead.Utf8Text;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.S3Object;

/**
 * Capture files under a directory or {@code s3://bucket/prefix}: {@code DIR/dt=YYYY-MM-DD/<name>.jsonl}, one record per
 * line, each file written whole (a reader never sees half of one). Reading takes every file below {@code DIR}, gzip or
 * not (Firehose may compress), except names starting with {@code .} or {@code _} (in-flight or marker files).
 */
public final class CaptureFiles {

    private static final DateTimeFormatter STAMP =
            DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss", Locale.ROOT).withZone(ZoneOffset.UTC);

    /** What to do with each record read. */
    @FunctionalInterface
    public interface RecordConsumer {
        void accept(CaptureRecord record) throws IOException;
    }

    private CaptureFiles() {}

    /** The partition folder of a day: {@code dt=2026-12-07}. */
    public static String partition(LocalDate day) {
        return "dt=" + day;
    }

    /**
     * Writes {@code records} under {@code dir}, one file per UTC day they were scored on, each file whole.
     *
     * @return the locations written
     */
    public static List<String> write(String dir, List<CaptureRecord> records) throws IOException {
        Map<LocalDate, List<CaptureRecord>> byDay = new TreeMap<>();
        for (CaptureRecord r : records) {
            byDay.computeIfAbsent(r.scoredAt().atZone(ZoneOffset.UTC).toLocalDate(), d -> new ArrayList<>())
                    .add(r);
        }
        List<String> written = new ArrayList<>();
        for (Map.Entry<LocalDate, List<CaptureRecord>> day : byDay.entrySet()) {
            List<CaptureRecord> rs = day.getValue();
            // Time first so a listing reads in scoring order; a random tail so two writers never collide.
            String name = STAMP.format(rs.get(0).scoredAt()) + "-" + UUID.randomUUID() + ".jsonl";
            String location = child(dir, partition(day.getKey()) + "/" + name);
            StringWriter text = new StringWriter(rs.size() * 640);
            CaptureJson.writeLines(text, rs);
            Locations.write(location, text.toString().getBytes(StandardCharsets.UTF_8));
            written.add(location);
        }
        return written;
    }

    /**
     * Writes capture lines already formatted as UTF-8 (one record per line), {@code lines[0, length)}, as one whole
     * file under the partition of the UTC day of {@code at}.
     *
     * @return the location written
     */
    public static String writeLines(String dir, Instant at, byte[] lines, int length) throws IOException {
        String location = child(
                dir,
                partition(at.atZone(ZoneOffset.UTC).toLocalDate()) + "/" + STAMP.format(at) + "-" + UUID.randomUUID()
                        + ".jsonl");
        Locations.write(location, Arrays.copyOf(lines, length));
        return location;
    }

    /** Every capture file below {@code dir}, sorted by location. A missing directory holds none. */
    public static List<String> list(String dir) throws IOException {
        List<String> files = new ArrayList<>();
        if (!S3Location.isS3(dir)) {
            Path root = LocalLocation.path(dir);
            if (!Files.isDirectory(root)) {
                return files;
            }
            try (Stream<Path> walk = Files.walk(root)) {
                walk.filter(Files::isRegularFile)
                        .filter(p -> readable(p.getFileName().toString()))
                        .map(Path::toString)
                        .sorted()
                        .forEach(files::add);
            }
            return files;
        }
        S3Location root = S3Location.parse(dir);
        String prefix = root.key().isEmpty() || root.key().endsWith("/") ? root.key() : root.key() + "/";
        try (S3Client s3 = S3Clients.create()) {
            for (S3Object o : s3.listObjectsV2Paginator(
                            b -> b.bucket(root.bucket()).prefix(prefix))
                    .contents()) {
                String name = o.key().substring(o.key().lastIndexOf('/') + 1);
                if (!o.key().endsWith("/") && readable(name)) {
                    files.add("s3://" + root.bucket() + "/" + o.key());
                }
            }
        } catch (SdkException e) {
            throw new IOException(dir + ": cannot list captures: " + e.getMessage(), e);
        }
        files.sort(null);
        return files;
    }

    /**
     * Reads every record below {@code dir}, file by file in {@link #list(String)} order.
     *
     * @return how many files were read
     * @throws CaptureFormatException naming the file and line of the first line that is not a record
     */
    public static int read(String dir, RecordConsumer consumer) throws IOException {
        List<String> files = list(dir);
        for (String file : files) {
            readFile(file, consumer);
        }
        return files.size();
    }

    /** Reads one capture file (gzip or not); blank lines are skipped. */
    public static void readFile(String file, RecordConsumer consumer) throws IOException {
        try (InputStream raw = Locations.open(file);
                BufferedReader lines =
                        new BufferedReader(Utf8Text.reader(maybeGunzip(new BufferedInputStream(raw)), file))) {
            String text;
            long line = 0;
            while ((text = lines.readLine()) != null) {
                line++;
                if (!text.isBlank()) {
                    consumer.accept(CaptureJson.parse(text, file, line));
                }
            }
        }
    }

    private static InputStream maybeGunzip(BufferedInputStream in) throws IOException {
        in.mark(2);
        int b1 = in.read();
        int b2 = in.read();
        in.reset();
        return b1 == 0x1f && b2 == 0x8b ? new GZIPInputStream(in) : in;
    }

    private static boolean readable(String name) {
        return !name.isEmpty() && !name.startsWith(".") && !name.startsWith("_");
    }

    private static String child(String dir, String relative) {
        return dir.endsWith("/") ? dir + relative : dir + "/" + relative;
    }
}
