package com.leadscoring.trainer.grading;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import com.leadscoring.decision.GradeBand;

/**
 * How a model's grade bands are chosen: {@code shares:5,10,25} puts the top 5 % of leads by out-of-fold probability in
 * A, the next 10 % in B, the next 25 % in C and the rest in D; {@code probabilities:0.5,0.1,0.02} starts A, B and C at
 * those calibrated probabilities; {@code scores:75,50,25} are the fixed score bands of earlier models. One value per
 * grade above the last; grades are lettered from A. Shares choose cut-offs from the distribution of out-of-fold
 * probabilities alone, never from the labels, so the grade table reported on those same predictions is not tuned on
 * what it reports.
 *
 * @param kind what the values are
 * @param values one per grade above the last, from A down (percent of leads for shares)
 */
public record GradePolicy(Kind kind, double[] values) {

    /** The default: a short call-first list (A, 5 % of leads) and a D that, on the real data, holds few buyers. */
    public static final GradePolicy DEFAULT = new GradePolicy(Kind.SHARES, new double[] {5, 10, 25});

    public enum Kind {
        SHARES,
        PROBABILITIES,
        SCORES
    }

    public GradePolicy {
        if (values.length < 1 || values.length > 25) {
            throw new IllegalArgumentException("grades need 1 to 25 cut-offs, got " + values.length);
        }
        values = values.clone();
        double sum = 0;
        for (int i = 0; i < values.length; i++) {
            double v = values[i];
            switch (kind) {
                case SHARES -> {
                    if (!(v > 0)) {
                        throw new IllegalArgumentException("each grade's share must be above 0 %, got " + v);
                    }
                    sum += v;
                }
                case PROBABILITIES -> {
                    if (!(v > 0 && v <= 1) || (i > 0 && v >= values[i - 1])) {
                        throw new IllegalArgumentException("probability cut-offs must fall from A down, within (0, 1]: "
                                + Arrays.toString(values));
                    }
                }
                case SCORES -> {
                    if (v != Math.rint(v) || !(v > 0 && v <= 100) || (i > 0 && v >= values[i - 1])) {
                        throw new IllegalArgumentException("score cut-offs must be whole numbers falling from A down, "
                                + "within 1..100: " + Arrays.toString(values));
                    }
                }
                default -> throw new IllegalStateException(kind.toString());
            }
        }
        if (kind == Kind.SHARES && !(sum < 100)) {
            throw new IllegalArgumentException(
                    "the shares of the grades above the last must add up to under 100 %, got " + sum);
        }
    }

    /** Parses {@code kind:v1,v2,...} as {@code train --grades} takes it. */
    public static GradePolicy parse(String text) {
        int colon = text.indexOf(':');
        if (colon < 0) {
            throw new IllegalArgumentException("--grades must be shares:…, probabilities:… or scores:…, got " + text);
        }
        Kind kind;
        try {
            kind = Kind.valueOf(text.substring(0, colon).strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("--grades must be shares:…, probabilities:… or scores:…, got " + text);
        }
        String[] parts = text.substring(colon + 1).split(",");
        double[] values = new double[parts.length];
        for (int i = 0; i < parts.length; i++) {
            try {
                values[i] = Double.parseDouble(parts[i].strip());
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("--grades: '" + parts[i] + "' is not a number");
            }
        }
        return new GradePolicy(kind, values);
    }

    /** The bands for a model whose out-of-fold probabilities are {@code oof} (NaN entries are rows never held out). */
    public List<GradeBand> bands(double[] oof) {
        List<GradeBand> bands = new ArrayList<>();
        switch (kind) {
            case SCORES -> {
                for (int i = 0; i < values.length; i++) {
                    bands.add(new GradeBand(letter(i), (int) values[i]));
                }
                bands.add(new GradeBand(letter(values.length), 0));
            }
            case PROBABILITIES -> {
                for (int i = 0; i < values.length; i++) {
                    bands.add(GradeBand.fromProbability(letter(i), values[i]));
                }
                bands.add(GradeBand.fromProbability(letter(values.length), 0));
            }
            case SHARES -> {
                double[] p = Arrays.stream(oof)
                        .filter(v -> !Double.isNaN(v))
                        .sorted()
                        .toArray();
                if (p.length == 0) {
                    throw new IllegalArgumentException(
                            "grade shares need out-of-fold probabilities, and there are none");
                }
                double cumulative = 0;
                for (int i = 0; i < values.length; i++) {
                    cumulative += values[i];
                    // The lowest probability still inside the top `cumulative` % of leads.
                    int inTop = (int) Math.ceil(cumulative / 100 * p.length);
                    double cut = p[Math.max(0, p.length - inTop)];
                    if (cut == 0 || (i > 0 && cut >= bands.get(i - 1).minProbability())) {
                        throw new IllegalArgumentException("--grades " + this + ": the out-of-fold probabilities "
                                + "tie at " + cut + " around the top " + cumulative + " % of leads, so no cut-off "
                                + "there separates one grade from the next; give --grades other shares (wider ones) "
                                + "or probabilities:… cut-offs");
                    }
                    bands.add(GradeBand.fromProbability(letter(i), cut));
                }
                bands.add(GradeBand.fromProbability(letter(values.length), 0));
            }
            default -> throw new IllegalStateException(kind.toString());
        }
        return GradeBand.validated(bands);
    }

    private static String letter(int i) {
        return String.valueOf((char) ('A' + i));
    }

    @Override
    public String toString() {
        StringBuilder b = new StringBuilder(kind.name().toLowerCase(Locale.ROOT)).append(':');
        for (int i = 0; i < values.length; i++) {
            double v = values[i];
            b.append(i == 0 ? "" : ",").append(v == Math.rint(v) ? String.valueOf((long) v) : String.valueOf(v));
        }
        return b.toString();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof GradePolicy g && g.kind == kind && Arrays.equals(g.values, values);
    }

    @Override
    public int hashCode() {
        return 31 * kind.hashCode() + Arrays.hashCode(values);
    }
}
