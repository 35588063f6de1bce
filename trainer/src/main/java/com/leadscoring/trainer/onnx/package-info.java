/**
 * ONNX graphs with Tribuo's ONNX builder: the network ensemble (per member, BatchNorm folded into the following Gemm
 * and the Platt calibration, divided by the member count, into the last one; members summed, then Sigmoid, at opset 13)
 * and the logistic-regression peer through Tribuo's own {@code ONNXExportable}. Provenance goes into metadata_props.
 * Below the recipe, so that each served model writes its own graph.
 */
package com.leadscoring.trainer.onnx;
