package com.leadscoring.features;

import java.util.ArrayList;
import java.util.List;

/**
 * What a model expects as input: the encoder version and the feature names in vector order. A model is only ever fed
 * vectors made by the encoder it was trained with ({@link #encoder()}, one of {@link FeatureEncoders});
 * {@link #checkServableBy()} is how the store refuses a model whose encoder this build does not have, or whose names
 * differ.
 *
 * @param encoderVersion the {@link LeadEncoder#version()} the model was trained with
 * @param featureNames feature names in vector order
 */
public record FeatureContract(String encoderVersion, List<String> featureNames) {

    public FeatureContract {
        if (encoderVersion == null || encoderVersion.isBlank() || featureNames == null) {
            throw new IllegalArgumentException("a feature contract needs an encoder version and feature names");
        }
        featureNames = List.copyOf(featureNames);
    }

    /** The contract of the encoder {@code train} uses by default ({@link FeatureEncoders#DEFAULT}). */
    public static FeatureContract current() {
        return FeatureEncoders.DEFAULT.contract();
    }

    /** The encoder that feeds this model; {@link IllegalStateException} when this build has none of that name. */
    public LeadEncoder encoder() {
        try {
            return FeatureEncoders.forVersion(encoderVersion);
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException("the model's encoder is not in this build: " + e.getMessage(), e);
        }
    }

    public int size() {
        return featureNames.size();
    }

    /** The differences with the encoder this contract names, empty when that encoder can feed the model. */
    public List<String> differencesFromEncoder() {
        List<String> problems = new ArrayList<>();
        if (!FeatureEncoders.isKnown(encoderVersion)) {
            problems.add("the model was trained with feature encoder " + encoderVersion + " but this code has "
                    + String.join(
                            ", ",
                            FeatureEncoders.released().stream()
                                    .map(LeadEncoder::version)
                                    .toList()));
            return problems;
        }
        List<String> expected = FeatureEncoders.forVersion(encoderVersion).featureNames();
        for (int i = 0; i < Math.max(expected.size(), featureNames.size()); i++) {
            String want = i < expected.size() ? expected.get(i) : "(none)";
            String got = i < featureNames.size() ? featureNames.get(i) : "(none)";
            if (!want.equals(got)) {
                problems.add("feature " + i + " is " + got + " in the model but " + want + " in the encoder");
            }
        }
        return problems;
    }

    /** Throws {@link IllegalStateException} naming every difference when the named encoder cannot feed this model. */
    public void checkServableBy() {
        List<String> problems = differencesFromEncoder();
        if (!problems.isEmpty()) {
            throw new IllegalStateException("model features do not match the encoder: " + String.join("; ", problems));
        }
    }
}
