package com.leadscoring.trainer.dnn;

/**
 * One epoch's figures.
 *
 * @param epoch 1-based
 * @param trainLoss mean binary cross-entropy over the epoch's mini-batches (training mode: dropout, batch statistics)
 * @param tuneLoss binary cross-entropy on the tuning slice in inference mode (drives early stopping)
 * @param tuneF1 best F1 over thresholds on the tuning slice
 * @param millis wall time of the epoch
 */
public record EpochStats(int epoch, double trainLoss, double tuneLoss, double tuneF1, long millis) {}
