package com.leadscoring.trainer.job;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.leadscoring.capture.CaptureRecord;
import com.leadscoring.io.Locations;
import com.leadscoring.lead.LeadCsvWriter;
import com.leadscoring.outcome.Outcome;
import com.leadscoring.outcome.OutcomeCsvReader;
import com.leadscoring.outcome.Outcomes;
import com.leadscoring.realized.FirstCaptures;

/**
 * {@code dataset}: the next training set from what was scored and what sales decided. One row per decided lead id: its
 * first capture's fields and its latest decision, in the trainer's CSV format with a {@code buy} column, in scoring
 * order. Beside it, {@code <out>.origin.json} says where the rows came from (capture date range, outcomes file and its
 * S3 version); {@code train} copies that into the model's manifest.
 */
public final class NextTrainingSet {

    /** The sidecar's suffix: {@code leads.csv} → {@code leads.csv.origin.json}. */
    public static final String ORIGIN_SUFFIX = ".origin.json";

    /**
     * What was written.
     *
     * @param captured distinct leads captured
     * @param rows rows written (decided, or counted as not bought)
     * @param buyers rows with {@code buy = 1}
     * @param undecided captured leads left out (no decision yet)
     * @param countedNotBought undecided leads written as not bought ({@code --unknown-after})
     * @param neverCaptured decided ids without a capture (left out)
     * @param origin the sidecar's content
     */
    public record Result(
            long captured,
            long rows,
            long buyers,
            long undecided,
            long countedNotBought,
            long neverCaptured,
            Map<String, Object> origin) {}

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private NextTrainingSet() {}

    public static Result write(String captures, String outcomes, String out, Duration unknownAfter, Clock clock)
            throws IOException {
        Outcomes decided = OutcomeCsvReader.load(outcomes);
        // Without --unknown-after only decided leads go in: keep only their leads' fields in memory.
        FirstCaptures first =
                FirstCaptures.read(captures, unknownAfter == null ? decided.byId()::containsKey : id -> true);
        long cutoff = unknownAfter == null
                ? Long.MIN_VALUE
                : clock.instant().minus(unknownAfter).toEpochMilli();
        List<CaptureRecord> rows = new ArrayList<>(first.firstRecords().values());
        rows.sort(Comparator.comparing(CaptureRecord::scoredAt).thenComparing(CaptureRecord::scoreId));
        long written = 0;
        long buyers = 0;
        long counted = 0;
        try (Locations.Output file = Locations.create(out);
                Writer w = new BufferedWriter(new OutputStreamWriter(file, StandardCharsets.UTF_8));
                LeadCsvWriter csv = new LeadCsvWriter(w, List.of("buy"))) {
            for (CaptureRecord r : rows) {
                Outcome o = decided.of(r.id());
                boolean buy;
                if (o != null) {
                    buy = o.buy();
                } else if (r.scoredAt().toEpochMilli() < cutoff) {
                    buy = false;
                    counted++;
                } else {
                    continue;
                }
                csv.write(r.lead(), buy ? 1 : 0);
                written++;
                buyers += buy ? 1 : 0;
            }
            csv.flush();
            w.flush();
            file.commit();
        }
        long neverCaptured = decided.byId().keySet().stream()
                .filter(id -> !first.first().containsKey(id))
                .count();
        Map<String, Object> origin = new LinkedHashMap<>();
        origin.put("captures", captures);
        origin.put("capturedFrom", first.from() == null ? null : first.from().toString());
        origin.put("capturedTo", first.to() == null ? null : first.to().toString());
        origin.put("outcomes", outcomes);
        origin.put("outcomesS3VersionId", decided.versionId());
        origin.put("unknownAfterDays", unknownAfter == null ? null : unknownAfter.toDays());
        origin.put("rows", written);
        origin.put("buyers", buyers);
        Locations.write(out + ORIGIN_SUFFIX, JSON.writeValueAsBytes(origin));
        return new Result(
                first.first().size(), written, buyers, first.first().size() - written, counted, neverCaptured, origin);
    }
}
