package com.leadscoring.features;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.leadscoring.scoring.GradeBand;

/**
 * A model's fitted preprocessing, stored beside it as {@code preprocessing.json}: the encoder version and feature names
 * it was trained with, the z-normalization fitted on the training data, and the decision policy (threshold on the
 * calibrated probability, grade bands). {@link #normalize(float[], int, int)} is the only place normalization happens.
 *
 * @param encoderVersion the {@link FeatureEncoder#VERSION} the model was trained with
 * @param featureNames   feature names in vector order
 * @param means          per-feature training mean
 * @param stds           per-feature training standard deviation (0 for a constant feature)
 * @param threshold      probability at or above which a lead is predicted to buy
 * @param gradeBands     score bands for grades
 */
@JsonPropertyOrder({"encoderVersion", "featureNames", "means", "stds", "threshold", "gradeBands"})
public record PreprocessingParameters(
        @JsonProperty("encoderVersion") String encoderVersion,
        @JsonProperty("featureNames") List<String> featureNames,
        @JsonProperty("means") double[] means,
        @JsonProperty("stds") double[] stds,
        @JsonProperty("threshold") double threshold,
        @JsonProperty("gradeBands") List<GradeBand> gradeBands) {

    private static final ObjectMapper JSON = JsonMapper.builder()
            .enable(SerializationFeature.INDENT_OUTPUT)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .build();

    public PreprocessingParameters {
        if (encoderVersion == null || featureNames == null || means == null || stds == null) {
            throw new IllegalArgumentException("preprocessing parameters need encoderVersion, featureNames, means and stds");
        }
        featureNames = List.copyOf(featureNames);
        if (means.length != featureNames.size() || stds.length != featureNames.size()) {
            throw new IllegalArgumentException("preprocessing parameters have " + featureNames.size() + " feature names but "
                    + means.length + " means and " + stds.length + " standard deviations");
        }
        for (int i = 0; i < means.length; i++) {
            if (!Double.isFinite(means[i]) || !Double.isFinite(stds[i]) || stds[i] < 0) {
                throw new IllegalArgumentException("feature " + featureNames.get(i) + " has an invalid mean/std: "
                        + means[i] + "/" + stds[i]);
            }
        }
        if (!(threshold >= 0 && threshold <= 1)) {
            throw new IllegalArgumentException("threshold must be in [0, 1], got " + threshold);
        }
        gradeBands = GradeBand.validated(gradeBands == null ? GradeBand.DEFAULT : gradeBands);
        means = means.clone();
        stds = stds.clone();
    }

    /** Parameters for the current encoder with the given statistics, threshold and default grade bands. */
    public static PreprocessingParameters forCurrentEncoder(double[] means, double[] stds, double threshold) {
        return new PreprocessingParameters(FeatureEncoder.VERSION, FeatureEncoder.featureNames(), means, stds, threshold, GradeBand.DEFAULT);
    }

    /** A copy with another decision threshold. */
    public PreprocessingParameters withThreshold(double newThreshold) {
        return new PreprocessingParameters(encoderVersion, featureNames, means, stds, newThreshold, gradeBands);
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
        return featureNames.size();
    }

    /**
     * Z-normalizes {@code rows} consecutive vectors in place, starting at {@code offset}. A constant feature
     * (std 0) is only centred, so it becomes 0 rather than NaN.
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

    /**
     * Throws {@link IllegalStateException} naming the first difference when these parameters were not made by the
     * running encoder: a model must never be fed vectors in an order it was not trained on.
     */
    public void checkMatchesEncoder() {
        if (!FeatureEncoder.VERSION.equals(encoderVersion)) {
            throw new IllegalStateException("model was trained with feature encoder " + encoderVersion
                    + " but this code runs " + FeatureEncoder.VERSION);
        }
        List<String> expected = FeatureEncoder.featureNames();
        List<String> problems = new ArrayList<>();
        for (int i = 0; i < Math.max(expected.size(), featureNames.size()); i++) {
            String want = i < expected.size() ? expected.get(i) : "(none)";
            String got = i < featureNames.size() ? featureNames.get(i) : "(none)";
            if (!want.equals(got)) {
                problems.add("feature " + i + " is " + got + " in the model but " + want + " in the encoder");
            }
        }
        if (!problems.isEmpty()) {
            throw new IllegalStateException("model features do not match the encoder: " + String.join("; ", problems));
        }
    }

    public byte[] toJson() {
        try {
            return JSON.writeValueAsBytes(this);
        } catch (IOException e) {
            throw new IllegalStateException("cannot serialise preprocessing parameters", e);
        }
    }

    /** Parses {@code preprocessing.json}; a malformed file is an {@link IOException} naming the problem. */
    public static PreprocessingParameters fromJson(byte[] json) throws IOException {
        try {
            return JSON.readValue(json, PreprocessingParameters.class);
        } catch (com.fasterxml.jackson.core.JacksonException e) {
            throw new IOException("preprocessing.json is not valid: " + e.getOriginalMessage(), e);
        } catch (IllegalArgumentException e) {
            throw new IOException("preprocessing.json is not valid: " + e.getMessage(), e);
        }
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof PreprocessingParameters p && encoderVersion.equals(p.encoderVersion)
                && featureNames.equals(p.featureNames) && Arrays.equals(means, p.means) && Arrays.equals(stds, p.stds)
                && Double.compare(threshold, p.threshold) == 0 && gradeBands.equals(p.gradeBands);
    }

    @Override
    public int hashCode() {
        return 31 * encoderVersion.hashCode() + Arrays.hashCode(means) + 7 * Arrays.hashCode(stds) + featureNames.hashCode();
    }

    @Override
    public String toString() {
        return "PreprocessingParameters[" + encoderVersion + ", " + featureNames.size() + " features, threshold " + threshold + "]";
    }
}
