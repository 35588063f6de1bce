package com.leadscoring.trainer.cv;

import java.util.function.ToLongBiFunction;

import com.leadscoring.trainer.baseline.PeerTrainer;
import com.leadscoring.trainer.baseline.ProbabilityModel;
import com.leadscoring.trainer.calibration.ThresholdChoice;
import com.leadscoring.trainer.calibration.ThresholdSelector;
import com.leadscoring.trainer.evaluation.BinaryMetrics;
import com.leadscoring.trainer.oversample.SmoteMode;

/**
 * A peer model on one fold: fitted on the fitting rows (no SMOTE), its threshold chosen on the tuning slice, judged on
 * the held-out rows. Its probabilities are the library's own (not recalibrated).
 *
 * @param candidate which peer
 * @param trainer fits the model on a fold's fitting rows with the fold's seed
 * @param seeder the fold's seed for this peer
 */
public record BaselineCandidate(CandidateName candidate, PeerTrainer trainer, ToLongBiFunction<Seeds, Integer> seeder)
        implements CvCandidate {

    @Override
    public String name() {
        return candidate.id();
    }

    @Override
    public SmoteMode smote() {
        return SmoteMode.NONE;
    }

    @Override
    public FoldOutcome fit(FoldData data, Seeds seeds) {
        long start = System.nanoTime();
        ProbabilityModel model = trainer.fit(data.fit(), seeder.applyAsLong(seeds, data.fold()));
        ThresholdChoice choice =
                ThresholdSelector.maxF1(model.predict(data.tune()), data.tune().labels());
        double[] heldP = model.predict(data.heldOut());
        BinaryMetrics metrics = BinaryMetrics.evaluate(heldP, data.heldOut().labels(), choice.threshold());
        return new PeerFold(
                data.fold(), choice, metrics, heldP, model::predict, (System.nanoTime() - start) / 1_000_000);
    }
}
