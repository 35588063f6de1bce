package com.leadscoring.batch;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.Writer;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.leadscoring.bootstrap.RescoreOutputPrefix;
import com.leadscoring.io.Opener;
import com.leadscoring.io.S3Location;
import com.leadscoring.lead.FieldProblem;
import com.leadscoring.lead.Utf8Text;
import com.leadscoring.scoring.Factor;
import com.leadscoring.scoring.LeadScore;

/**
 * A rescoring run's results as the one scores CSV ({@link ScoreCsv}). The Distributed Map's {@code ResultWriter} leaves
 * a {@code manifest.json} naming its result files by status; each {@code SUCCEEDED} file holds the batch answers of
 * this project's batch handler, one per line ({@code WriterConfig}: COMPACT, JSONL; a JSON array, or records whose
 * {@code Output} is the answer as text, are read too). Files are streamed one answer at a time, so a run of millions of
 * leads needs the memory of one batch. A failed batch has no answer to write: it is counted, and its items are missing.
 *
 * <p>Every failure names the file, the line and record, and the field; none quotes the data (leads never go into a
 * message). What would otherwise pass silently is refused: a manifest of another bucket, a result file listed twice or
 * holding no record, text that is not UTF-8. {@code PENDING} files (batches the run never finished) are reported.
 */
public final class RescoreResults {

    private static final ObjectMapper JSON = JsonMapper.builder().build();

    /**
     * What was written.
     *
     * @param rows CSV rows (leads scored and refused)
     * @param scored leads scored
     * @param refused rows refused with their problems
     * @param failedBatches batches whose child execution failed: their leads are not in the CSV
     * @param pendingFiles result files of batches the run never finished (their leads are not in the CSV either)
     */
    public record Summary(int rows, int scored, int refused, int failedBatches, List<String> pendingFiles) {

        public Summary {
            pendingFiles = List.copyOf(pendingFiles);
        }
    }

    private RescoreResults() {}

    /**
     * Writes the header and a row per lead of every succeeded batch listed by the manifest at {@code manifest}, which
     * must be in {@code bucket} (the event's) and list files below {@code runs}.
     */
    public static Summary toCsv(String manifest, String bucket, RescoreOutputPrefix runs, Opener opener, Writer out)
            throws IOException {
        JsonNode m = readManifest(manifest, opener);
        JsonNode destination = m.get("DestinationBucket");
        JsonNode byStatus = m.get("ResultFiles");
        if (!(m.isObject()
                && destination != null
                && destination.isTextual()
                && byStatus != null
                && byStatus.isObject())) {
            throw new IOException(manifest
                    + " is not a Distributed Map result manifest (it needs DestinationBucket and ResultFiles)");
        }
        if (!destination.asText().equals(bucket)) {
            throw new IOException(manifest + ": DestinationBucket is " + destination.asText()
                    + ", not the event's bucket " + bucket + ": the manifest is another run's");
        }
        Set<String> seen = new HashSet<>();
        List<String> succeeded = keys(byStatus, "SUCCEEDED", manifest, runs, seen);
        List<String> failedFiles = keys(byStatus, "FAILED", manifest, runs, seen);
        List<String> pending = new ArrayList<>();
        for (String key : keys(byStatus, "PENDING", manifest, runs, seen)) {
            pending.add(new S3Location(bucket, key).toString());
        }

        out.write(ScoreCsv.HEADER + "\n");
        int[] counts = new int[2];
        for (String key : succeeded) {
            String file = new S3Location(bucket, key).toString();
            readRecords(file, opener, (record, at) -> write(answer(record, at), at, out, counts));
        }
        int[] failed = new int[1];
        for (String key : failedFiles) {
            readRecords(new S3Location(bucket, key).toString(), opener, (record, at) -> failed[0]++);
        }
        return new Summary(counts[0] + counts[1], counts[0], counts[1], failed[0], pending);
    }

    private static JsonNode readManifest(String manifest, Opener opener) throws IOException {
        try (InputStream in = opener.open(manifest);
                Reader r = Utf8Text.reader(in, manifest);
                JsonParser p = JSON.createParser(r)) {
            if (p.nextToken() == null) {
                throw new IOException(manifest + " is empty: no result manifest");
            }
            JsonNode m = JSON.readTree(p);
            if (p.nextToken() != null) {
                throw new IOException(
                        manifest + ": line " + p.currentTokenLocation().getLineNr() + ": more JSON after the manifest");
            }
            return m;
        } catch (JsonProcessingException e) {
            throw JsonFailure.of(manifest, e);
        }
    }

    /** The keys listed under {@code status}, each named by its place in the manifest when it is wrong. */
    private static List<String> keys(
            JsonNode byStatus, String status, String manifest, RescoreOutputPrefix runs, Set<String> seen)
            throws IOException {
        List<String> keys = new ArrayList<>();
        JsonNode list = byStatus.get(status);
        if (list == null || list.isNull()) {
            return keys;
        }
        if (!list.isArray()) {
            throw new IOException(manifest + ": ResultFiles." + status + " must be a list of files");
        }
        for (int i = 0; i < list.size(); i++) {
            String field = "ResultFiles." + status + "[" + i + "].Key";
            JsonNode key = list.get(i).get("Key");
            if (key == null || !key.isTextual() || key.asText().isEmpty()) {
                throw new IOException(manifest + ": " + field + " is missing or not a string");
            }
            try {
                runs.check(field, key.asText());
            } catch (IllegalArgumentException e) {
                throw new IOException(manifest + ": " + e.getMessage(), e);
            }
            if (!seen.add(key.asText())) {
                throw new IOException(manifest + ": " + field + " lists " + key.asText()
                        + " a second time; its batches would be written twice");
            }
            keys.add(key.asText());
        }
        return keys;
    }

    /** Where a record is: its file, the line it starts on and its number (both 1-based). */
    record Position(String file, long line, int record) {
        @Override
        public String toString() {
            return file + ": line " + line + " (record " + record + ")";
        }
    }

    @FunctionalInterface
    private interface RecordSink {
        void accept(JsonNode record, Position at) throws IOException;
    }

    /**
     * Each record of a result file, in order: JSON Lines (the run's WriterConfig) or one JSON array; positions are
     * lines of the file. A file without any record is refused: the result writer never writes an empty one.
     */
    private static void readRecords(String file, Opener opener, RecordSink sink) throws IOException {
        int index = 0;
        try (InputStream in = opener.open(file);
                Reader r = Utf8Text.reader(in, file);
                JsonParser p = JSON.createParser(r)) {
            JsonToken first = p.nextToken();
            boolean array = first == JsonToken.START_ARRAY;
            JsonToken t = array ? p.nextToken() : first;
            while (t != null && t != JsonToken.END_ARRAY) {
                Position at = new Position(file, p.currentTokenLocation().getLineNr(), ++index);
                JsonNode record = JSON.readTree(p);
                sink.accept(record, at);
                t = p.nextToken();
            }
            if (array && (t == null || p.nextToken() != null)) {
                throw new IOException(file + ": the JSON array of records is not closed, or text follows it");
            }
        } catch (JsonProcessingException e) {
            throw JsonFailure.of(file + (index > 0 ? " (after record " + index + ")" : ""), e);
        }
        if (index == 0) {
            throw new IOException(file + " holds no record (the result writer writes at least one per file)");
        }
    }

    /**
     * The batch answer in a record: the record itself, or the text of its {@code Output} (no transformation). A record
     * that is neither is named by file and position only.
     */
    private static JsonNode answer(JsonNode record, Position at) throws IOException {
        if (record.isObject() && record.has("scores")) {
            return record;
        }
        JsonNode output = record.get("Output");
        if (output != null && output.isTextual()) {
            try {
                return answer(JSON.readTree(output.asText()), at);
            } catch (JsonProcessingException e) {
                throw JsonFailure.of(at + ": Output", e);
            }
        }
        throw new IOException(at + ": not a batch answer (no \"scores\" and no \"Output\")");
    }

    private static void write(JsonNode answer, Position at, Writer out, int[] counts) throws IOException {
        String version = text(answer, "model.version", at);
        JsonNode scores = answer.get("scores");
        if (!scores.isArray()) {
            throw new IOException(at + ": scores must be a list");
        }
        for (int i = 0; i < scores.size(); i++) {
            JsonNode s = scores.get(i);
            String path = "scores[" + i + "]";
            if (!s.isObject()) {
                throw new IOException(at + ": " + path + " must be an object");
            }
            String id = id(s.get("id"), path + ".id", at);
            if (s.has("errors")) {
                ScoreCsv.refused(out, id, problems(s, path, at), version);
                counts[1]++;
                continue;
            }
            List<Factor> factors = new ArrayList<>();
            JsonNode list = s.get("factors");
            if (list != null && !list.isNull()) {
                if (!list.isArray()) {
                    throw new IOException(at + ": " + path + ".factors must be a list");
                }
                for (int k = 0; k < list.size(); k++) {
                    String f = path + ".factors[" + k + "]";
                    factors.add(new Factor(
                            text(s, "factors." + k + ".feature", at, f + ".feature"),
                            text(s, "factors." + k + ".label", at, f + ".label"),
                            number(list.get(k).get("impact"), f + ".impact", at)));
                }
            }
            JsonNode score = s.get("score");
            if (score == null || !score.isIntegralNumber() || !score.canConvertToInt()) {
                throw new IOException(
                        at + ": " + path + ".score " + (score == null ? "is missing" : "must be a whole" + " number"));
            }
            JsonNode buy = s.get("buy");
            if (buy == null || !buy.isBoolean()) {
                throw new IOException(
                        at + ": " + path + ".buy " + (buy == null ? "is missing" : "must be true or false"));
            }
            JsonNode percentile = s.get("percentile");
            LeadScore lead = new LeadScore(
                    number(s.get("probability"), path + ".probability", at),
                    score.intValue(),
                    buy.booleanValue(),
                    text(s, "grade", at, path + ".grade"),
                    percentile == null || percentile.isNull()
                            ? Double.NaN
                            : number(percentile, path + ".percentile", at),
                    factors);
            JsonNode trend = s.get("trend");
            if (trend != null && !trend.isNull() && !trend.isTextual()) {
                throw new IOException(at + ": " + path + ".trend must be a string");
            }
            JsonNode scoreId = s.get("scoreId"); // absent from answers written before score ids were
            if (scoreId != null && !scoreId.isNull() && !scoreId.isTextual()) {
                throw new IOException(at + ": " + path + ".scoreId must be a string");
            }
            ScoreCsv.scored(
                    out,
                    id,
                    scoreId == null || scoreId.isNull() ? null : scoreId.asText(),
                    lead,
                    trend == null || trend.isNull() ? null : trend.asText(),
                    version);
            counts[0]++;
        }
    }

    private static List<FieldProblem> problems(JsonNode s, String path, Position at) throws IOException {
        JsonNode errors = s.get("errors");
        if (!errors.isArray()) {
            throw new IOException(at + ": " + path + ".errors must be a list");
        }
        List<FieldProblem> problems = new ArrayList<>();
        for (int k = 0; k < errors.size(); k++) {
            String e = path + ".errors[" + k + "]";
            problems.add(new FieldProblem(
                    text(s, "errors." + k + ".field", at, e + ".field"),
                    text(s, "errors." + k + ".reason", at, e + ".reason")));
        }
        JsonNode more = s.get("moreErrors");
        if (more != null && !more.isNull()) {
            if (!more.isIntegralNumber()) {
                throw new IOException(at + ": " + path + ".moreErrors must be a whole number");
            }
            problems.add(new FieldProblem("row", "and " + more.asLong() + " more problems"));
        }
        return problems;
    }

    /** A lead's id as the CSV writes it: text or a number as written; none is an empty cell. */
    private static String id(JsonNode id, String path, Position at) throws IOException {
        if (id == null || id.isNull()) {
            return null;
        }
        if (id.isTextual()) {
            return id.asText();
        }
        if (id.isIntegralNumber()) {
            return id.asText();
        }
        throw new IOException(at + ": " + path + " must be a string or a whole number");
    }

    /** The text at a dotted {@code path} below {@code node} (list indexes as numbers). */
    private static String text(JsonNode node, String path, Position at) throws IOException {
        return text(node, path, at, path);
    }

    private static String text(JsonNode node, String path, Position at, String name) throws IOException {
        JsonNode v = node;
        for (String step : path.split("\\.")) {
            v = v == null
                    ? null
                    : step.chars().allMatch(Character::isDigit) ? v.get(Integer.parseInt(step)) : v.get(step);
        }
        if (v == null || v.isNull()) {
            throw new IOException(at + ": " + name + " is missing");
        }
        if (!v.isTextual()) {
            throw new IOException(at + ": " + name + " must be a string");
        }
        return v.asText();
    }

    private static double number(JsonNode v, String name, Position at) throws IOException {
        if (v == null || v.isNull()) {
            throw new IOException(at + ": " + name + " is missing");
        }
        if (!v.isNumber()) {
            throw new IOException(at + ": " + name + " must be a number");
        }
        return v.doubleValue();
    }
}
