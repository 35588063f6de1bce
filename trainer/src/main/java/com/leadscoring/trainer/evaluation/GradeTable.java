package com.leadscoring.trainer.evaluation;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.leadscoring.decision.DecisionPolicy;
import com.leadscoring.decision.GradeBand;

/**
 * What each grade means to sales, on leads the model never saw: per grade, the leads, the buyers among them, the
 * conversion rate, the share of all buyers it holds and the share caught by calling it and every grade above it; and
 * whether the grades meet the rules that make them worth acting on ({@link #brokenRules(List)}).
 */
public final class GradeTable {

    /**
     * @param grade the grade
     * @param leads leads graded so
     * @param buyers buyers among them
     * @param conversion buyers / leads
     * @param shareOfBuyers buyers / all buyers
     * @param shareOfLeads leads / all leads
     * @param cumulativeShareOfBuyers buyers in this grade and every grade above it / all buyers
     */
    public record Row(
            String grade,
            int leads,
            int buyers,
            double conversion,
            double shareOfBuyers,
            double shareOfLeads,
            double cumulativeShareOfBuyers) {}

    /** The most leads grade A may hold: a short call-first list. */
    public static final double MAX_A_SHARE_OF_LEADS = 0.10;
    /** The most buyers the last grade may hold: a grade sales can skip. */
    public static final double MAX_LAST_SHARE_OF_BUYERS = 0.10;

    private GradeTable() {}

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
            int[] c = counts.get(policy.gradeOfProbability(probabilities[i]));
            c[0]++;
            if (labels[i]) {
                c[1]++;
                allBuyers++;
            }
        }
        int allLeads = counts.values().stream().mapToInt(c -> c[0]).sum();
        List<Row> rows = new ArrayList<>();
        int buyersSoFar = 0;
        for (Map.Entry<String, int[]> e : counts.entrySet()) {
            int[] c = e.getValue();
            buyersSoFar += c[1];
            rows.add(new Row(
                    e.getKey(),
                    c[0],
                    c[1],
                    c[0] == 0 ? 0 : (double) c[1] / c[0],
                    allBuyers == 0 ? 0 : (double) c[1] / allBuyers,
                    allLeads == 0 ? 0 : (double) c[0] / allLeads,
                    allBuyers == 0 ? 0 : (double) buyersSoFar / allBuyers));
        }
        return rows;
    }

    /**
     * The rules grades must meet to tell a sales team whom to call first, each broken one in words (empty when all
     * hold): conversion falls strictly from each grade to the next, A holds at most 10 % of leads, and the last grade
     * at most 10 % of buyers.
     */
    public static List<String> brokenRules(List<Row> rows) {
        List<String> broken = new ArrayList<>();
        for (int i = 1; i < rows.size(); i++) {
            if (!(rows.get(i).conversion() < rows.get(i - 1).conversion())) {
                broken.add("conversion does not fall from " + rows.get(i - 1).grade() + " to "
                        + rows.get(i).grade());
            }
        }
        if (!rows.isEmpty() && rows.get(0).shareOfLeads() > MAX_A_SHARE_OF_LEADS) {
            broken.add(rows.get(0).grade() + " holds " + pct(rows.get(0).shareOfLeads()) + " of leads (at most 10 %)");
        }
        Row last = rows.isEmpty() ? null : rows.get(rows.size() - 1);
        if (last != null && last.shareOfBuyers() > MAX_LAST_SHARE_OF_BUYERS) {
            broken.add(last.grade() + " holds " + pct(last.shareOfBuyers()) + " of buyers (at most 10 %)");
        }
        return broken;
    }

    private static String pct(double share) {
        return String.format(Locale.ROOT, "%.1f %%", 100 * share);
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
