package com.leadscoring.trainer.cv;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

import com.leadscoring.trainer.data.LabeledLead;
import com.leadscoring.trainer.split.Split;
import com.leadscoring.trainer.split.StratifiedKFold;
import com.leadscoring.trainer.split.StratifiedSplitter;

/**
 * Which rows each fold holds out. With {@code k >= 2}: stratified k-fold, every row held out exactly once. With
 * {@code k = 1} (the fast path for tests and the demo): one stratified 20 % hold-out, the rest trains.
 *
 * @param folds number of folds evaluated
 * @param assignment per row, the fold that holds it out ({@code -1}: never held out, only with one fold)
 */
public record FoldPlan(int folds, int[] assignment) {

    /** Share held out by the single fold of {@code k = 1}. */
    public static final double SINGLE_HOLD_OUT = 0.2;

    public static FoldPlan of(List<LabeledLead> rows, int folds, long seed) {
        if (folds < 1) {
            throw new IllegalArgumentException("folds must be at least 1, got " + folds);
        }
        if (folds >= 2) {
            return new FoldPlan(folds, new StratifiedKFold(folds, seed).assign(rows, LabeledLead::buy));
        }
        Split<LabeledLead> split = new StratifiedSplitter(seed).split(rows, LabeledLead::buy, SINGLE_HOLD_OUT);
        Map<LabeledLead, Boolean> held = new IdentityHashMap<>();
        split.second().forEach(l -> held.put(l, true));
        int[] a = new int[rows.size()];
        for (int i = 0; i < a.length; i++) {
            a[i] = held.containsKey(rows.get(i)) ? 0 : -1;
        }
        return new FoldPlan(1, a);
    }

    /** Row indices held out by fold {@code f}. */
    public int[] heldOut(int f) {
        return indices(f, true);
    }

    /** Row indices fold {@code f} may learn from. */
    public int[] training(int f) {
        return indices(f, false);
    }

    private int[] indices(int f, boolean held) {
        List<Integer> out = new ArrayList<>();
        for (int i = 0; i < assignment.length; i++) {
            if ((assignment[i] == f) == held) {
                out.add(i);
            }
        }
        return out.stream().mapToInt(Integer::intValue).toArray();
    }
}
