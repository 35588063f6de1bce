package com.leadscoring.trainer.pipeline;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;
import java.util.stream.IntStream;

import com.leadscoring.decision.GradeBand;
import com.leadscoring.features.FeatureEncoders;
import com.leadscoring.features.LeadEncoder;
import com.leadscoring.features.Normalization;
import com.leadscoring.model.PreprocessingParameters;
import com.leadscoring.trainer.calibration.PlattCalibration;
import com.leadscoring.trainer.calibration.PlattTrainer;
import com.leadscoring.trainer.calibration.ThresholdChoice;
import com.leadscoring.trainer.calibration.ThresholdSelector;
import com.leadscoring.trainer.cv.CvModelResult;
import com.leadscoring.trainer.cv.FoldData;
import com.leadscoring.trainer.cv.NetworkFold;
import com.leadscoring.trainer.data.LabeledLead;
import com.leadscoring.trainer.dnn.DnnEnsembleModel;
import com.leadscoring.trainer.dnn.DnnModel;
import com.leadscoring.trainer.normalize.FeatureMatrix;
import com.leadscoring.trainer.normalize.ZNormalizerTrainer;
import com.leadscoring.trainer.onnx.DnnOnnxExporter;
import com.leadscoring.trainer.onnx.ExportMetadata;
import com.leadscoring.trainer.onnx.OnnxExport;

/**
 * The served network, built from cross-validation: the k fold networks (together they learned from every row) averaged
 * in one {@link DnnEnsembleModel}; the served normalization fitted on all rows (it also defines each field's "training
 * mean" for explanations); Platt scaling and the max-F1 threshold fitted on the out-of-fold logits of every row, each
 * scored by the network that did not see it.
 *
 * @param variant the network variant (candidate) whose fold networks it averages
 * @param ensemble the served model
 * @param preprocessing served normalization, feature contract and decision policy
 * @param oof per row, the calibrated out-of-fold probability ({@code NaN} where no fold held the row out)
 * @param threshold the threshold choice on those probabilities
 */
public record ServedDnn(
        String variant,
        DnnEnsembleModel ensemble,
        PreprocessingParameters preprocessing,
        double[] oof,
        ThresholdChoice threshold)
        implements ServedModel {

    public static ServedDnn build(List<LabeledLead> rows, CvModelResult chosen, List<FoldData> folds) {
        LeadEncoder encoder = folds.get(0).fit().encoder();
        Normalization served = ZNormalizerTrainer.fit(FeatureMatrix.encode(rows, encoder));
        List<DnnModel> members = new ArrayList<>();
        double[] oofLogits = new double[rows.size()];
        Arrays.fill(oofLogits, Double.NaN);
        for (NetworkFold o : chosen.networkFolds()) {
            FoldData data = folds.get(o.fold());
            members.add(DnnEnsembleModel.rebase(o.dnn().model(), data.normalization(), served));
            for (int i = 0; i < data.heldOutRows().length; i++) {
                oofLogits[data.heldOutRows()[i]] = o.logits()[i];
            }
        }
        int[] held = IntStream.range(0, rows.size())
                .filter(i -> !Double.isNaN(oofLogits[i]))
                .toArray();
        double[] z = new double[held.length];
        boolean[] y = new boolean[held.length];
        for (int i = 0; i < held.length; i++) {
            z[i] = oofLogits[held[i]];
            y[i] = rows.get(held[i]).buy();
        }
        PlattCalibration platt = PlattTrainer.fit(z, y);
        double[] p = new double[held.length];
        double[] oof = new double[rows.size()];
        Arrays.fill(oof, Double.NaN);
        for (int i = 0; i < held.length; i++) {
            p[i] = platt.probability(z[i]);
            oof[held[i]] = p[i];
        }
        ThresholdChoice choice = ThresholdSelector.maxF1(p, y);
        DnnEnsembleModel ensemble = new DnnEnsembleModel(members, platt);
        PreprocessingParameters pre = PreprocessingParameters.forEncoder(
                encoder.contract(), served.means(), served.stds(), choice.threshold());
        return new ServedDnn(chosen.name(), ensemble, pre, oof, choice);
    }

    @Override
    public String algorithm() {
        return PublishedAlgorithm.DNN.id();
    }

    @Override
    public String candidate() {
        return variant;
    }

    @Override
    public ServedDnn withGradeBands(List<GradeBand> bands) {
        return new ServedDnn(variant, ensemble, preprocessing.withGradeBands(bands), oof, threshold);
    }

    @Override
    public OnnxExport export(ExportMetadata meta) {
        return DnnOnnxExporter.export(ensemble, meta);
    }

    /** Shapes and calibration in words, and the weights through their hash codes (which hash every value). */
    @Override
    public String fingerprint() {
        return ensemble + "#" + ensemble.hashCode();
    }

    @Override
    public Optional<String> composition(UnaryOperator<String> name) {
        return Optional.of(
                "the " + ensemble.members().size() + " fold networks of " + name.apply(variant) + " averaged");
    }

    @Override
    public boolean judgedByTimeCheck() {
        return true;
    }

    /** The ensemble's calibrated probabilities of {@code leads}, normalized the served way (as the function does). */
    public double[] probabilities(List<LabeledLead> leads) {
        FeatureMatrix m = FeatureMatrix.encode(leads, FeatureEncoders.forContract(preprocessing.contract()))
                .normalized(preprocessing.normalization());
        double[] p = new double[m.rows()];
        for (int i = 0; i < p.length; i++) {
            p[i] = ensemble.probability(m.values(), i * m.width());
        }
        return p;
    }
}
