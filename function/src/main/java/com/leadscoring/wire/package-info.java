/**
 * JSON on the hot path, shared by the handlers that read leads and answer in JSON ({@code api}, {@code batch}): the one
 * streaming lead reader with its cell policies (typed JSON for the API, text cells for a batch) and the answers' text.
 * The bottom of the function module beside {@code tracing}.
 */
package com.leadscoring.wire;
