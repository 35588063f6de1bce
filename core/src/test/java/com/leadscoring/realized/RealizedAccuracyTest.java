package com.leadscoring.realized;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import com.leadscoring.outcome.Outcome;
import com.leadscoring.outcome.Outcomes;
import com.leadscoring.realized.RealizedReport.VersionResult;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.RepetitionInfo;
import org.junit.jupiter.api.Test;

class RealizedAccuracyTest {

    static final Instant NOW = Instant.parse("2026-12-07T12:00:00Z");

    record Sample(FirstCaptures captures, Outcomes outcomes) {}

    /** {@code n} first captures of version "v", probabilities on a coarse grid (many ties), all decided. */
    static Sample sample(long seed, int n, double decidedShare) {
        Random r = new Random(seed);
        Map<String, ScoredLead> first = new HashMap<>();
        Map<String, Outcome> decided = new HashMap<>();
        for (int i = 0; i < n; i++) {
            String id = "L" + i;
            double p = Math.round(r.nextDouble() * 10) / 10.0;
            first.put(id, new ScoredLead(id, "s" + i, "v", NOW.toEpochMilli() - i, p, p >= 0.7 ? "A" : "B", p >= 0.5));
            if (r.nextDouble() < decidedShare) {
                decided.put(id, new Outcome(id, r.nextDouble() < p, null, i + 2));
            }
        }
        return new Sample(
                new FirstCaptures("mem", 1, n, first, Map.of(), NOW, NOW),
                new Outcomes("o.csv", null, decided, decided.size(), 0));
    }

    static VersionResult only(RealizedReport r) {
        assertEquals(1, r.modelVersions().size());
        return r.modelVersions().get(0);
    }

    static RealizedReport evaluate(Sample s, Expected promised, Duration unknownAfter) throws Exception {
        return RealizedAccuracy.evaluate(s.captures(), s.outcomes(), v -> promised, unknownAfter, NOW);
    }

    /** Property: evaluate's ROC AUC is the share of (buyer, non-buyer) pairs ordered right, ties counting half. */
    @RepeatedTest(40)
    void rocAucEqualsABruteForcePairwiseCount(RepetitionInfo info) throws Exception {
        Sample s = sample(info.getCurrentRepetition(), 5 + info.getCurrentRepetition() * 3, 0.8);
        double right = 0;
        long pairs = 0;
        for (Outcome a : s.outcomes().byId().values()) {
            for (Outcome b : s.outcomes().byId().values()) {
                if (a.buy() && !b.buy()) {
                    double pa = s.captures().first().get(a.id()).probability();
                    double pb = s.captures().first().get(b.id()).probability();
                    right += pa > pb ? 1 : pa == pb ? 0.5 : 0;
                    pairs++;
                }
            }
        }
        VersionResult v = only(evaluate(s, Expected.unknown("v"), null));
        if (pairs == 0) {
            assertTrue(Double.isNaN(v.rocAuc().value()), "no pair: undefined");
        } else {
            assertEquals(right / pairs, v.rocAuc().value(), 1e-12);
        }
    }

    @Test
    void gradesPrecisionAndRecallAreCountedDirectly() throws Exception {
        Sample s = sample(7, 500, 0.6);
        long aLeads = 0;
        long aBuyers = 0;
        long tp = 0;
        long fp = 0;
        long fn = 0;
        for (Outcome o : s.outcomes().byId().values()) {
            ScoredLead l = s.captures().first().get(o.id());
            if (l.grade().equals("A")) {
                aLeads++;
                aBuyers += o.buy() ? 1 : 0;
            }
            tp += l.buy() && o.buy() ? 1 : 0;
            fp += l.buy() && !o.buy() ? 1 : 0;
            fn += !l.buy() && o.buy() ? 1 : 0;
        }
        VersionResult v = only(evaluate(s, Expected.unknown("v"), null));
        assertEquals(500, v.leads());
        assertEquals(s.outcomes().byId().size(), v.decided());
        assertEquals(aLeads, v.grades().get(0).leads());
        assertEquals(aBuyers, v.grades().get(0).buyers());
        assertEquals((double) aBuyers / aLeads, v.grades().get(0).conversion(), 1e-12);
        assertEquals((double) tp / (tp + fp), v.precision().value(), 1e-12);
        assertEquals((double) tp / (tp + fn), v.recall().value(), 1e-12);
        assertEquals(2.0 * tp / (2 * tp + fp + fn), v.f1().value(), 1e-12);
        long calibrated = v.calibration().stream()
                .mapToLong(RealizedReport.CalibrationBin::leads)
                .sum();
        assertEquals(v.judged(), calibrated);
        assertTrue(v.rocAuc().interval().low() <= v.rocAuc().value()
                && v.rocAuc().value() <= v.rocAuc().interval().high());
    }

    @Test
    void theBootstrapIsSeeded() throws Exception {
        Sample s = sample(3, 300, 0.9);
        assertEquals(
                only(evaluate(s, Expected.unknown("v"), null)).grades(),
                only(evaluate(s, Expected.unknown("v"), null)).grades());
    }

    @Test
    void undecidedLeadsAreLeftOutOrCountedAsNotBoughtOnceOld() throws Exception {
        Sample s = sample(5, 200, 0.5);
        VersionResult out = only(evaluate(s, Expected.unknown("v"), null));
        assertEquals(0, out.countedNotBought());
        // Every capture is less than a second old: a day's patience counts none, none at all counts all.
        assertEquals(
                0, only(evaluate(s, Expected.unknown("v"), Duration.ofDays(1))).countedNotBought());
        VersionResult all = only(evaluate(s, Expected.unknown("v"), Duration.ofDays(0)));
        long undecidedBeforeNow = s.captures().first().values().stream()
                .filter(l -> s.outcomes().of(l.id()) == null && l.scoredAtMillis() < NOW.toEpochMilli())
                .count();
        assertEquals(undecidedBeforeNow, all.countedNotBought());
        assertEquals(out.decided() + undecidedBeforeNow, all.judged());
        assertEquals(out.buyers(), all.buyers());
    }

    @Test
    void aVersionFallingShortOfItsPromiseIsDegraded() throws Exception {
        Sample s = sample(11, 2000, 1.0);
        VersionResult honest = only(evaluate(s, Expected.unknown("v"), null));
        assertEquals(RealizedReport.OK, honest.verdict());
        assertNull(honest.expectedRocAuc());

        double aConversion = honest.grades().get(0).conversion();
        Expected modest =
                new Expected("v", honest.rocAuc().value() - 0.001, Map.of("A", aConversion), List.of("A", "B"));
        assertEquals(RealizedReport.OK, evaluate(s, modest, null).verdict(), "within the interval");

        Expected tooProud = new Expected("v", 0.999, Map.of("A", 0.99, "B", 0.5), List.of("A", "B"));
        RealizedReport r = evaluate(s, tooProud, null);
        assertEquals(RealizedReport.DEGRADED, r.verdict());
        assertEquals(2, only(r).reasons().size(), only(r).reasons().toString());
        assertEquals(0.99, only(r).grades().get(0).expectedConversion());
    }

    @Test
    void outcomesForLeadsNeverCapturedAreCounted() throws Exception {
        Sample s = sample(13, 50, 1.0);
        Map<String, Outcome> more = new HashMap<>(s.outcomes().byId());
        more.put("ghost-1", new Outcome("ghost-1", true, null, 900));
        more.put("ghost-2", new Outcome("ghost-2", false, null, 901));
        RealizedReport r = RealizedAccuracy.evaluate(
                s.captures(), new Outcomes("o.csv", null, more, more.size(), 0), v -> Expected.unknown(v), null, NOW);
        assertEquals(2, r.outcomes().neverCaptured());
        assertEquals(50, only(r).decided());
    }
}
