package com.leadscoring.api;

/**
 * One bad part of a request.
 *
 * @param pointer JSON Pointer (RFC 6901) into the request body, e.g. {@code /leads/3/signup_date}
 * @param detail what is wrong with it
 */
public record FieldError(String pointer, String detail) {}
