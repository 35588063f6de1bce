package com.leadscoring.decision;

import java.util.Comparator;
import java.util.List;

/**
 * A grade and the lowest score (0..100) that earns it. Bands travel with the model so that sales can move them
 * without a code change.
 *
 * @param grade    e.g. "A"
 * @param minScore lowest score in the band, inclusive
 */
public record GradeBand(String grade, int minScore) {

    /** Dynamics 365's bands: A 75–100, B 50–74, C 25–49, D 0–24. */
    public static final List<GradeBand> DEFAULT = List.of(
            new GradeBand("A", 75), new GradeBand("B", 50), new GradeBand("C", 25), new GradeBand("D", 0));

    public GradeBand {
        if (grade == null || grade.isBlank()) {
            throw new IllegalArgumentException("grade must not be blank");
        }
        if (minScore < 0 || minScore > 100) {
            throw new IllegalArgumentException("minScore must be in 0..100, got " + minScore);
        }
    }

    /** The band as a JSON object's fields, in order ({@code grade}, {@code minScore}): how model files and the API write it. */
    public java.util.Map<String, Object> asJsonFields() {
        java.util.Map<String, Object> fields = new java.util.LinkedHashMap<>();
        fields.put("grade", grade);
        fields.put("minScore", minScore);
        return fields;
    }

    /** Checks that {@code bands} cover 0..100: sorted from highest to lowest, the last starting at 0. */
    public static List<GradeBand> validated(List<GradeBand> bands) {
        if (bands == null || bands.isEmpty()) {
            throw new IllegalArgumentException("grade bands must not be empty");
        }
        List<GradeBand> sorted = bands.stream().sorted(Comparator.comparingInt(GradeBand::minScore).reversed()).toList();
        if (sorted.get(sorted.size() - 1).minScore() != 0) {
            throw new IllegalArgumentException("the lowest grade band must start at score 0");
        }
        for (int i = 1; i < sorted.size(); i++) {
            if (sorted.get(i).minScore() == sorted.get(i - 1).minScore()) {
                throw new IllegalArgumentException("two grade bands start at score " + sorted.get(i).minScore());
            }
        }
        return sorted;
    }

    /** The grade of {@code score} in {@code bands} as returned by {@link #validated(List)}. */
    public static String gradeOf(int score, List<GradeBand> sortedBands) {
        for (GradeBand band : sortedBands) {
            if (score >= band.minScore()) {
                return band.grade();
            }
        }
        return sortedBands.get(sortedBands.size() - 1).grade();
    }
}
