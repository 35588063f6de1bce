/**
 * Scoring with ONNX Runtime: a loaded model version, the shared encoder and normalization, one batched
 * {@code OrtSession.run} per call, the decision policy, and per-field explanations computed in the same run.
 */
package com.leadscoring.scoring;
