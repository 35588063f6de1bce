package com.leadscoring.trainer.cv;

/**
 * Every seed of a run, derived from the one {@code --seed}: the one place where random choices get their seeds, so a
 * run is reproducible from its manifest. Fold-level seeds differ per fold so that members of the ensemble differ.
 *
 * @param master the run's {@code --seed}
 */
public record Seeds(long master) {

    private long derive(int stream, int fold) {
        return master * 1_000_003L + stream * 1_009L + fold;
    }

    /** The assignment of rows to folds. */
    public long folds() {
        return derive(1, 0);
    }

    /** The split of a fold's training part into fitting rows and the tuning slice. */
    public long tuneSplit(int fold) {
        return derive(2, fold);
    }

    public long smote(int fold) {
        return derive(3, fold);
    }

    public long dnn(int fold) {
        return derive(4, fold);
    }

    public long randomForest(int fold) {
        return derive(5, fold);
    }

    public long logisticRegression(int fold) {
        return derive(6, fold);
    }

    public long xgboost(int fold) {
        return derive(7, fold);
    }

    /** The time-based check's own run of the recipe. */
    public Seeds timeCheck() {
        return new Seeds(derive(8, 0));
    }

    /** Permutations of the importance measure. */
    public long importance() {
        return derive(9, 0);
    }
}
