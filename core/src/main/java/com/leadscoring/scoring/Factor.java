package com.leadscoring.scoring;

/**
 * One reason behind a score.
 *
 * @param feature the lead field (one-hot groups and derived features count as their source field)
 * @param impact  the lead's probability minus its probability with that field at the training mean
 */
public record Factor(String feature, double impact) {
}
