package com.leadscoring.trainer.report;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.leadscoring.trainer.cv.MetricSummary;
import com.leadscoring.trainer.cv.PermutationImportance.FieldImportance;
import com.leadscoring.trainer.dnn.EpochStats;
import com.leadscoring.trainer.evaluation.BinaryMetrics;
import com.leadscoring.trainer.export.ModelArtifacts;
import com.leadscoring.trainer.figures.CandidateFigures;
import com.leadscoring.trainer.figures.NetworkFigures;
import com.leadscoring.trainer.figures.PublishedFigures;
import com.leadscoring.trainer.figures.TrainingFigures;
import com.leadscoring.trainer.lifecycle.Promotion;
import com.leadscoring.trainer.pipeline.RecipeConfig;
import com.leadscoring.trainer.pipeline.TrainingConfig;

/**
 * {@code metrics.json}: every figure of a run with seeds, data hash, row counts, durations and library versions.
 * {@code cross_validation} holds, per model, {@code mean} and {@code sd} over folds of each metric; the top-level
 * {@code validation} object is the published model's cross-validated means, which {@code GET /v1/model} serves.
 */
public final class MetricsReport {

    private static final ObjectMapper JSON =
            JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

    private MetricsReport() {}

    /** The report as a tree: the run's figures, formatted. */
    public static Map<String, Object> tree(
            TrainingFigures f,
            TrainingConfig training,
            ModelArtifacts artifacts,
            DataSource data,
            Map<String, Integer> rows,
            Map<String, Long> stepMillis,
            Map<String, String> versions) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("modelVersion", artifacts.modelVersion());
        m.put("createdAt", artifacts.createdAt().toString());
        m.put("algorithm", artifacts.algorithm());
        m.put("threshold", artifacts.preprocessing().threshold());
        Map<String, Object> validation = new LinkedHashMap<>();
        validation.put("source", f.folds() + "-fold cross-validation, mean over folds");
        validation.put("folds", f.folds());
        f.published().validation().forEach((k, v) -> validation.put(k, v.mean()));
        validation.put("threshold", artifacts.preprocessing().threshold());
        m.put("validation", validation);
        Map<String, Object> dataNode = new LinkedHashMap<>();
        dataNode.put("source", data.source());
        dataNode.put("sha256", data.sha256());
        if (data.s3VersionId() != null) {
            dataNode.put("s3VersionId", data.s3VersionId());
        }
        if (data.s3ETag() != null) {
            dataNode.put("s3ETag", data.s3ETag());
        }
        dataNode.put("skippedRows", data.skippedRows());
        if (!data.origin().isEmpty()) {
            dataNode.put("origin", data.origin());
        }
        if (!data.files().isEmpty()) {
            dataNode.put("files", data.files().stream().map(DataFile::toMap).toList());
        }
        dataNode.put("rows", rows);
        m.put("data", dataNode);

        Map<String, Object> cv = new LinkedHashMap<>();
        for (CandidateFigures model : f.candidates()) {
            Map<String, Object> node = new LinkedHashMap<>();
            node.put("smote", model.smote());
            node.put("served", model.served());
            model.summary().forEach((k, v) -> node.put(k, summary(v)));
            node.put("fitMillis", model.fitMillis());
            node.put("folds", model.folds().stream().map(MetricsReport::metrics).toList());
            cv.put(model.name(), node);
        }
        m.put("cross_validation", cv);

        NetworkFigures network = f.network();
        Map<String, Object> served = new LinkedHashMap<>();
        served.put("variant", network.variant());
        served.put("members", network.members());
        served.put(
                "calibration",
                Map.of(
                        "slope",
                        network.calibration().slope(),
                        "intercept",
                        network.calibration().intercept(),
                        "fittedOn",
                        "out-of-fold logits of every row"));
        served.put(
                "thresholdChoice",
                Map.of(
                        "threshold",
                        network.threshold().threshold(),
                        "outOfFoldF1",
                        network.threshold().f1()));
        served.put("bestEpochs", network.bestEpochs());
        served.put(
                "history", network.history().stream().map(MetricsReport::epoch).toList());
        m.put("dnn", served);

        PublishedFigures published = f.published();
        m.put("gradePolicy", published.gradePolicy());
        m.put("grades", published.grades());
        m.put("gradeRulesBroken", published.gradeRulesBroken());
        m.put(
                "scoreDistribution",
                Map.of(
                        "deciles",
                        List.of(
                                "0-9", "10-19", "20-29", "30-39", "40-49", "50-59", "60-69", "70-79", "80-89",
                                "90-100"),
                        "buyers",
                        published.scoreDistribution()[0],
                        "nonBuyers",
                        published.scoreDistribution()[1]));
        m.put(
                "featureImportance",
                f.importance().stream().map(MetricsReport::importance).toList());

        if (f.timeCheck() != null) {
            Map<String, Object> t = new LinkedHashMap<>();
            t.put("train", "January-September");
            t.put("test", "October-December");
            t.put("trainRows", f.timeCheck().trainRows());
            t.put("testRows", f.timeCheck().testRows());
            t.put("dnn", metrics(f.timeCheck().network()));
            m.put("timeCheck", t);
        }
        RecipeConfig recipe = training.recipe();
        Map<String, Object> config = new LinkedHashMap<>();
        config.put("seed", recipe.seed());
        config.put("encoder", recipe.encoder().version());
        config.put("folds", recipe.folds());
        config.put("tuneFraction", recipe.tuneFraction());
        config.put("smote", recipe.smote().label());
        config.put(
                "smoteConfig",
                Map.of(
                        "k",
                        recipe.smoteConfig().k(),
                        "ratio",
                        recipe.smoteConfig().ratio()));
        config.put("dnn", recipe.dnn());
        config.put("randomForest", recipe.randomForest() ? recipe.forest() : "off");
        config.put("xgboost", recipe.xgboost() ? recipe.xgboostConfig() : "off");
        config.put("logisticEpochs", recipe.logisticEpochs());
        m.put("config", config);
        m.put("durationsMillis", stepMillis);
        m.put("versions", versions);
        return m;
    }

    public static byte[] toJson(Map<String, Object> tree) {
        try {
            return JSON.writeValueAsBytes(tree);
        } catch (IOException e) {
            throw new IllegalStateException("cannot write metrics.json", e);
        }
    }

    /** The promotion gate's decision and the figures behind it. */
    public static Map<String, Object> promotion(Promotion.Report p) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("rule", p.rule().name().toLowerCase(Locale.ROOT));
        m.put("promoted", p.decision().promote());
        m.put("reason", p.decision().reason());
        m.put("challengerCvRocAuc", p.readinessAuc());
        m.put("readinessFloor", p.minReadinessAuc());
        m.put("evidenceRows", p.evidenceRows());
        m.put(
                "evidence",
                "leads of October-December, which the challenger's recipe was refitted without (the time check)");
        m.put("challengerPrAuc", Double.isNaN(p.challengerPrAuc()) ? null : p.challengerPrAuc());
        m.put("champion", p.champion());
        m.put("championPrAuc", Double.isNaN(p.championPrAuc()) ? null : p.championPrAuc());
        m.put("note", p.note());
        return m;
    }

    static Map<String, Object> summary(MetricSummary s) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("mean", s.mean());
        m.put("sd", s.sd());
        return m;
    }

    static Map<String, Object> metrics(BinaryMetrics b) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("rows", b.rows());
        m.put("positives", b.positives());
        m.put("threshold", b.threshold());
        m.put("f1", b.f1());
        m.put("precision", b.precision());
        m.put("recall", b.recall());
        m.put("rocAuc", b.rocAuc());
        m.put("prAuc", b.prAuc());
        m.put("brier", b.brier());
        m.put("confusion", Map.of("tp", b.tp(), "fp", b.fp(), "tn", b.tn(), "fn", b.fn()));
        return m;
    }

    private static Map<String, Object> importance(FieldImportance f) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("field", f.field());
        m.put("rocAucDrop", summary(f.aucDrop()));
        return m;
    }

    private static Map<String, Object> epoch(EpochStats s) {
        return Map.of(
                "epoch",
                s.epoch(),
                "trainLoss",
                s.trainLoss(),
                "tuneLoss",
                s.tuneLoss(),
                "tuneF1",
                s.tuneF1(),
                "millis",
                s.millis());
    }
}
