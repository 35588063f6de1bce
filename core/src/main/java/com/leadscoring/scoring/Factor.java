package com.leadscoring.scoring;

/**
 * One reason behind a score.
 *
 * @param feature the lead field (one-hot groups and derived features count as their source field)
 * @param label the field's label stored with the model ({@code train --field-labels}), else its name
 * @param impact the lead's log-odds of buying minus its log-odds with that field at its reference value, the training
 *     mean: positive pushes towards buying. {@code e^impact} is how many times the odds of buying are what they would
 *     be with the field at its reference value (+0.69 doubles them, −0.69 halves them).
 */
public record Factor(String feature, String label, double impact) {}
