package com.leadscoring.realized;

import java.io.IOException;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Predicate;

import com.leadscoring.capture.CaptureFiles;
import com.leadscoring.capture.CaptureRecord;

/**
 * The first capture of every lead id under a captures directory: each lead is judged once, by the score sales first
 * saw. Later captures of the same id (a rescore, a retry) are counted and otherwise ignored.
 *
 * @param source the directory read
 * @param files capture files read
 * @param records capture records read
 * @param first the first capture of each id
 * @param firstRecords the whole first record of the ids {@link #read(String, Predicate)} was asked to keep
 * @param from the earliest capture time (null when nothing was captured)
 * @param to the latest capture time (null when nothing was captured)
 */
public record FirstCaptures(
        String source,
        int files,
        long records,
        Map<String, ScoredLead> first,
        Map<String, CaptureRecord> firstRecords,
        Instant from,
        Instant to) {

    /** Reads every capture below {@code dir}, keeping only the slim first score per id. */
    public static FirstCaptures read(String dir) throws IOException {
        return read(dir, id -> false);
    }

    /**
     * Reads every capture below {@code dir}; for ids {@code keepRecord} accepts, also keeps the whole first record (its
     * lead's fields), so a training set can be built without holding every lead in memory.
     */
    public static FirstCaptures read(String dir, Predicate<String> keepRecord) throws IOException {
        Map<String, ScoredLead> first = new HashMap<>();
        Map<String, CaptureRecord> records = new HashMap<>();
        Map<String, String> interned = new HashMap<>(); // versions and grades repeat: one String each
        long[] count = {0, Long.MAX_VALUE, Long.MIN_VALUE};
        int files = CaptureFiles.read(dir, r -> {
            count[0]++;
            long at = r.scoredAt().toEpochMilli();
            count[1] = Math.min(count[1], at);
            count[2] = Math.max(count[2], at);
            ScoredLead s = new ScoredLead(
                    r.id(),
                    r.scoreId(),
                    interned.computeIfAbsent(r.modelVersion(), v -> v),
                    at,
                    r.probability(),
                    interned.computeIfAbsent(r.grade(), g -> g),
                    r.buy());
            ScoredLead before = first.get(s.id());
            if (before == null || s.before(before)) {
                first.put(s.id(), s);
                if (keepRecord.test(s.id())) {
                    records.put(s.id(), r);
                }
            }
        });
        return new FirstCaptures(
                dir,
                files,
                count[0],
                first,
                records,
                count[0] == 0 ? null : Instant.ofEpochMilli(count[1]),
                count[0] == 0 ? null : Instant.ofEpochMilli(count[2]));
    }
}
