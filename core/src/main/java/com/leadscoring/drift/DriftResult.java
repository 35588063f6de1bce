package com.leadscoring.drift;

import java.util.ArrayList;
import java.util.List;

import com.leadscoring.features.FeatureEncoder;
import com.leadscoring.lead.Lead;

/**
 * New leads against a model's reference.
 *
 * @param modelVersion the version compared with
 * @param referenceRows training rows behind the reference
 * @param source where the new leads came from
 * @param rows valid new leads compared
 * @param badRows rows that could not be read as leads (counted, never silently dropped)
 * @param badRowExamples the first few of them, line-numbered
 * @param fields one result per source field
 * @param score the calibrated probability's result
 */
public record DriftResult(
        String modelVersion,
        long referenceRows,
        String source,
        long rows,
        long badRows,
        List<String> badRowExamples,
        List<FieldDrift> fields,
        FieldDrift score) {

    /** Every view in the shifted band, the score last. */
    public List<FieldDrift> shifted() {
        List<FieldDrift> out = new ArrayList<>();
        for (FieldDrift f : all()) {
            if (f.band() == Psi.Band.SHIFTED) {
                out.add(f);
            }
        }
        return out;
    }

    /** Fields, then the score. */
    public List<FieldDrift> all() {
        List<FieldDrift> out = new ArrayList<>(fields);
        out.add(score);
        return out;
    }

    /** Compares new leads (and the model's probabilities for them) with a reference. */
    public static DriftResult compare(
            ReferenceProfile reference,
            String source,
            List<Lead> leads,
            float[] probabilities,
            long badRows,
            List<String> badRowExamples) {
        if (!FeatureEncoder.VERSION.equals(reference.encoderVersion())) {
            throw new IllegalStateException(ReferenceProfile.FILE + " was made with encoder "
                    + reference.encoderVersion() + ", this code runs " + FeatureEncoder.VERSION);
        }
        double[][] values = Views.values(leads);
        List<FieldDrift> fields = new ArrayList<>();
        for (int v = 0; v < LeadView.all().size(); v++) {
            LeadView view = LeadView.all().get(v);
            Distribution ref = reference.fields().stream()
                    .filter(d -> d.name().equals(view.name()))
                    .findFirst()
                    .orElseThrow(() -> new IllegalStateException(
                            ReferenceProfile.FILE + " has no distribution for " + view.name()));
            fields.add(drift(ref, values[v], view.labels(ref.binning())));
        }
        FieldDrift score = drift(
                reference.score(),
                Views.widen(probabilities),
                reference.score().binning().labels());
        return new DriftResult(
                reference.modelVersion(),
                reference.rows(),
                source,
                leads.size(),
                badRows,
                List.copyOf(badRowExamples),
                fields,
                score);
    }

    private static FieldDrift drift(Distribution ref, double[] values, List<String> labels) {
        double[] current = Psi.shares(Views.count(ref.binning(), values));
        double psi = Psi.of(ref.shares(), current);
        return new FieldDrift(ref.name(), ref.view(), psi, Psi.band(psi), labels, ref.shares(), current);
    }
}
