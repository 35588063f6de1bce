/**
 * The HTTP API behind API Gateway: the Lambda handler (route → parse → validate → score → respond; a stream handler, so
 * Lambda's runtime never (de)serializes API Gateway's event types with its own library), the streaming request parser,
 * RFC 9457 problem responses that name every bad field, and per-request metrics (CloudWatch EMF on Lambda, injectable
 * elsewhere).
 */
package com.leadscoring.api;
