package com.leadscoring.trainer.evaluation;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.leadscoring.decision.DecisionPolicy;
import com.leadscoring.decision.GradeBand;

/**
 * What each grade means to sales, on leads the model never saw: per grade, the leads, the buyers among them, the
 * conversion rate and the share of all buyers it holds.
 */
public final class GradeTable {

    /**
     * @param grade          the grade
     * @param leads          leads graded so
     * @param buyers         buyers among them
     * @param conversion     buyers / leads
     * @param shareOfBuyers  buyers / all buyers
     */
    public record Row(String grade, int leads, int buyers, double conversion, double shareOfBuyers) {
    }

    private GradeTable() {
    }

    /** Rows in band order (A first); rows whose probability is NaN (never held out) are left out. */
    public static List<Row> of(double[] probabilities, boolean[] labels, DecisionPolicy policy) {
        Map<String, int[]> counts = new LinkedHashMap<>();
        for (GradeBand b : policy.gradeBands()) {
            counts.put(b.grade(), new int[2]);
        }
        int allBuyers = 0;
        for (int i = 0; i < probabilities.length; i++) {
            if (Double.isNaN(probabilities[i])) {
                continue;
            }
            int[] c = counts.get(policy.grade(DecisionPolicy.score(probabilities[i])));
            c[0]++;
            if (labels[i]) {
                c[1]++;
                allBuyers++;
            }
        }
        List<Row> rows = new ArrayList<>();
        for (Map.Entry<String, int[]> e : counts.entrySet()) {
            int[] c = e.getValue();
            rows.add(new Row(e.getKey(), c[0], c[1], c[0] == 0 ? 0 : (double) c[1] / c[0],
                    allBuyers == 0 ? 0 : (double) c[1] / allBuyers));
        }
        return rows;
    }

    /** Share of buyers and of non-buyers per score decile (0–9, 10–19, ..., 90–100). */
    public static double[][] scoreDistribution(double[] probabilities, boolean[] labels) {
        double[][] shares = new double[2][10];
        int[] totals = new int[2];
        for (int i = 0; i < probabilities.length; i++) {
            if (Double.isNaN(probabilities[i])) {
                continue;
            }
            int cls = labels[i] ? 0 : 1;
            shares[cls][Math.min(9, DecisionPolicy.score(probabilities[i]) / 10)]++;
            totals[cls]++;
        }
        for (int c = 0; c < 2; c++) {
            for (int b = 0; b < 10; b++) {
                shares[c][b] = totals[c] == 0 ? 0 : shares[c][b] / totals[c];
            }
        }
        return shares;
    }
}
