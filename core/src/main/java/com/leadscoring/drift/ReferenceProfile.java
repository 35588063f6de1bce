package com.leadscoring.drift;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.leadscoring.features.FeatureEncoder;
import com.leadscoring.lead.Lead;

/**
 * {@code reference.json} of a model version: the distribution of every source field ({@link LeadView}) and of the
 * model's calibrated probability over its training rows, with the bins new leads are counted in.
 *
 * @param schemaVersion version of this format (1)
 * @param modelVersion the model it describes
 * @param encoderVersion the encoder the derived views come from
 * @param rows training rows it was taken from
 * @param fields one distribution per source field, in {@link LeadView#all()} order
 * @param score the calibrated probability, in {@link #SCORE_BINNING}
 */
public record ReferenceProfile(
        int schemaVersion,
        String modelVersion,
        String encoderVersion,
        long rows,
        List<Distribution> fields,
        Distribution score) {

    public static final String FILE = "reference.json";
    public static final int SCHEMA_VERSION = 1;
    /**
     * Fixed probability bins: fine where most leads are (few buy) and the grade bands (25/50/75) above, so a move
     * between grades always shows.
     */
    public static final Binning SCORE_BINNING =
            Binning.ranges(new double[] {0.01, 0.02, 0.05, 0.10, 0.25, 0.50, 0.75}, false);

    public static final String SCORE = "score";
    public static final String SCORE_VIEW = "calibrated probability";

    private static final ObjectMapper JSON = JsonMapper.builder()
            .enable(SerializationFeature.INDENT_OUTPUT)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .build();

    public ReferenceProfile {
        fields = List.copyOf(fields);
    }

    /** The profile of training rows and the model's probabilities for them (same order). */
    public static ReferenceProfile of(String modelVersion, List<Lead> leads, float[] probabilities) {
        if (leads.isEmpty() || probabilities.length != leads.size()) {
            throw new IllegalArgumentException("need one probability per lead, and at least one lead");
        }
        double[][] values = Views.values(leads);
        List<Distribution> fields = new ArrayList<>();
        for (int v = 0; v < LeadView.all().size(); v++) {
            LeadView view = LeadView.all().get(v);
            double[] present =
                    Arrays.stream(values[v]).filter(x -> !Double.isNaN(x)).toArray();
            Binning binning = Binning.fit(present, leads.size(), view.nullable());
            fields.add(
                    new Distribution(view.name(), view.view(), binning, Psi.shares(Views.count(binning, values[v]))));
        }
        Distribution score = new Distribution(
                SCORE, SCORE_VIEW, SCORE_BINNING, Psi.shares(Views.count(SCORE_BINNING, Views.widen(probabilities))));
        return new ReferenceProfile(SCHEMA_VERSION, modelVersion, FeatureEncoder.VERSION, leads.size(), fields, score);
    }

    public byte[] toJson() {
        try {
            return JSON.writeValueAsBytes(this);
        } catch (IOException e) {
            throw new IllegalStateException("cannot write " + FILE, e);
        }
    }

    /** Parses {@code reference.json}; a malformed or foreign file is an {@link IOException} naming the problem. */
    public static ReferenceProfile fromJson(byte[] json) throws IOException {
        ReferenceProfile p;
        try {
            p = JSON.readValue(json, ReferenceProfile.class);
        } catch (JacksonException | IllegalArgumentException e) {
            throw new IOException(FILE + " is not valid: " + e.getMessage(), e);
        }
        if (p.schemaVersion() != SCHEMA_VERSION) {
            throw new IOException(
                    FILE + " has schema version " + p.schemaVersion() + ", this code reads " + SCHEMA_VERSION);
        }
        return p;
    }
}
