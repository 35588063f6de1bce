package com.leadscoring.trainer.pipeline;

import com.leadscoring.trainer.cv.CrossValidation;

/** What a training run tells its user while it works (the CLI draws progress bars; tests stay quiet). */
public interface PipelineListener extends CrossValidation.Listener {

    /** A listener that ignores everything. */
    PipelineListener QUIET = new PipelineListener() {};

    default void stepStarted(String step) {}

    /** A step made of {@code fits} model fits (candidates × folds) begins; {@link #foldFinished} follows for each. */
    default void fitsStarted(String step, int fits) {}

    @Override
    default void foldFinished(String candidate, int fold, int folds, long millis) {}

    default void stepFinished(String step, long millis) {}
}
