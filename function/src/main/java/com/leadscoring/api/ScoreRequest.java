package com.leadscoring.api;

/**
 * A valid scoring request, parsed into its thread's {@link com.leadscoring.wire.LeadReader} rows (see
 * {@link ScoreRequestParser}): valid until the same thread parses the next request.
 *
 * @param features the leads as the served model's {@link com.leadscoring.features.LeadEncoder} encodes them (raw, not
 *     normalized), one row of {@code encoder.size()} floats per lead from index 0; the array may be longer
 * @param size the number of leads
 * @param ids each lead's id as given (a String or a Long), echoed back unchanged; the first {@code size} count
 * @param previousScores each lead's {@code previous_score} (0..100), or {@code -1} when it sent none; the first
 *     {@code size} count
 * @param explain whether to return factors
 * @param body the bytes the request body was parsed from (a buffer of the request's thread, which may be longer)
 * @param leadStart each lead's object in {@code body} starts at this byte; the first {@code size} count
 * @param leadEnd and ends before this one: the lead as the caller sent it, for capture
 */
public record ScoreRequest(
        float[] features,
        int size,
        Object[] ids,
        int[] previousScores,
        boolean explain,
        byte[] body,
        int[] leadStart,
        int[] leadEnd) {}
