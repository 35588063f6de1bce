/**
 * The HTTP API behind API Gateway: the Lambda handler (route → parse → validate → score → respond), the streaming
 * request parser, and RFC 9457 problem responses that name every bad field.
 */
package com.leadscoring.api;
