package com.leadscoring.capture;

import java.time.Instant;
import java.util.Objects;

import com.leadscoring.lead.Lead;
import com.leadscoring.scoring.LeadScore;

/**
 * One scored lead as it was answered: the unit of capture.
 *
 * @param scoreId unique per scored lead; also the {@code scoreId} of that score in the API or batch answer
 * @param modelVersion the version that scored it
 * @param scoredAt when (UTC)
 * @param source the path that scored it
 * @param lead the lead's fields as the caller sent them (validated: only valid leads are scored)
 * @param probability calibrated probability of buying: as answered (6 decimals) in the lines the API and batch handlers
 *     write, unrounded in those {@code score --capture} writes through {@link CaptureJson}
 * @param score 0..100
 * @param grade the grade answered
 * @param buy whether the answer said "buy" (probability at or above the served threshold)
 * @param percentile as answered; {@code NaN} when the model has no score distribution
 */
public record CaptureRecord(
        String scoreId,
        String modelVersion,
        Instant scoredAt,
        CaptureSource source,
        Lead lead,
        double probability,
        int score,
        String grade,
        boolean buy,
        double percentile) {

    public CaptureRecord {
        Objects.requireNonNull(scoreId, "scoreId");
        Objects.requireNonNull(modelVersion, "modelVersion");
        Objects.requireNonNull(scoredAt, "scoredAt");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(lead, "lead");
        Objects.requireNonNull(grade, "grade");
    }

    /** The record of {@code answer} for {@code lead}. */
    public static CaptureRecord of(
            String scoreId, String modelVersion, Instant scoredAt, CaptureSource source, Lead lead, LeadScore answer) {
        return new CaptureRecord(
                scoreId,
                modelVersion,
                scoredAt,
                source,
                lead,
                answer.probability(),
                answer.score(),
                answer.grade(),
                answer.buy(),
                answer.percentile());
    }

    /** The lead's id, by which outcomes are joined. */
    public String id() {
        return lead.id();
    }
}
