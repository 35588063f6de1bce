package com.leadscoring.batch;

import java.util.List;

import com.leadscoring.lead.FieldProblem;

/**
 * One item of a batch as read: valid (encoded in the batch's feature rows, in item order) or not.
 *
 * @param id the lead's id (stripped), or {@code null} when the row has none
 * @param problems every problem of an invalid row, worded as the CSV reader words them; empty when valid
 * @param previousScore the row's {@code previous_score} (0..100), or {@code -1} when it has none
 */
record BatchItem(String id, List<FieldProblem> problems, int previousScore) {

    boolean valid() {
        return problems.isEmpty();
    }
}
