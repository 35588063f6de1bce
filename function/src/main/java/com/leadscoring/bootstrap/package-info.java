/**
 * What every handler of this function does once per container before its first request: load and verify the model
 * ({@link com.leadscoring.bootstrap.ModelLoader}), start ONNX Runtime and logging meanwhile
 * ({@link com.leadscoring.bootstrap.ColdStart}) and open the scorer ({@link com.leadscoring.bootstrap.Scorers}). The
 * bottom of the function module beside {@code tracing}: the handler packages ({@code api}, {@code batch},
 * {@code deploy}, {@code monitor}) build on it and never on each other.
 */
package com.leadscoring.bootstrap;
