package com.leadscoring.trainer.pipeline;

import com.leadscoring.features.FeatureEncoder;
import com.leadscoring.trainer.calibration.PlattTrainer;
import com.leadscoring.trainer.dnn.DnnConfig;
import com.leadscoring.trainer.dnn.DnnTrainingResult;
import com.leadscoring.trainer.dnn.DnnModel;
import com.leadscoring.trainer.dnn.DnnTrainer;
import com.leadscoring.trainer.dnn.EpochListener;
import com.leadscoring.trainer.calibration.PlattCalibration;
import com.leadscoring.trainer.normalize.FeatureMatrix;

/**
 * Steps "fit" and "calibrate" for the DNN: early-stopped on the tuning slice, then Platt-scaled on the same slice so
 * that a probability means what it says at the data's base rate.
 */
public final class DnnStage {

    /**
     * A fitted, calibrated network.
     *
     * @param fit        the trainer's result (history, best epoch), its model uncalibrated
     * @param calibrated the same network with its Platt calibration
     * @param millis     time to fit and calibrate
     */
    public record Result(DnnTrainingResult fit, DnnModel calibrated, long millis) {
    }

    private DnnStage() {
    }

    public static Result fitAndCalibrate(DnnConfig config, FeatureMatrix fit, FeatureMatrix tune, EpochListener listener) {
        long start = System.nanoTime();
        DnnTrainingResult result = new DnnTrainer(config).fit(fit.values(), fit.labels(), fit.rows(),
                tune.values(), tune.labels(), tune.rows(), listener);
        double[] logits = logits(result.model(), tune);
        PlattCalibration platt = PlattTrainer.fit(logits, tune.labels());
        DnnModel calibrated = result.model().withCalibration(platt);
        return new Result(result, calibrated, (System.nanoTime() - start) / 1_000_000);
    }

    /** Calibrated probabilities for every row of {@code m}. */
    public static double[] probabilities(DnnModel model, FeatureMatrix m) {
        double[] p = new double[m.rows()];
        for (int i = 0; i < p.length; i++) {
            p[i] = model.probability(m.values(), i * FeatureEncoder.SIZE);
        }
        return p;
    }

    private static double[] logits(DnnModel model, FeatureMatrix m) {
        double[] z = new double[m.rows()];
        for (int i = 0; i < z.length; i++) {
            z[i] = model.logit(m.values(), i * FeatureEncoder.SIZE);
        }
        return z;
    }
}
