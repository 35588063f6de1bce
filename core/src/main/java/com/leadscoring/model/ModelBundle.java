package com.leadscoring.model;

import com.leadscoring.features.FeatureContract;


/**
 * A model version loaded from a store with every checksum verified and its features checked against the running
 * encoder: everything the function needs to score.
 *
 * @param manifest      the version's manifest
 * @param onnxModel     the bytes of {@code model.onnx}
 * @param preprocessing the parsed {@code preprocessing.json}
 * @param metricsJson   the bytes of {@code metrics.json} (validation metrics, for {@code GET /v1/model})
 */
public record ModelBundle(Manifest manifest, byte[] onnxModel, PreprocessingParameters preprocessing, byte[] metricsJson) {

    /** Refuses, naming every difference, a model that the running encoder cannot feed: no bundle exists unchecked. */
    public ModelBundle {
        preprocessing.contract().checkServableBy();
        FeatureContract named = new FeatureContract(String.valueOf(manifest.encoderVersion()),
                manifest.featureNames() == null ? java.util.List.of() : manifest.featureNames());
        if (!named.equals(preprocessing.contract())) {
            throw new IllegalStateException("preprocessing.json was made for " + preprocessing.contract()
                    + " but the manifest names " + named);
        }
    }
}
