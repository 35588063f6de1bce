/**
 * X-Ray tracing of the handlers: {@link com.leadscoring.tracing.Tracer} times the steps of a request (model load,
 * parse, ONNX Runtime run, response) as subsegments of the invocation's trace, and
 * {@link com.leadscoring.tracing.S3CallTracing} records the S3 calls of the model load. Built on the X-Ray SDK for Java
 * (Powertools' tracing module is not served by this build's Maven registry; OpenTelemetry would need a collector layer
 * beside the function). Off the Lambda (local CLI, tests, benchmarks) there is no X-Ray daemon and tracing is
 * {@link com.leadscoring.tracing.Tracer#NONE}: one interface call per step.
 */
package com.leadscoring.tracing;
