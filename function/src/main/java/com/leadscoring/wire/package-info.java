/**
 * JSON on the hot path, shared by the handlers that read leads and answer in JSON ({@code api}, {@code batch}): the one
 * streaming lead reader with its cell policies (typed JSON for the API, text cells for a batch), the answers' text, and
 * API Gateway's proxy events read and their responses written ({@code ApiGatewayEventJson}: the API handler's stream
 * entry on Lambda and the local CLI's {@code invoke}; on the stream entry the body is UTF-8 bytes in and the answer's
 * builder out, never a String: {@code JsonStringUnescaper}, {@code Utf8BodyEvent}, {@code EventBody},
 * {@code JsonStringEscaper}, {@code TextBodyResponse}). The bottom of the function module beside {@code tracing}.
 */
package com.leadscoring.wire;
