/**
 * ONNX export with Tribuo's ONNX builder: the DNN (BatchNorm and Platt calibration folded into the following Gemm,
 * so the graph is Gemm, Relu, Gemm, Relu, Gemm, Sigmoid at opset 13) and the logistic-regression baseline through
 * Tribuo's own {@code ONNXExportable}. Provenance goes into the model's metadata_props.
 */
package com.leadscoring.trainer.export;
