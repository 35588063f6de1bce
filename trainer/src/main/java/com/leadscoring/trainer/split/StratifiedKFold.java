package com.leadscoring.trainer.split;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.function.Predicate;

/**
 * Assigns every row to one of {@code k} folds so that each fold has the data's share of buyers: positives and negatives
 * are shuffled apart (seeded) and dealt round-robin. The folds are disjoint and together cover every row.
 */
public final class StratifiedKFold {

    private final int k;
    private final long seed;

    public StratifiedKFold(int k, long seed) {
        if (k < 2) {
            throw new IllegalArgumentException("k-fold needs k >= 2, got " + k);
        }
        this.k = k;
        this.seed = seed;
    }

    /** The fold (0..k-1) of each row, in row order. */
    public <T> int[] assign(List<T> rows, Predicate<T> positive) {
        List<Integer> pos = new ArrayList<>();
        List<Integer> neg = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            (positive.test(rows.get(i)) ? pos : neg).add(i);
        }
        if (pos.size() < k) {
            throw new IllegalArgumentException(
                    k + "-fold cross-validation needs at least " + k + " buyers, got " + pos.size());
        }
        Random random = new Random(seed);
        Collections.shuffle(pos, random);
        Collections.shuffle(neg, random);
        int[] fold = new int[rows.size()];
        int next = 0;
        for (int i : pos) {
            fold[i] = next++ % k;
        }
        for (int i : neg) {
            fold[i] = next++ % k;
        }
        return fold;
    }
}
