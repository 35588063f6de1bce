package com.leadscoring.decision;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A grade and where it starts. Bands travel with the model so that sales can move them without a code change. A band
 * starts either at a score (0..100, the bands of models published before 2026-12-06 and of {@code train --grades
 * scores:…}) or at a calibrated probability (bands chosen from the out-of-fold predictions, which can split the long
 * tail of leads whose scores are all 0–2); all bands of a model are of one kind.
 *
 * @param grade e.g. "A"
 * @param minScore lowest score in the band, inclusive; for a probability band, the score its start rounds to
 * @param minProbability lowest calibrated probability in the band, inclusive; {@code null} for a score band
 */
public record GradeBand(String grade, int minScore, Double minProbability) {

    /** Dynamics 365's bands: A 75–100, B 50–74, C 25–49, D 0–24. */
    public static final List<GradeBand> DEFAULT =
            List.of(new GradeBand("A", 75), new GradeBand("B", 50), new GradeBand("C", 25), new GradeBand("D", 0));

    public GradeBand {
        if (grade == null || grade.isBlank()) {
            throw new IllegalArgumentException("grade must not be blank");
        }
        if (minScore < 0 || minScore > 100) {
            throw new IllegalArgumentException("minScore must be in 0..100, got " + minScore);
        }
        if (minProbability != null && !(minProbability >= 0 && minProbability <= 1)) {
            throw new IllegalArgumentException("minProbability must be in [0, 1], got " + minProbability);
        }
        if (minProbability != null && minScore != DecisionPolicy.score(minProbability)) {
            throw new IllegalArgumentException("a probability band's minScore is the score of its minProbability ("
                    + DecisionPolicy.score(minProbability) + "), got " + minScore);
        }
    }

    /** A band by score. */
    public GradeBand(String grade, int minScore) {
        this(grade, minScore, null);
    }

    /** A band by calibrated probability. */
    public static GradeBand fromProbability(String grade, double minProbability) {
        return new GradeBand(grade, DecisionPolicy.score(minProbability), minProbability);
    }

    public boolean byProbability() {
        return minProbability != null;
    }

    /**
     * The band as a JSON object's fields, in order: {@code grade}, then {@code minScore} or {@code minProbability}
     * (whichever the band starts at): how model files and the API write it.
     */
    public Map<String, Object> asJsonFields() {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("grade", grade);
        if (byProbability()) {
            fields.put("minProbability", minProbability);
        } else {
            fields.put("minScore", minScore);
        }
        return fields;
    }

    /**
     * Where the band starts, as people read it: {@code A>=75} for a score band, {@code A>=p0.1836} for a probability
     * one.
     */
    public String describe() {
        return grade + ">="
                + (byProbability()
                        ? "p"
                                + String.format(Locale.ROOT, "%.4g", minProbability)
                                        .replaceAll("\\.?0+$", "")
                        : String.valueOf(minScore));
    }

    /** Where the band starts, on the scale its kind uses. */
    private double start() {
        return byProbability() ? minProbability : minScore;
    }

    /**
     * Checks that {@code bands} are of one kind and cover it: sorted from highest to lowest, the last starting at 0.
     */
    public static List<GradeBand> validated(List<GradeBand> bands) {
        if (bands == null || bands.isEmpty()) {
            throw new IllegalArgumentException("grade bands must not be empty");
        }
        if (bands.stream().map(GradeBand::byProbability).distinct().count() > 1) {
            throw new IllegalArgumentException("grade bands must all start at a score or all at a probability");
        }
        List<GradeBand> sorted = bands.stream()
                .sorted(Comparator.comparingDouble(GradeBand::start).reversed())
                .toList();
        if (sorted.get(sorted.size() - 1).start() != 0) {
            throw new IllegalArgumentException("the lowest grade band must start at "
                    + (sorted.get(0).byProbability() ? "probability 0" : "score 0"));
        }
        for (int i = 1; i < sorted.size(); i++) {
            if (sorted.get(i).start() == sorted.get(i - 1).start()) {
                throw new IllegalArgumentException(
                        "two grade bands start at " + sorted.get(i).start());
            }
        }
        if (sorted.stream().map(GradeBand::grade).distinct().count() < sorted.size()) {
            throw new IllegalArgumentException("two grade bands have the same grade");
        }
        return sorted;
    }

    /** The grade of {@code score} in score bands as returned by {@link #validated(List)}. */
    public static String gradeOf(int score, List<GradeBand> sortedBands) {
        for (GradeBand band : sortedBands) {
            if (score >= band.minScore()) {
                return band.grade();
            }
        }
        return sortedBands.get(sortedBands.size() - 1).grade();
    }

    /**
     * The grade of a calibrated probability in bands as returned by {@link #validated(List)}: by the probability for
     * probability bands, by its score for score bands (exactly as models published with them always graded).
     */
    public static String gradeOf(double probability, List<GradeBand> sortedBands) {
        if (!sortedBands.get(0).byProbability()) {
            return gradeOf(DecisionPolicy.score(probability), sortedBands);
        }
        for (GradeBand band : sortedBands) {
            if (probability >= band.minProbability()) {
                return band.grade();
            }
        }
        return sortedBands.get(sortedBands.size() - 1).grade();
    }
}
