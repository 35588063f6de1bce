package com.leadscoring.trainer.cv;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import com.leadscoring.features.LeadEncoder;
import com.leadscoring.trainer.data.LabeledLead;

/**
 * Runs candidates over the folds of a {@link FoldPlan}, in parallel on {@code threads} threads (each fold and candidate
 * is seeded on its own, so the result does not depend on the order the work runs in), and collects each candidate's
 * per-fold figures and out-of-fold probabilities.
 */
public final class CrossValidation {

    /** Told when one candidate finished one fold (called from worker threads, one call at a time). */
    public interface Listener {
        Listener QUIET = (candidate, fold, folds, millis) -> {};

        void foldFinished(String candidate, int fold, int folds, long millis);
    }

    /**
     * @param folds each fold's prepared data, in fold order
     * @param results each candidate's result, in the order given
     */
    public record Result(List<FoldData> folds, Map<String, CvModelResult> results) {}

    private CrossValidation() {}

    public static List<FoldData> prepare(
            List<LabeledLead> rows, FoldPlan plan, double tuneFraction, Seeds seeds, LeadEncoder encoder) {
        List<FoldData> folds = new ArrayList<>(plan.folds());
        for (int f = 0; f < plan.folds(); f++) {
            folds.add(FoldData.prepare(rows, plan, f, tuneFraction, seeds, encoder));
        }
        return folds;
    }

    public static Result run(
            List<LabeledLead> rows,
            List<FoldData> folds,
            List<CvCandidate> candidates,
            Seeds seeds,
            int threads,
            Listener listener) {
        ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, threads));
        try {
            Map<String, List<Future<FoldOutcome>>> pending = new LinkedHashMap<>();
            for (CvCandidate c : candidates) {
                List<Future<FoldOutcome>> futures = new ArrayList<>();
                for (FoldData data : folds) {
                    futures.add(pool.submit(() -> {
                        FoldOutcome o = c.fit(data, seeds);
                        synchronized (listener) {
                            listener.foldFinished(c.name(), data.fold(), folds.size(), o.millis());
                        }
                        return o;
                    }));
                }
                pending.put(c.name(), futures);
            }
            Map<String, CvModelResult> results = new LinkedHashMap<>();
            for (CvCandidate c : candidates) {
                List<FoldOutcome> outcomes = new ArrayList<>();
                double[] oof = new double[rows.size()];
                Arrays.fill(oof, Double.NaN);
                for (Future<FoldOutcome> f : pending.get(c.name())) {
                    FoldOutcome o = get(f);
                    outcomes.add(o);
                    int[] held = folds.get(o.fold()).heldOutRows();
                    for (int i = 0; i < held.length; i++) {
                        oof[held[i]] = o.probabilities()[i];
                    }
                }
                results.put(c.name(), new CvModelResult(c.name(), c.smote(), outcomes, oof));
            }
            return new Result(folds, results);
        } finally {
            pool.shutdownNow();
        }
    }

    private static FoldOutcome get(Future<FoldOutcome> f) {
        try {
            return f.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("cross-validation interrupted", e);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof RuntimeException r) {
                throw r;
            }
            throw new IllegalStateException(cause.getMessage(), cause);
        }
    }
}
