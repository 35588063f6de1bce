/**
 * JSON text on the hot path, shared by the handlers that answer in JSON ({@code api}, {@code batch}): the bottom of the
 * function module beside {@code tracing}.
 */
package com.leadscoring.wire;
