package com.leadscoring.decision;

import java.util.Locale;

/**
 * Which way a lead is moving, from the score a CRM last stored for it and the score now: {@link #POINTS} or more up is
 * improving, as much down is declining, anything smaller is steady (a model's scores move by a point or two from run to
 * run without the lead changing). The product keeps no history: the caller sends the previous score.
 */
public enum Trend {
    IMPROVING,
    STEADY,
    DECLINING;

    /** Made once: the answer writers ask for it per lead. */
    private final String label = name().toLowerCase(Locale.ROOT);

    /** The smallest move, in score points, that counts as a trend. */
    public static final int POINTS = 5;

    /** The trend from {@code previousScore} to {@code score}, both 0..100. */
    public static Trend of(int previousScore, int score) {
        int move = score - previousScore;
        return move >= POINTS ? IMPROVING : move <= -POINTS ? DECLINING : STEADY;
    }

    /** As the API, the batch answer and the CSV write it: {@code improving}, {@code steady}, {@code declining}. */
    public String label() {
        return label;
    }

    /** The column (CSV) and field (API) a caller sends the previous score in. */
    public static final String PREVIOUS_SCORE = "previous_score";
    /** A previous score cell that is empty. */
    public static final int NO_PREVIOUS_SCORE = -1;
    /** A previous score cell that is not a score. */
    public static final int BAD_PREVIOUS_SCORE = -2;
    /** What a previous score cell must be, as a refused row says. */
    public static final String PREVIOUS_SCORE_RULE = "must be a whole number from 0 to 100, or empty";
    /** What the API's {@code previous_score} must be. */
    public static final String PREVIOUS_SCORE_JSON_RULE = "must be a whole number from 0 to 100, or null";

    /** A previous score as a CSV cell holds it: 0..100, {@link #NO_PREVIOUS_SCORE} or {@link #BAD_PREVIOUS_SCORE}. */
    public static int previousScoreCell(String cell) {
        String text = cell == null ? "" : cell.strip();
        if (text.isEmpty()) {
            return NO_PREVIOUS_SCORE;
        }
        if (text.length() <= 3 && text.chars().allMatch(Character::isDigit)) {
            int v = Integer.parseInt(text);
            return isScore(v) ? v : BAD_PREVIOUS_SCORE;
        }
        return BAD_PREVIOUS_SCORE;
    }

    /** Whether {@code value} is a score a lead can have had (0..100). */
    public static boolean isScore(long value) {
        return value >= 0 && value <= 100;
    }
}
