package com.leadscoring.trainer.normalize;

import java.util.Arrays;
import java.util.List;

import com.leadscoring.features.LeadEncoder;
import com.leadscoring.features.Normalization;
import com.leadscoring.trainer.data.LabeledLead;

/**
 * Leads encoded by {@code encoder} as one row-major {@code float[rows × encoder.size()]} with their labels: the layout
 * the DNN, SMOTE and the ONNX input all share, so nothing is copied per row.
 */
public record FeatureMatrix(float[] values, boolean[] labels, int rows, LeadEncoder encoder) {

    public FeatureMatrix {
        int width = encoder.size();
        if (values.length != rows * width || labels.length != rows) {
            throw new IllegalArgumentException("matrix of " + rows + " rows needs " + rows * width + " values and "
                    + rows + " labels, got " + values.length + " and " + labels.length);
        }
    }

    /** Features per row. */
    public int width() {
        return encoder.size();
    }

    public static FeatureMatrix encode(List<LabeledLead> leads, LeadEncoder encoder) {
        int width = encoder.size();
        float[] v = new float[leads.size() * width];
        boolean[] y = new boolean[leads.size()];
        for (int i = 0; i < y.length; i++) {
            encoder.encode(leads.get(i).lead(), v, i * width);
            y[i] = leads.get(i).buy();
        }
        return new FeatureMatrix(v, y, y.length, encoder);
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
        return new FeatureMatrix(v, labels.clone(), rows, encoder);
    }

    /** This matrix's rows followed by {@code other}'s. */
    public FeatureMatrix concat(FeatureMatrix other) {
        float[] v = Arrays.copyOf(values, values.length + other.values.length);
        System.arraycopy(other.values, 0, v, values.length, other.values.length);
        boolean[] y = Arrays.copyOf(labels, rows + other.rows);
        System.arraycopy(other.labels, 0, y, rows, other.rows);
        return new FeatureMatrix(v, y, rows + other.rows, encoder);
    }

    /** Row {@code i} as a new array (for libraries that want one object per row). */
    public float[] row(int i) {
        return Arrays.copyOfRange(values, i * width(), (i + 1) * width());
    }
}
