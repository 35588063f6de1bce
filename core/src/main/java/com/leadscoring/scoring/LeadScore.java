package com.leadscoring.scoring;

import java.util.List;

/**
 * The answer for one lead.
 *
 * @param probability calibrated probability of buying
 * @param score round(100 × probability)
 * @param buy probability ≥ the model's threshold
 * @param grade A–D from the model's grade bands
 * @param percentile share of the training leads (in percent, one decimal) whose out-of-fold probability is below this
 *     one; {@code NaN} when the model was published without a score distribution
 * @param factors when asked for: up to 3 fields pushing up, strongest first, then up to 3 pushing down, strongest
 *     first; empty only when no field moves the log-odds (and always when not asked for)
 */
public record LeadScore(
        double probability, int score, boolean buy, String grade, double percentile, List<Factor> factors) {

    public boolean hasPercentile() {
        return !Double.isNaN(percentile);
    }
}
