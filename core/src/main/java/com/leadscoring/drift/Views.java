package com.leadscoring.drift;

import java.util.List;

import com.leadscoring.features.FeatureEncoder;
import com.leadscoring.lead.Lead;

/** Column-wise values of the {@link LeadView}s, and bin counts over them. */
final class Views {

    private Views() {}

    /** {@code [view][lead]}, NaN for missing; each lead is encoded once by the shared encoder. */
    static double[][] values(List<Lead> leads) {
        List<LeadView> views = LeadView.all();
        double[][] out = new double[views.size()][leads.size()];
        float[] encoded = new float[FeatureEncoder.SIZE];
        for (int i = 0; i < leads.size(); i++) {
            Lead lead = leads.get(i);
            FeatureEncoder.encode(lead, encoded, 0);
            for (int v = 0; v < views.size(); v++) {
                out[v][i] = views.get(v).value(lead, encoded);
            }
        }
        return out;
    }

    static long[] count(Binning binning, double[] values) {
        long[] counts = new long[binning.size()];
        for (double x : values) {
            if (Double.isNaN(x)) {
                if (!binning.missingBin()) {
                    throw new IllegalStateException("a missing value in a view without a missing bin");
                }
                counts[binning.missingIndex()]++;
            } else {
                counts[binning.binOf(x)]++;
            }
        }
        return counts;
    }

    static double[] widen(float[] values) {
        double[] out = new double[values.length];
        for (int i = 0; i < values.length; i++) {
            out[i] = values[i];
        }
        return out;
    }
}
