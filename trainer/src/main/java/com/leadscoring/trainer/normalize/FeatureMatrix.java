package com.leadscoring.trainer.normalize;

import java.util.List;

import com.leadscoring.features.FeatureEncoder;
import com.leadscoring.features.Normalization;
import com.leadscoring.trainer.data.LabeledLead;

/**
 * Encoded leads as one row-major {@code float[rows × FeatureEncoder.SIZE]} with their labels: the layout the DNN,
 * SMOTE and the ONNX input all share, so nothing is copied per row.
 */
public record FeatureMatrix(float[] values, boolean[] labels, int rows) {

    public static final int WIDTH = FeatureEncoder.SIZE;

    public FeatureMatrix {
        if (values.length != rows * WIDTH || labels.length != rows) {
            throw new IllegalArgumentException("matrix of " + rows + " rows needs " + rows * WIDTH + " values and "
                    + rows + " labels, got " + values.length + " and " + labels.length);
        }
    }

    public static FeatureMatrix encode(List<LabeledLead> leads) {
        float[] v = new float[leads.size() * WIDTH];
        boolean[] y = new boolean[leads.size()];
        for (int i = 0; i < y.length; i++) {
            FeatureEncoder.encode(leads.get(i).lead(), v, i * WIDTH);
            y[i] = leads.get(i).buy();
        }
        return new FeatureMatrix(v, y, y.length);
    }

    public int positives() {
        int n = 0;
        for (boolean b : labels) {
            n += b ? 1 : 0;
        }
        return n;
    }

    /** A normalized copy. */
    public FeatureMatrix normalized(Normalization p) {
        float[] v = values.clone();
        p.normalize(v, 0, rows);
        return new FeatureMatrix(v, labels.clone(), rows);
    }

    /** This matrix's rows followed by {@code other}'s. */
    public FeatureMatrix concat(FeatureMatrix other) {
        float[] v = java.util.Arrays.copyOf(values, values.length + other.values.length);
        System.arraycopy(other.values, 0, v, values.length, other.values.length);
        boolean[] y = java.util.Arrays.copyOf(labels, rows + other.rows);
        System.arraycopy(other.labels, 0, y, rows, other.rows);
        return new FeatureMatrix(v, y, rows + other.rows);
    }

    /** Row {@code i} as a new array (for libraries that want one object per row). */
    public float[] row(int i) {
        return java.util.Arrays.copyOfRange(values, i * WIDTH, (i + 1) * WIDTH);
    }
}
