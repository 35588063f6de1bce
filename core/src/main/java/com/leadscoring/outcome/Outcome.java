package com.leadscoring.outcome;

import java.time.LocalDate;
import java.util.Objects;

/**
 * One lead's decision.
 *
 * @param id the lead's id
 * @param buy whether it bought
 * @param decidedAt the day it was decided; {@code null} when the CSV left it out
 * @param line the 1-based line it came from (the header is line 1)
 */
public record Outcome(String id, boolean buy, LocalDate decidedAt, long line) {

    public Outcome {
        Objects.requireNonNull(id, "id");
    }

    /**
     * Whether this decision replaces {@code earlier} (a decision for the same id on an earlier line): the later
     * {@code decided_at} wins; when either has no date, or both the same, the later line does.
     */
    public boolean supersedes(Outcome earlier) {
        if (decidedAt == null || earlier.decidedAt == null || decidedAt.equals(earlier.decidedAt)) {
            return line > earlier.line;
        }
        return decidedAt.isAfter(earlier.decidedAt);
    }
}
