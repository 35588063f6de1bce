package com.leadscoring.features;

import java.util.ArrayList;
import java.util.List;

/**
 * What a model expects as input: the encoder version and the feature names in vector order. A model is only ever fed
 * vectors made by the encoder it was trained with; {@link #checkServableBy()} is how the store refuses anything else
 * when it loads a model.
 *
 * @param encoderVersion the {@link FeatureEncoder#VERSION} the model was trained with
 * @param featureNames   feature names in vector order
 */
public record FeatureContract(String encoderVersion, List<String> featureNames) {

    public FeatureContract {
        if (encoderVersion == null || encoderVersion.isBlank() || featureNames == null) {
            throw new IllegalArgumentException("a feature contract needs an encoder version and feature names");
        }
        featureNames = List.copyOf(featureNames);
    }

    /** The contract of the encoder in this build. */
    public static FeatureContract current() {
        return new FeatureContract(FeatureEncoder.VERSION, FeatureEncoder.featureNames());
    }

    public int size() {
        return featureNames.size();
    }

    /** The first differences with the running encoder, empty when this contract is the running encoder's. */
    public List<String> differencesFromCurrent() {
        List<String> problems = new ArrayList<>();
        if (!FeatureEncoder.VERSION.equals(encoderVersion)) {
            problems.add("the model was trained with feature encoder " + encoderVersion + " but this code runs " + FeatureEncoder.VERSION);
            return problems;
        }
        List<String> expected = FeatureEncoder.featureNames();
        for (int i = 0; i < Math.max(expected.size(), featureNames.size()); i++) {
            String want = i < expected.size() ? expected.get(i) : "(none)";
            String got = i < featureNames.size() ? featureNames.get(i) : "(none)";
            if (!want.equals(got)) {
                problems.add("feature " + i + " is " + got + " in the model but " + want + " in the encoder");
            }
        }
        return problems;
    }

    /**
     * Throws {@link IllegalStateException} naming every difference when the running encoder cannot feed this model.
     */
    public void checkServableBy() {
        List<String> problems = differencesFromCurrent();
        if (!problems.isEmpty()) {
            throw new IllegalStateException("model features do not match the encoder: " + String.join("; ", problems));
        }
    }
}
