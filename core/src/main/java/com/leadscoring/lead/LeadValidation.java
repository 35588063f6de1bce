package com.leadscoring.lead;

import java.util.List;

/**
 * The outcome of validating one lead: either a lead or every problem found, never both.
 *
 * @param lead the valid lead, or {@code null}
 * @param problems every problem found, empty when valid
 */
public record LeadValidation(Lead lead, List<FieldProblem> problems) {
    public LeadValidation {
        problems = List.copyOf(problems);
        if ((lead == null) == problems.isEmpty()) {
            throw new IllegalArgumentException("a validation holds a lead or problems, not both or neither");
        }
    }

    public boolean valid() {
        return lead != null;
    }
}
