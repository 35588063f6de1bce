/**
 * Step "export": the served model as the files it is published as, under a new version id whose hash names what made it
 * (data, the canonical configuration, preprocessing, weights). The ONNX graphs themselves are written by {@code onnx}.
 */
package com.leadscoring.trainer.export;
