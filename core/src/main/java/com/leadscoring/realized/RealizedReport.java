package com.leadscoring.realized;

import java.time.Instant;
import java.util.List;

/**
 * Realized accuracy of every model version that scored captured leads.
 *
 * @param generatedAt when it was computed
 * @param captures what was read of the captures
 * @param outcomes what was read of the outcomes
 * @param unknownAfterDays undecided leads scored longer ago than this count as not bought; null: left out
 * @param resamples bootstrap resamples per version
 * @param seed the bootstrap's seed
 * @param modelVersions one entry per version, oldest version first
 * @param verdict {@code ok}, or {@code degraded} when a version's realized ROC AUC or top-grade conversion falls below
 *     its out-of-fold figure by more than its interval
 */
public record RealizedReport(
        Instant generatedAt,
        CapturesRead captures,
        OutcomesRead outcomes,
        Integer unknownAfterDays,
        int resamples,
        long seed,
        List<VersionResult> modelVersions,
        String verdict) {

    public static final String OK = "ok";
    public static final String DEGRADED = "degraded";

    public RealizedReport {
        modelVersions = List.copyOf(modelVersions);
    }

    public boolean degraded() {
        return DEGRADED.equals(verdict);
    }

    /**
     * @param source the directory read
     * @param files files read
     * @param records capture records read
     * @param leads distinct lead ids
     * @param from earliest capture (null when none)
     * @param to latest capture (null when none)
     */
    public record CapturesRead(String source, int files, long records, long leads, Instant from, Instant to) {}

    /**
     * @param source the file read
     * @param versionId its S3 object version (null: local, or not versioned)
     * @param rows data rows
     * @param decisions distinct ids decided
     * @param repeated rows whose id another row also had
     * @param neverCaptured decided ids without any capture (counted, not fatal)
     */
    public record OutcomesRead(
            String source, String versionId, long rows, long decisions, long repeated, long neverCaptured) {}

    /** A figure and its 95 % bootstrap interval. */
    public record Figure(double value, Interval interval) {}

    /**
     * @param grade the grade
     * @param leads judged leads of this grade
     * @param buyers buyers among them
     * @param conversion buyers / leads (NaN without leads)
     * @param interval its 95 % interval
     * @param expectedConversion the version's out-of-fold conversion of this grade; null when not stored
     */
    public record GradeResult(
            String grade, long leads, long buyers, double conversion, Interval interval, Double expectedConversion) {}

    /**
     * One tenth of the judged leads by probability (equal counts, lowest first).
     *
     * @param decile 1..10
     * @param leads leads in it
     * @param minProbability lowest probability in it
     * @param maxProbability highest probability in it
     * @param expectedBuyers the sum of their probabilities
     * @param buyers buyers among them
     */
    public record CalibrationBin(
            int decile, long leads, double minProbability, double maxProbability, double expectedBuyers, long buyers) {}

    /**
     * @param modelVersion the version whose score sales first saw
     * @param leads leads it scored first
     * @param decided those with a decision
     * @param countedNotBought undecided leads counted as not bought ({@code --unknown-after})
     * @param buyers buyers among the judged leads (decided + counted)
     * @param rocAuc realized ROC AUC
     * @param prAuc realized PR AUC (average precision)
     * @param f1 F1 of the answered buy flag (the served threshold)
     * @param precision its precision
     * @param recall its recall
     * @param expectedRocAuc the version's out-of-fold ROC AUC; null when unknown
     * @param grades per grade, best first
     * @param calibration expected against realized buyers per probability decile
     * @param verdict {@code ok} or {@code degraded}
     * @param reasons why degraded, in words (empty when ok)
     */
    public record VersionResult(
            String modelVersion,
            long leads,
            long decided,
            long countedNotBought,
            long buyers,
            Figure rocAuc,
            Figure prAuc,
            Figure f1,
            Figure precision,
            Figure recall,
            Double expectedRocAuc,
            List<GradeResult> grades,
            List<CalibrationBin> calibration,
            String verdict,
            List<String> reasons) {

        public VersionResult {
            grades = List.copyOf(grades);
            calibration = List.copyOf(calibration);
            reasons = List.copyOf(reasons);
        }

        /** Judged leads: decided, and counted as not bought. */
        public long judged() {
            return decided + countedNotBought;
        }
    }
}
