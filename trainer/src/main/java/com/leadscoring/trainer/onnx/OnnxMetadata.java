package com.leadscoring.trainer.onnx;

import java.util.LinkedHashMap;
import java.util.Map;

import ai.onnx.proto.OnnxMl;

/** Writes {@link ExportMetadata} into a model's metadata_props (read back by ORT's custom metadata). */
final class OnnxMetadata {

    static final String PRODUCER = "lead-scoring-trainer";

    private OnnxMetadata() {}

    static OnnxMl.ModelProto.Builder addTo(OnnxMl.ModelProto.Builder model, ExportMetadata meta) {
        Map<String, String> props = new LinkedHashMap<>();
        props.put("model_version", meta.modelVersion());
        props.put("feature_names", String.join(",", meta.featureNames()));
        props.put("encoder_version", meta.encoderVersion());
        props.put("threshold", Double.toString(meta.threshold()));
        props.put("data_sha256", meta.dataSha256());
        props.forEach((k, v) -> model.addMetadataProps(
                OnnxMl.StringStringEntryProto.newBuilder().setKey(k).setValue(v)));
        return model.setProducerName(PRODUCER);
    }
}
