package com.leadscoring.trainer.cv;

import java.util.List;
import java.util.Locale;

/**
 * Mean and sample standard deviation of one figure over folds.
 *
 * @param mean mean over folds
 * @param sd sample standard deviation over folds (0 with one fold)
 */
public record MetricSummary(double mean, double sd) {

    public static MetricSummary of(List<Double> values) {
        int n = values.size();
        double mean = values.stream().mapToDouble(Double::doubleValue).average().orElse(Double.NaN);
        double ss = 0;
        for (double v : values) {
            ss += (v - mean) * (v - mean);
        }
        return new MetricSummary(mean, n > 1 ? Math.sqrt(ss / (n - 1)) : 0);
    }

    @Override
    public String toString() {
        return String.format(Locale.ROOT, "%.4f ± %.4f", mean, sd);
    }
}
