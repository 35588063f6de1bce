package com.leadscoring.api;

import java.util.List;

import com.leadscoring.lead.Lead;

/**
 * A valid scoring request.
 *
 * @param leads   the leads, in request order
 * @param ids     each lead's id as given (a String or a Long), echoed back unchanged
 * @param explain whether to return factors
 */
public record ScoreRequest(List<Lead> leads, List<Object> ids, boolean explain) {
}
