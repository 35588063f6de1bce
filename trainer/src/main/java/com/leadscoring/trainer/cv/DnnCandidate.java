package com.leadscoring.trainer.cv;

import com.leadscoring.trainer.calibration.PlattCalibration;
import com.leadscoring.trainer.calibration.PlattTrainer;
import com.leadscoring.trainer.calibration.ThresholdChoice;
import com.leadscoring.trainer.calibration.ThresholdSelector;
import com.leadscoring.trainer.dnn.DnnConfig;
import com.leadscoring.trainer.dnn.DnnModel;
import com.leadscoring.trainer.dnn.DnnTrainer;
import com.leadscoring.trainer.dnn.DnnTrainingResult;
import com.leadscoring.trainer.evaluation.BinaryMetrics;
import com.leadscoring.trainer.normalize.FeatureMatrix;
import com.leadscoring.trainer.oversample.Smote;
import com.leadscoring.trainer.oversample.SmoteConfig;
import com.leadscoring.trainer.oversample.SmoteMode;

/**
 * The network on one fold: SMOTE (optional) on the fitting rows only, fit with early stopping on the tuning slice,
 * Platt scaling and the max-F1 threshold on the same slice, then the held-out rows at that threshold.
 *
 * @param candidate {@code DNN} or {@code DNN_SMOTE}
 * @param config the network and optimiser (its seed is replaced by the fold's)
 * @param smote whether the fitting rows are oversampled
 * @param smoteConfig SMOTE's k and ratio (its seed is replaced by the fold's)
 */
public record DnnCandidate(CandidateName candidate, DnnConfig config, SmoteMode smote, SmoteConfig smoteConfig)
        implements CvCandidate {

    @Override
    public String name() {
        return candidate.id();
    }

    @Override
    public FoldOutcome fit(FoldData data, Seeds seeds) {
        long start = System.nanoTime();
        FeatureMatrix fit = smote == SmoteMode.SMOTE
                ? new Smote(new SmoteConfig(smoteConfig.k(), smoteConfig.ratio(), seeds.smote(data.fold())))
                        .apply(data.fit())
                : data.fit();
        FeatureMatrix tune = data.tune();
        DnnTrainingResult trained = new DnnTrainer(config.withSeed(seeds.dnn(data.fold())))
                .fit(fit.values(), fit.labels(), fit.rows(), tune.values(), tune.labels(), tune.rows(), stats -> {});
        DnnModel raw = trained.model();
        PlattCalibration platt = PlattTrainer.fit(logits(raw, tune), tune.labels());
        DnnModel calibrated = raw.withCalibration(platt);
        ThresholdChoice choice = ThresholdSelector.maxF1(probabilities(calibrated, tune), tune.labels());
        double[] heldLogits = logits(raw, data.heldOut());
        double[] heldP = new double[heldLogits.length];
        for (int i = 0; i < heldP.length; i++) {
            heldP[i] = platt.probability(heldLogits[i]);
        }
        BinaryMetrics metrics = BinaryMetrics.evaluate(heldP, data.heldOut().labels(), choice.threshold());
        return new NetworkFold(
                data.fold(),
                choice,
                metrics,
                heldP,
                heldLogits,
                trained,
                m -> probabilities(calibrated, m),
                (System.nanoTime() - start) / 1_000_000);
    }

    static double[] logits(DnnModel model, FeatureMatrix m) {
        double[] z = new double[m.rows()];
        for (int i = 0; i < z.length; i++) {
            z[i] = model.logit(m.values(), i * m.width());
        }
        return z;
    }

    static double[] probabilities(DnnModel model, FeatureMatrix m) {
        double[] p = new double[m.rows()];
        for (int i = 0; i < p.length; i++) {
            p[i] = model.probability(m.values(), i * m.width());
        }
        return p;
    }
}
