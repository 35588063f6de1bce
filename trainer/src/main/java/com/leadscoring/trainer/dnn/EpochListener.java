package com.leadscoring.trainer.dnn;

/** Hears about each finished epoch (progress bars, logs). */
@FunctionalInterface
public interface EpochListener {
    void onEpoch(EpochStats stats);
}
