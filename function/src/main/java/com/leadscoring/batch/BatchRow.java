package com.leadscoring.batch;

import java.util.List;

import com.leadscoring.lead.FieldProblem;
import com.leadscoring.scoring.LeadScore;

/**
 * The answer for one item: a score, or every problem of the row (never both).
 *
 * @param id the lead's id as given, or {@code null} when the row has none
 * @param scoreId the score's own id ({@code <batch id>-<item index>}), as capture records it; {@code null} for a row
 *     with errors, and in answers written before scoreIds were
 * @param score the score of a valid row, else {@code null}
 * @param errors the problems of an invalid row, worded as the API and the CSV reader word them; empty when valid
 * @param previousScore the row's {@code previous_score} (0..100), or {@code -1} when it has none
 */
public record BatchRow(String id, String scoreId, LeadScore score, List<FieldProblem> errors, int previousScore) {
    public BatchRow {
        errors = List.copyOf(errors);
        if ((score == null) == errors.isEmpty()) {
            throw new IllegalArgumentException("a row has a score or errors, not both or neither");
        }
    }

    public boolean valid() {
        return score != null;
    }
}
