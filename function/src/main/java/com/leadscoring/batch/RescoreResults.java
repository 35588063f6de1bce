package com.leadscoring.batch;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.jr.ob.JSON;
import com.leadscoring.io.Opener;
import com.leadscoring.io.S3Location;
import com.leadscoring.lead.FieldProblem;
import com.leadscoring.scoring.Factor;
import com.leadscoring.scoring.LeadScore;

/**
 * A rescoring run's results as the one scores CSV ({@link ScoreCsv}). The Distributed Map's {@code ResultWriter} leaves
 * a {@code manifest.json} naming its result files by status; each {@code SUCCEEDED} file holds the batch answers of
 * this project's batch handler, one per line ({@code WriterConfig}: COMPACT, JSONL; a JSON array, or records whose
 * {@code Output} is the answer as text, are read too). Files are streamed one answer at a time, so a run of millions of
 * leads needs the memory of one batch. A failed batch has no answer to write: it is counted, and its items are missing.
 */
public final class RescoreResults {

    /**
     * What was written.
     *
     * @param rows CSV rows (leads scored and refused)
     * @param scored leads scored
     * @param refused rows refused with their problems
     * @param failedBatches batches whose child execution failed: their leads are not in the CSV
     */
    public record Summary(int rows, int scored, int refused, int failedBatches) {}

    private RescoreResults() {}

    /** Writes the header and a row per lead of every succeeded batch listed by the manifest at {@code manifest}. */
    public static Summary toCsv(String manifest, Opener opener, Writer out) throws IOException {
        Map<String, Object> m;
        try (InputStream in = opener.open(manifest)) {
            m = JSON.std.mapFrom(in);
        }
        Object files = m.get("ResultFiles");
        if (!(files instanceof Map<?, ?> byStatus) || !(m.get("DestinationBucket") instanceof String bucket)) {
            throw new IOException(
                    manifest + " is not a Distributed Map result manifest (no ResultFiles / DestinationBucket)");
        }
        out.write(ScoreCsv.HEADER + "\n");
        int[] counts = new int[2];
        for (String key : keys(byStatus.get("SUCCEEDED"), manifest)) {
            String file = new S3Location(bucket, key).toString();
            try (InputStream in = opener.open(file)) {
                readRecords(in, (record, index) -> write(answer(record, file, index), out, counts));
            }
        }
        int[] failed = new int[1];
        for (String key : keys(byStatus.get("FAILED"), manifest)) {
            try (InputStream in = opener.open(new S3Location(bucket, key).toString())) {
                readRecords(in, (record, index) -> failed[0]++);
            }
        }
        return new Summary(counts[0] + counts[1], counts[0], counts[1], failed[0]);
    }

    private static List<String> keys(Object list, String manifest) throws IOException {
        List<String> keys = new ArrayList<>();
        if (list == null) {
            return keys;
        }
        if (!(list instanceof List<?> entries)) {
            throw new IOException(manifest + ": ResultFiles must hold lists of files");
        }
        for (Object e : entries) {
            if (!(e instanceof Map<?, ?> file) || !(file.get("Key") instanceof String key)) {
                throw new IOException(manifest + ": a result file without its Key: " + e);
            }
            keys.add(key);
        }
        return keys;
    }

    @FunctionalInterface
    private interface RecordSink {
        void accept(Object record, int index) throws IOException;
    }

    /** Each record of a result file, in order: JSON Lines (the run's WriterConfig) or one JSON array. */
    private static void readRecords(InputStream in, RecordSink sink) throws IOException {
        BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        r.mark(1);
        int first = r.read();
        while (first != -1 && Character.isWhitespace(first)) {
            r.mark(1);
            first = r.read();
        }
        if (first == -1) {
            return;
        }
        r.reset();
        int index = 0;
        if (first == '[') {
            for (Object record : JSON.std.listFrom(r)) {
                sink.accept(record, index++);
            }
            return;
        }
        String line;
        while ((line = r.readLine()) != null) {
            if (!line.isBlank()) {
                sink.accept(JSON.std.anyFrom(line), index++);
            }
        }
    }

    /**
     * The batch answer in a record: the record itself, or the text of its {@code Output} (no transformation). A record
     * that is neither is named by file and position only: it may hold the batch's leads, which never go into a message.
     */
    @SuppressWarnings("unchecked")
    private static Map<String, Object> answer(Object record, String file, int index) throws IOException {
        if (record instanceof Map<?, ?> map && map.containsKey("scores")) {
            return (Map<String, Object>) map;
        }
        if (record instanceof Map<?, ?> map && map.get("Output") instanceof String output) {
            return answer(JSON.std.anyFrom(output), file, index);
        }
        throw new IOException(file + ": record " + index + " is not a batch answer (no \"scores\" and no \"Output\")");
    }

    @SuppressWarnings("unchecked")
    private static void write(Map<String, Object> answer, Writer out, int[] counts) throws IOException {
        String version = String.valueOf(((Map<String, Object>) answer.get("model")).get("version"));
        for (Map<String, Object> s : (List<Map<String, Object>>) answer.get("scores")) {
            String id = s.get("id") == null ? null : String.valueOf(s.get("id"));
            if (s.containsKey("errors")) {
                List<FieldProblem> problems = new ArrayList<>();
                for (Map<String, Object> e : (List<Map<String, Object>>) s.get("errors")) {
                    problems.add(new FieldProblem(String.valueOf(e.get("field")), String.valueOf(e.get("reason"))));
                }
                if (s.get("moreErrors") instanceof Number more) {
                    problems.add(new FieldProblem("row", "and " + more + " more problems"));
                }
                ScoreCsv.refused(out, id, problems, version);
                counts[1]++;
                continue;
            }
            List<Factor> factors = new ArrayList<>();
            if (s.get("factors") instanceof List<?> list) {
                for (Object o : list) {
                    Map<String, Object> f = (Map<String, Object>) o;
                    factors.add(new Factor(
                            String.valueOf(f.get("feature")),
                            String.valueOf(f.get("label")),
                            ((Number) f.get("impact")).doubleValue()));
                }
            }
            LeadScore score = new LeadScore(
                    ((Number) s.get("probability")).doubleValue(),
                    ((Number) s.get("score")).intValue(),
                    Boolean.TRUE.equals(s.get("buy")),
                    String.valueOf(s.get("grade")),
                    s.get("percentile") instanceof Number p ? p.doubleValue() : Double.NaN,
                    factors);
            ScoreCsv.scored(out, id, score, s.get("trend") == null ? null : String.valueOf(s.get("trend")), version);
            counts[0]++;
        }
    }
}
