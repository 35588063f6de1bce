package com.leadscoring.trainer.data;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

import com.leadscoring.capture.CaptureRecord;
import com.leadscoring.io.Locations;
import com.leadscoring.realized.FirstCaptures;

/**
 * What sales "learned" about captured synthetic leads: the generator's own label of each captured lead (regenerated
 * from the same seed and shift, matched by id and fields), for a seeded share of them, as an outcomes CSV
 * ({@code id,buy,decided_at}). With the concept shift, grade-A leads convert less than the model learned: the kind of
 * lead that buys has changed, which only realized accuracy can notice.
 */
public final class SyntheticOutcomes {

    /** Under the concept shift, the share of grade-A buyers that no longer buy. */
    public static final double A_BUYERS_LOST = 0.7;

    /**
     * @param captured distinct leads captured
     * @param decided outcomes written
     * @param buyers among them
     * @param unmatched captured leads that are not this generator's leads (left out)
     */
    public record Result(long captured, long decided, long buyers, long unmatched) {}

    private SyntheticOutcomes() {}

    /**
     * @param decidedShare the share of matched leads given a decision (the rest stay undecided), 0..1
     * @param conceptShift whether grade-A leads convert less
     */
    public static Result write(
            String captures, String out, long seed, PopulationShift shift, double decidedShare, boolean conceptShift)
            throws IOException {
        if (!(decidedShare >= 0 && decidedShare <= 1)) {
            throw new IllegalArgumentException("--decided must be a share 0..1, got " + decidedShare);
        }
        FirstCaptures first = FirstCaptures.read(captures, id -> true);
        List<CaptureRecord> records = new ArrayList<>(first.firstRecords().values());
        records.sort(Comparator.comparing(CaptureRecord::scoredAt).thenComparing(CaptureRecord::scoreId));
        long maxId = 0;
        for (CaptureRecord r : records) {
            maxId = Math.max(maxId, numericId(r.id()));
        }
        if (maxId > 10_000_000) {
            throw new IllegalArgumentException("captured ids reach " + maxId + ": not this generator's leads");
        }
        Map<String, LabeledLead> truth = new HashMap<>();
        SyntheticLeadGenerator generator = new SyntheticLeadGenerator(seed, shift);
        for (long i = 0; i < maxId; i++) {
            LabeledLead l = generator.next();
            truth.put(l.lead().id(), l);
        }
        SplittableRandom random = new SplittableRandom(seed ^ 0x5EED_0C0FL);
        StringBuilder csv = new StringBuilder("id,buy,decided_at\n");
        long decided = 0;
        long buyers = 0;
        long unmatched = 0;
        for (CaptureRecord r : records) {
            LabeledLead l = truth.get(r.id());
            // Draw for every lead, matched or not, so one lead's fate does not depend on the others'.
            double decide = random.nextDouble();
            double lose = random.nextDouble();
            int days = 1 + random.nextInt(30);
            if (l == null || !l.lead().equals(r.lead())) {
                unmatched++;
                continue;
            }
            if (decide >= decidedShare) {
                continue;
            }
            boolean buy = l.buy() && !(conceptShift && "A".equals(r.grade()) && lose < A_BUYERS_LOST);
            csv.append(r.id())
                    .append(',')
                    .append(buy ? 1 : 0)
                    .append(',')
                    .append(r.scoredAt().atZone(ZoneOffset.UTC).toLocalDate().plusDays(days))
                    .append('\n');
            decided++;
            buyers += buy ? 1 : 0;
        }
        Locations.write(out, csv.toString().getBytes(StandardCharsets.UTF_8));
        return new Result(records.size(), decided, buyers, unmatched);
    }

    private static long numericId(String id) {
        try {
            return Long.parseLong(id);
        } catch (NumberFormatException e) {
            return 0; // not a generated lead: left unmatched
        }
    }
}
