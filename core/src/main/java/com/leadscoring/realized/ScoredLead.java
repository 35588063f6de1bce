package com.leadscoring.realized;

/**
 * What {@code evaluate} keeps of a lead's first capture: the score sales first saw.
 *
 * @param id the lead's id
 * @param scoreId the capture's score id
 * @param modelVersion the version that scored it
 * @param scoredAtMillis when, in epoch milliseconds
 * @param probability calibrated probability answered
 * @param grade grade answered
 * @param buy whether the answer said buy (at the served threshold)
 */
public record ScoredLead(
        String id,
        String scoreId,
        String modelVersion,
        long scoredAtMillis,
        double probability,
        String grade,
        boolean buy) {

    /**
     * Whether this capture came before {@code other} (of the same lead): the earlier time; at the same millisecond the
     * smaller score id, so the choice does not depend on the order files are read in.
     */
    public boolean before(ScoredLead other) {
        return scoredAtMillis != other.scoredAtMillis
                ? scoredAtMillis < other.scoredAtMillis
                : scoreId.compareTo(other.scoreId) < 0;
    }
}
