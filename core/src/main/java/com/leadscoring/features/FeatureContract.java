package com.leadscoring.features;

import java.util.List;

/**
 * What a model expects as input: the encoder version and the feature names in vector order. A plain value: a model is
 * only ever fed vectors made by the encoder it was trained with, which {@link FeatureEncoders#forContract} resolves
 * (refusing a model whose encoder this build does not have, or whose names differ).
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

    public int size() {
        return featureNames.size();
    }
}
