package com.leadscoring.features;

import java.util.Arrays;

/**
 * Fitted z-normalization of encoded feature vectors: per-feature mean and standard deviation from the training rows.
 * {@link #normalize(float[], int, int)} is the only place normalization happens, in training and in serving.
 *
 * @param means per-feature training mean
 * @param stds per-feature training standard deviation (0 for a constant feature)
 */
public record Normalization(double[] means, double[] stds) {

    public Normalization {
        if (means == null || stds == null || means.length != stds.length) {
            throw new IllegalArgumentException("normalization needs as many means as standard deviations");
        }
        for (int i = 0; i < means.length; i++) {
            if (!Double.isFinite(means[i]) || !Double.isFinite(stds[i]) || stds[i] < 0) {
                throw new IllegalArgumentException(
                        "feature " + i + " has an invalid mean/std: " + means[i] + "/" + stds[i]);
            }
        }
        means = means.clone();
        stds = stds.clone();
    }

    @Override
    public double[] means() {
        return means.clone();
    }

    @Override
    public double[] stds() {
        return stds.clone();
    }

    public int size() {
        return means.length;
    }

    /**
     * Z-normalizes {@code rows} consecutive vectors in place, starting at {@code offset}. A constant feature (std 0) is
     * only centred, so it becomes 0 rather than NaN.
     */
    public void normalize(float[] buffer, int offset, int rows) {
        int n = means.length;
        for (int r = 0; r < rows; r++) {
            int base = offset + r * n;
            for (int i = 0; i < n; i++) {
                double sd = stds[i] > 0 ? stds[i] : 1.0;
                buffer[base + i] = (float) ((buffer[base + i] - means[i]) / sd);
            }
        }
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Normalization z && Arrays.equals(means, z.means) && Arrays.equals(stds, z.stds);
    }

    @Override
    public int hashCode() {
        return 31 * Arrays.hashCode(means) + Arrays.hashCode(stds);
    }

    @Override
    public String toString() {
        return "Normalization[" + means.length + " features]";
    }
}
