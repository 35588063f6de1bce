package com.leadscoring.trainer.onnx;

import com.leadscoring.model.ModelOutput;

/**
 * An exported model and how to call it.
 *
 * @param model the serialized ONNX ModelProto
 * @param output input/output names and which column holds the buy probability
 */
public record OnnxExport(byte[] model, ModelOutput output) {}
