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
 * @param badRowExamples the first few of them, by line and column
 * @param minLeads the fewest valid leads whose PSI is judged ({@link DriftCheck#DEFAULT_MIN_LEADS})
 * @param fields one result per source field
 * @param score the calibrated probability's result
 */
public record DriftResult(
        String modelVersion,
        long referenceRows,
        String source,
        long rows,
        long badRows,
        List<BadRow> badRowExamples,
        long minLeads,
        List<FieldDrift> fields,
        FieldDrift score) {

    /**
     * Whether there are too few leads to judge: below the minimum, PSI measures the sample's noise (20 leads of the
     * training population gave a PSI of 2.2), so nothing is called shifted.
     */
    public boolean tooFewLeads() {
        return rows < minLeads;
    }

    /** Every view in the shifted band, the score last; none when there are {@link #tooFewLeads() too few leads}. */
    public List<FieldDrift> shifted() {
        List<FieldDrift> out = new ArrayList<>();
        if (tooFewLeads()) {
            return out;
        }
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

    /**
     * Compares new leads (and the model's probabilities for them) with a reference; fewer than {@code minLeads} valid
     * leads are measured but not judged.
     */
    public static DriftResult compare(
            ReferenceProfile reference,
            String source,
            List<Lead> leads,
            float[] probabilities,
            long badRows,
            List<BadRow> badRowExamples,
            long minLeads) {
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
                minLeads,
                fields,
                score);
    }

    private static FieldDrift drift(Distribution ref, double[] values, List<String> labels) {
        double[] current = Psi.shares(Views.count(ref.binning(), values));
        double psi = Psi.of(ref.shares(), current);
        return new FieldDrift(ref.name(), ref.view(), psi, Psi.band(psi), labels, ref.shares(), current);
    }
}
