package com.leadscoring.trainer.normalize;

import com.leadscoring.features.Normalization;

/** Fits z-normalization (population mean and standard deviation per feature) on the rows it is given, nothing else. */
public final class ZNormalizerTrainer {

    private ZNormalizerTrainer() {}

    public static Normalization fit(FeatureMatrix m) {
        int w = m.width();
        double[] mean = new double[w];
        double[] m2 = new double[w];
        // Welford's update: stable for features with large offsets (days, activity counts).
        for (int r = 0; r < m.rows(); r++) {
            for (int j = 0; j < w; j++) {
                double x = m.values()[r * w + j];
                double d = x - mean[j];
                mean[j] += d / (r + 1);
                m2[j] += d * (x - mean[j]);
            }
        }
        double[] std = new double[w];
        for (int j = 0; j < w; j++) {
            std[j] = m.rows() > 0 ? Math.sqrt(m2[j] / m.rows()) : 0;
        }
        return new Normalization(mean, std);
    }
}
