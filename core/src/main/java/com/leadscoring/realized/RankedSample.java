package com.leadscoring.realized;

import java.util.Arrays;
import java.util.List;

/**
 * Judged leads of one model version, sorted once by probability so that every figure, and every bootstrap resample of
 * it, is one pass with a weight per lead (how many times the resample drew it; 1 for the sample itself). Tied
 * probabilities are handled as groups: a tie counts half in ROC AUC and is one threshold in PR AUC.
 */
final class RankedSample {

    final int n;
    final double[] probability; // ascending
    final boolean[] label;
    final boolean[] predicted;
    final int[] grade; // index into grades
    final List<String> grades;
    private final int[] groupEnd; // for each start of a tie group, one past its end

    RankedSample(double[] p, boolean[] y, boolean[] buy, String[] gradeOf, List<String> grades) {
        n = p.length;
        Integer[] order = new Integer[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        Arrays.sort(order, (a, b) -> Double.compare(p[a], p[b]));
        probability = new double[n];
        label = new boolean[n];
        predicted = new boolean[n];
        grade = new int[n];
        this.grades = grades;
        for (int i = 0; i < n; i++) {
            int k = order[i];
            probability[i] = p[k];
            label[i] = y[k];
            predicted[i] = buy[k];
            grade[i] = grades.indexOf(gradeOf[k]);
        }
        groupEnd = new int[n];
        for (int i = 0; i < n; ) {
            int j = i + 1;
            while (j < n && probability[j] == probability[i]) {
                j++;
            }
            groupEnd[i] = j;
            i = j;
        }
    }

    /** ROC AUC: the share of (buyer, non-buyer) pairs ordered right, ties half; NaN without both classes. */
    double rocAuc(int[] w) {
        double cumNeg = 0;
        double area = 0;
        double pos = 0;
        for (int i = 0; i < n; i = groupEnd[i]) {
            double gp = 0;
            double gn = 0;
            for (int k = i; k < groupEnd[i]; k++) {
                double wk = w == null ? 1 : w[k];
                if (label[k]) {
                    gp += wk;
                } else {
                    gn += wk;
                }
            }
            area += gp * (cumNeg + 0.5 * gn);
            cumNeg += gn;
            pos += gp;
        }
        return pos == 0 || cumNeg == 0 ? Double.NaN : area / (pos * cumNeg);
    }

    /** PR AUC as average precision: the precision at each threshold, weighted by the recall it adds. */
    double prAuc(int[] w) {
        double pos = 0;
        for (int k = 0; k < n; k++) {
            pos += label[k] ? (w == null ? 1 : w[k]) : 0;
        }
        if (pos == 0) {
            return Double.NaN;
        }
        double tp = 0;
        double fp = 0;
        double ap = 0;
        // Highest probability first: walk the groups from the top.
        int end = n;
        while (end > 0) {
            int start = end - 1;
            while (start > 0 && probability[start - 1] == probability[end - 1]) {
                start--;
            }
            double gp = 0;
            double gn = 0;
            for (int k = start; k < end; k++) {
                double wk = w == null ? 1 : w[k];
                if (label[k]) {
                    gp += wk;
                } else {
                    gn += wk;
                }
            }
            tp += gp;
            fp += gn;
            if (gp > 0) {
                ap += gp / pos * (tp / (tp + fp));
            }
            end = start;
        }
        return ap;
    }

    /** {tp, fp, fn} of the answered buy flags (the served threshold). */
    double[] confusion(int[] w) {
        double[] c = new double[3];
        for (int k = 0; k < n; k++) {
            double wk = w == null ? 1 : w[k];
            if (predicted[k] && label[k]) {
                c[0] += wk;
            } else if (predicted[k]) {
                c[1] += wk;
            } else if (label[k]) {
                c[2] += wk;
            }
        }
        return c;
    }

    static double precision(double[] c) {
        return c[0] + c[1] == 0 ? Double.NaN : c[0] / (c[0] + c[1]);
    }

    static double recall(double[] c) {
        return c[0] + c[2] == 0 ? Double.NaN : c[0] / (c[0] + c[2]);
    }

    static double f1(double[] c) {
        return 2 * c[0] + c[1] + c[2] == 0 ? Double.NaN : 2 * c[0] / (2 * c[0] + c[1] + c[2]);
    }

    /** Per grade: {leads, buyers}. */
    double[][] gradeCounts(int[] w) {
        double[][] c = new double[grades.size()][2];
        for (int k = 0; k < n; k++) {
            if (grade[k] >= 0) {
                double wk = w == null ? 1 : w[k];
                c[grade[k]][0] += wk;
                c[grade[k]][1] += label[k] ? wk : 0;
            }
        }
        return c;
    }
}
