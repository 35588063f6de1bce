package com.leadscoring.trainer.pipeline;

import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;

import com.leadscoring.decision.GradeBand;
import com.leadscoring.model.PreprocessingParameters;
import com.leadscoring.trainer.baseline.LogisticRegressionTrainer;
import com.leadscoring.trainer.baseline.TribuoProbabilityModel;
import com.leadscoring.trainer.calibration.ThresholdChoice;
import com.leadscoring.trainer.calibration.ThresholdSelector;
import com.leadscoring.trainer.cv.CandidateName;
import com.leadscoring.trainer.cv.OutOfFold;
import com.leadscoring.trainer.cv.Seeds;
import com.leadscoring.trainer.data.LabeledLead;
import com.leadscoring.trainer.normalize.FeatureMatrix;
import com.leadscoring.trainer.onnx.ExportMetadata;
import com.leadscoring.trainer.onnx.LogisticRegressionOnnxExporter;
import com.leadscoring.trainer.onnx.OnnxExport;

/**
 * The logistic-regression model when it is the one published ({@code --algorithm logistic-regression}): refitted on
 * every row with the served normalization, its threshold the max F1 of its out-of-fold probabilities.
 *
 * @param model the refitted model
 * @param preprocessing served normalization and the threshold chosen on the out-of-fold probabilities
 * @param oof per row, its cross-validated out-of-fold probability ({@code NaN} where no fold held the row out)
 */
public record ServedLogistic(TribuoProbabilityModel model, PreprocessingParameters preprocessing, double[] oof)
        implements ServedModel {

    /** Refits the peer on every row of {@code run}, normalized as the recipe's served ensemble is. */
    static ServedLogistic refit(
            List<LabeledLead> leads, Recipe.Run run, boolean[] labels, RecipeConfig config, Seeds seeds) {
        PreprocessingParameters served = run.ensemble().preprocessing();
        FeatureMatrix all = FeatureMatrix.encode(leads, config.encoder()).normalized(served.normalization());
        TribuoProbabilityModel model =
                new LogisticRegressionTrainer(config.logisticEpochs()).fit(all, seeds.logisticRegression(-1));
        double[] cvOof =
                run.models().get(CandidateName.LOGISTIC_REGRESSION.id()).oof();
        OutOfFold oof = OutOfFold.of(cvOof, labels);
        ThresholdChoice choice = ThresholdSelector.maxF1(oof.probabilities(), oof.labels());
        return new ServedLogistic(model, served.withThreshold(choice.threshold()), cvOof);
    }

    @Override
    public String algorithm() {
        return PublishedAlgorithm.LOGISTIC_REGRESSION.id();
    }

    @Override
    public String candidate() {
        return CandidateName.LOGISTIC_REGRESSION.id();
    }

    @Override
    public ServedLogistic withGradeBands(List<GradeBand> bands) {
        return new ServedLogistic(model, preprocessing.withGradeBands(bands), oof);
    }

    @Override
    public OnnxExport export(ExportMetadata meta) {
        return LogisticRegressionOnnxExporter.export(model.tribuoModel(), meta);
    }

    /** The refit is fully named by the data, the configuration and the preprocessing the version id also hashes. */
    @Override
    public String fingerprint() {
        return "lr";
    }

    @Override
    public Optional<String> composition(UnaryOperator<String> name) {
        return Optional.empty();
    }

    /** The time check refits the network recipe, not this model: it gives no evidence about it. */
    @Override
    public boolean judgedByTimeCheck() {
        return false;
    }
}
