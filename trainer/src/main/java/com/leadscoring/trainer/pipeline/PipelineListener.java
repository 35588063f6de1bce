package com.leadscoring.trainer.pipeline;

import com.leadscoring.trainer.dnn.EpochListener;

/** What a training run tells its user while it works (the CLI draws progress bars; tests stay quiet). */
public interface PipelineListener {

    /** A listener that ignores everything. */
    PipelineListener QUIET = new PipelineListener() {
    };

    default void stepStarted(String step) {
    }

    default void stepFinished(String step, long millis) {
    }

    /** Called before a network is fitted; the returned listener hears about each epoch. */
    default EpochListener dnnStarted(String name, int maxEpochs) {
        return stats -> { };
    }

    default void dnnFinished(String name) {
    }
}
