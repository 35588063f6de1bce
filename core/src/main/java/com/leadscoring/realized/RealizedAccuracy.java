package com.leadscoring.realized;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.ToDoubleFunction;

import com.leadscoring.model.ModelStoreException;
import com.leadscoring.outcome.Outcome;
import com.leadscoring.outcome.Outcomes;
import com.leadscoring.realized.RealizedReport.CalibrationBin;
import com.leadscoring.realized.RealizedReport.Figure;
import com.leadscoring.realized.RealizedReport.GradeResult;
import com.leadscoring.realized.RealizedReport.VersionResult;

/**
 * The join and the figures: each captured lead judged once by its first capture, with its latest decision (or, when
 * asked, as not bought once undecided for longer than {@code unknownAfter}); then per model version ROC AUC, PR AUC,
 * F1/precision/recall of the answered buy flag, conversion per grade, each with a seeded 95 % bootstrap interval, and
 * calibration per probability decile, against what the version promised.
 */
public final class RealizedAccuracy {

    /** Resamples per version: enough for stable 2.5/97.5 percentiles, cheap at a million leads. */
    public static final int RESAMPLES = 400;
    /** The bootstrap's seed: the same captures and outcomes always give the same intervals. */
    public static final long SEED = 31;

    /** The promises of a model version (looked up in the store). */
    @FunctionalInterface
    public interface Promises {
        Expected of(String modelVersion) throws IOException, ModelStoreException;
    }

    private RealizedAccuracy() {}

    /**
     * @param unknownAfter undecided leads first scored longer than this before {@code now} count as not bought; null
     *     leaves every undecided lead out
     */
    public static RealizedReport evaluate(
            FirstCaptures captures, Outcomes outcomes, Promises promises, Duration unknownAfter, Instant now)
            throws IOException, ModelStoreException {
        long cutoff =
                unknownAfter == null ? Long.MIN_VALUE : now.minus(unknownAfter).toEpochMilli();
        Map<String, List<ScoredLead>> byVersion = new TreeMap<>();
        for (ScoredLead s : captures.first().values()) {
            byVersion.computeIfAbsent(s.modelVersion(), v -> new ArrayList<>()).add(s);
        }
        long neverCaptured = outcomes.byId().keySet().stream()
                .filter(id -> !captures.first().containsKey(id))
                .count();
        List<VersionResult> results = new ArrayList<>();
        for (Map.Entry<String, List<ScoredLead>> e : byVersion.entrySet()) {
            results.add(version(e.getKey(), e.getValue(), outcomes, promises.of(e.getKey()), cutoff));
        }
        String verdict = results.stream().anyMatch(r -> RealizedReport.DEGRADED.equals(r.verdict()))
                ? RealizedReport.DEGRADED
                : RealizedReport.OK;
        return new RealizedReport(
                now,
                new RealizedReport.CapturesRead(
                        captures.source(),
                        captures.files(),
                        captures.records(),
                        captures.first().size(),
                        captures.from(),
                        captures.to()),
                new RealizedReport.OutcomesRead(
                        outcomes.source(),
                        outcomes.versionId(),
                        outcomes.rows(),
                        outcomes.byId().size(),
                        outcomes.repeated(),
                        neverCaptured),
                unknownAfter == null ? null : (int) unknownAfter.toDays(),
                RESAMPLES,
                SEED,
                results,
                verdict);
    }

    private static VersionResult version(
            String modelVersion, List<ScoredLead> leads, Outcomes outcomes, Expected expected, long cutoff) {
        int n = 0;
        long decided = 0;
        long counted = 0;
        double[] p = new double[leads.size()];
        boolean[] y = new boolean[leads.size()];
        boolean[] buy = new boolean[leads.size()];
        String[] grade = new String[leads.size()];
        TreeSet<String> seen = new TreeSet<>();
        for (ScoredLead s : leads) {
            Outcome o = outcomes.of(s.id());
            boolean label;
            if (o != null) {
                label = o.buy();
                decided++;
            } else if (s.scoredAtMillis() < cutoff) {
                label = false;
                counted++;
            } else {
                continue;
            }
            p[n] = s.probability();
            y[n] = label;
            buy[n] = s.buy();
            grade[n] = s.grade();
            seen.add(s.grade());
            n++;
        }
        List<String> grades = new ArrayList<>(expected.grades());
        seen.stream().filter(g -> !grades.contains(g)).forEach(grades::add);
        RankedSample sample = new RankedSample(
                Arrays.copyOf(p, n), Arrays.copyOf(y, n), Arrays.copyOf(buy, n), Arrays.copyOf(grade, n), grades);
        int g = grades.size();
        @SuppressWarnings("unchecked")
        ToDoubleFunction<int[]>[] figures = new ToDoubleFunction[5 + g];
        figures[0] = sample::rocAuc;
        figures[1] = sample::prAuc;
        figures[2] = w -> RankedSample.f1(sample.confusion(w));
        figures[3] = w -> RankedSample.precision(sample.confusion(w));
        figures[4] = w -> RankedSample.recall(sample.confusion(w));
        for (int k = 0; k < g; k++) {
            int grade0 = k;
            figures[5 + k] = w -> {
                double[] c = sample.gradeCounts(w)[grade0];
                return c[0] == 0 ? Double.NaN : c[1] / c[0];
            };
        }
        Bootstrap boot = n == 0 ? null : new Bootstrap(sample, RESAMPLES, SEED, figures);
        double[] c = sample.confusion(null);
        double[][] counts = sample.gradeCounts(null);
        List<GradeResult> gradeResults = new ArrayList<>();
        for (int k = 0; k < g; k++) {
            String name = grades.get(k);
            gradeResults.add(new GradeResult(
                    name,
                    (long) counts[k][0],
                    (long) counts[k][1],
                    counts[k][0] == 0 ? Double.NaN : counts[k][1] / counts[k][0],
                    interval(boot, 5 + k),
                    expected.conversionByGrade().get(name)));
        }
        Figure roc = new Figure(sample.rocAuc(null), interval(boot, 0));
        List<String> reasons = new ArrayList<>();
        if (expected.rocAuc() != null
                && roc.interval().defined()
                && roc.interval().high() < expected.rocAuc()) {
            reasons.add(String.format(
                    Locale.ROOT,
                    "realized ROC AUC %.4f (95 %% %.4f-%.4f) is below the out-of-fold %.4f",
                    roc.value(),
                    roc.interval().low(),
                    roc.interval().high(),
                    expected.rocAuc()));
        }
        if (!gradeResults.isEmpty()) {
            GradeResult top = gradeResults.get(0);
            if (top.expectedConversion() != null
                    && top.interval().defined()
                    && top.interval().high() < top.expectedConversion()) {
                reasons.add(String.format(
                        Locale.ROOT,
                        "realized grade-%s conversion %.4f (95 %% %.4f-%.4f) is below the out-of-fold %.4f",
                        top.grade(),
                        top.conversion(),
                        top.interval().low(),
                        top.interval().high(),
                        top.expectedConversion()));
            }
        }
        long buyers = 0;
        for (int i = 0; i < sample.n; i++) {
            buyers += sample.label[i] ? 1 : 0;
        }
        return new VersionResult(
                modelVersion,
                leads.size(),
                decided,
                counted,
                buyers,
                roc,
                new Figure(sample.prAuc(null), interval(boot, 1)),
                new Figure(RankedSample.f1(c), interval(boot, 2)),
                new Figure(RankedSample.precision(c), interval(boot, 3)),
                new Figure(RankedSample.recall(c), interval(boot, 4)),
                expected.rocAuc(),
                gradeResults,
                calibration(sample),
                reasons.isEmpty() ? RealizedReport.OK : RealizedReport.DEGRADED,
                reasons);
    }

    private static Interval interval(Bootstrap boot, int figure) {
        return boot == null ? Interval.UNDEFINED : boot.interval(figure);
    }

    /** Ten bins of equal counts by probability (fewer when there are fewer than ten leads). */
    private static List<CalibrationBin> calibration(RankedSample s) {
        List<CalibrationBin> bins = new ArrayList<>();
        int parts = Math.min(10, s.n);
        for (int b = 0; b < parts; b++) {
            int from = (int) ((long) s.n * b / parts);
            int to = (int) ((long) s.n * (b + 1) / parts);
            double expected = 0;
            long buyers = 0;
            for (int i = from; i < to; i++) {
                expected += s.probability[i];
                buyers += s.label[i] ? 1 : 0;
            }
            bins.add(
                    new CalibrationBin(b + 1, to - from, s.probability[from], s.probability[to - 1], expected, buyers));
        }
        return bins;
    }
}
