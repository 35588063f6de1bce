package com.leadscoring.trainer.split;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.function.Predicate;

/**
 * Seeded stratified split: each class is shuffled on its own and cut at {@code round(n_class × fraction)}, so both
 * parts keep the data's buy rate (it matters at 5 % buyers: a plain random cut can move it by a point).
 */
public final class StratifiedSplitter {

    private final long seed;

    public StratifiedSplitter(long seed) {
        this.seed = seed;
    }

    /**
     * Splits off {@code secondFraction} of each class into {@link Split#second()}; input order is kept within each
     * part.
     */
    public <T> Split<T> split(List<T> items, Predicate<T> isPositive, double secondFraction) {
        if (!(secondFraction > 0 && secondFraction < 1)) {
            throw new IllegalArgumentException("fraction must be in (0, 1), got " + secondFraction);
        }
        List<Integer> positives = new ArrayList<>();
        List<Integer> negatives = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            (isPositive.test(items.get(i)) ? positives : negatives).add(i);
        }
        Random random = new Random(seed);
        boolean[] second = new boolean[items.size()];
        for (List<Integer> cls : List.of(positives, negatives)) {
            Collections.shuffle(cls, random);
            int cut = (int) Math.round(cls.size() * secondFraction);
            for (int i = 0; i < cut; i++) {
                second[cls.get(i)] = true;
            }
        }
        List<T> a = new ArrayList<>();
        List<T> b = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            (second[i] ? b : a).add(items.get(i));
        }
        return new Split<>(a, b);
    }
}
