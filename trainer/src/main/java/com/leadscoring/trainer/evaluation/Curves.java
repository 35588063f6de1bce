package com.leadscoring.trainer.evaluation;

import java.util.Arrays;
import java.util.Comparator;
import java.util.stream.IntStream;

import org.tribuo.classification.evaluation.LabelEvaluationUtil;

/** The report's curves, each thinned to at most {@value #MAX_POINTS} points so report.html stays small. */
public final class Curves {

    static final int MAX_POINTS = 200;

    private Curves() {}

    public static Curve roc(double[] p, boolean[] y) {
        LabelEvaluationUtil.ROC roc = LabelEvaluationUtil.generateROCCurve(y, p);
        return thin(new Curve("roc", roc.fpr, roc.tpr));
    }

    public static Curve precisionRecall(double[] p, boolean[] y) {
        LabelEvaluationUtil.PRCurve pr = LabelEvaluationUtil.generatePRCurve(y, p);
        return thin(new Curve("precision-recall", pr.recall, pr.precision));
    }

    /** Mean predicted probability against observed buy rate, per equal-width probability bin (empty bins left out). */
    public static Curve reliability(double[] p, boolean[] y, int bins) {
        double[] sumP = new double[bins];
        double[] sumY = new double[bins];
        int[] n = new int[bins];
        for (int i = 0; i < p.length; i++) {
            int b = Math.min(bins - 1, (int) (p[i] * bins));
            sumP[b] += p[i];
            sumY[b] += y[i] ? 1 : 0;
            n[b]++;
        }
        int used = (int) Arrays.stream(n).filter(c -> c > 0).count();
        double[] xs = new double[used];
        double[] ys = new double[used];
        for (int b = 0, k = 0; b < bins; b++) {
            if (n[b] > 0) {
                xs[k] = sumP[b] / n[b];
                ys[k++] = sumY[b] / n[b];
            }
        }
        return new Curve("reliability", xs, ys);
    }

    /** Cumulative gain: share of leads contacted, highest probability first, against share of buyers found. */
    public static Curve gain(double[] p, boolean[] y) {
        int[] order = byProbabilityDescending(p);
        int positives = 0;
        for (boolean b : y) {
            positives += b ? 1 : 0;
        }
        double[] xs = new double[p.length + 1];
        double[] ys = new double[p.length + 1];
        int found = 0;
        for (int i = 0; i < order.length; i++) {
            found += y[order[i]] ? 1 : 0;
            xs[i + 1] = (i + 1.0) / p.length;
            ys[i + 1] = positives == 0 ? 0 : (double) found / positives;
        }
        return thin(new Curve("gain", xs, ys));
    }

    /** F1 when buying is predicted at each threshold 0.00, 0.01, ..., 1.00. */
    public static Curve f1ByThreshold(double[] p, boolean[] y) {
        double[] xs = new double[101];
        double[] ys = new double[101];
        for (int t = 0; t <= 100; t++) {
            xs[t] = t / 100.0;
            ys[t] = BinaryMetrics.evaluate(p, y, xs[t]).f1();
        }
        return new Curve("f1-by-threshold", xs, ys);
    }

    private static int[] byProbabilityDescending(double[] p) {
        return IntStream.range(0, p.length)
                .boxed()
                .sorted(Comparator.comparingDouble(i -> -p[i]))
                .mapToInt(Integer::intValue)
                .toArray();
    }

    static Curve thin(Curve c) {
        int n = c.x().length;
        if (n <= MAX_POINTS) {
            return c;
        }
        double[] xs = new double[MAX_POINTS];
        double[] ys = new double[MAX_POINTS];
        for (int i = 0; i < MAX_POINTS; i++) {
            int src = (int) Math.round((double) i * (n - 1) / (MAX_POINTS - 1));
            xs[i] = c.x()[src];
            ys[i] = c.y()[src];
        }
        return new Curve(c.name(), xs, ys);
    }
}
