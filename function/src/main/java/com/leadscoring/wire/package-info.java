/**
 * JSON on the hot path, shared by the handlers that read leads and answer in JSON ({@code api}, {@code batch}): the one
 * streaming lead reader with its cell policies (typed JSON for the API, text cells for a batch), the answers' text, and
 * API Gateway's proxy events read and their responses written ({@code ApiGatewayEventJson}: the API handler's stream
 * entry on Lambda and the local CLI's {@code invoke}). The bottom of the function module beside {@code tracing}.
 */
package com.leadscoring.wire;
