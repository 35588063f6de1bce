package com.leadscoring.trainer.dnn;

import java.util.List;

/**
 * The result of training.
 *
 * @param model the network of the best epoch, uncalibrated
 * @param history every epoch's figures
 * @param bestEpoch the epoch whose weights were kept
 */
public record DnnTrainingResult(DnnModel model, List<EpochStats> history, int bestEpoch) {
    public DnnTrainingResult {
        history = List.copyOf(history);
    }
}
