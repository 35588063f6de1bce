package com.leadscoring.trainer.report;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.leadscoring.trainer.cv.CvModelResult;
import com.leadscoring.trainer.cv.MetricSummary;
import com.leadscoring.trainer.cv.OutOfFold;
import com.leadscoring.trainer.cv.PermutationImportance.FieldImportance;
import com.leadscoring.trainer.dnn.EpochStats;
import com.leadscoring.trainer.evaluation.BinaryMetrics;
import com.leadscoring.trainer.evaluation.GradeTable;
import com.leadscoring.trainer.export.ModelArtifacts;
import com.leadscoring.trainer.lifecycle.Promotion;
import com.leadscoring.trainer.pipeline.TrainingResult;

/**
 * {@code metrics.json}: every figure of a run with seeds, data hash, row counts, durations and library versions.
 * {@code cross_validation} holds, per model, {@code mean} and {@code sd} over folds of each metric; the top-level
 * {@code validation} object is the published model's cross-validated means, which {@code GET /v1/model} serves.
 */
public final class MetricsReport {

    private static final ObjectMapper JSON =
            JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

    private MetricsReport() {}

    /** The report as a tree. */
    public static Map<String, Object> tree(
            TrainingResult r,
            ModelArtifacts artifacts,
            DataSource data,
            Map<String, Long> stepMillis,
            Map<String, String> versions) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("modelVersion", artifacts.modelVersion());
        m.put("createdAt", artifacts.createdAt().toString());
        m.put("algorithm", artifacts.algorithm());
        m.put("threshold", artifacts.preprocessing().threshold());
        Map<String, Object> validation = new LinkedHashMap<>();
        validation.put("source", r.config().folds() + "-fold cross-validation, mean over folds");
        validation.put("folds", r.config().folds());
        r.published().summary().forEach((k, v) -> validation.put(k, v.mean()));
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
        dataNode.put("rows", r.rows());
        m.put("data", dataNode);

        Map<String, Object> cv = new LinkedHashMap<>();
        for (CvModelResult model : r.models().values()) {
            Map<String, Object> node = new LinkedHashMap<>();
            node.put("smote", model.smote().label());
            node.put("served", model.name().equals(r.recipe().servedName()));
            model.summary().forEach((k, v) -> node.put(k, summary(v)));
            node.put("fitMillis", model.totalMillis());
            node.put(
                    "folds",
                    model.folds().stream().map(f -> metrics(f.heldOut())).toList());
            cv.put(model.name(), node);
        }
        m.put("cross_validation", cv);

        Map<String, Object> served = new LinkedHashMap<>();
        served.put("variant", r.recipe().servedName());
        served.put("members", r.recipe().ensemble().ensemble().members().size());
        served.put(
                "calibration",
                Map.of(
                        "slope",
                        r.recipe().ensemble().ensemble().calibration().slope(),
                        "intercept",
                        r.recipe().ensemble().ensemble().calibration().intercept(),
                        "fittedOn",
                        "out-of-fold logits of every row"));
        served.put(
                "thresholdChoice",
                Map.of(
                        "threshold",
                        r.recipe().ensemble().threshold().threshold(),
                        "outOfFoldF1",
                        r.recipe().ensemble().threshold().f1()));
        CvModelResult variant = r.models().get(r.recipe().servedName());
        served.put(
                "bestEpochs",
                variant.folds().stream().map(f -> f.dnn().bestEpoch()).toList());
        served.put(
                "history",
                variant.folds().get(0).dnn().history().stream()
                        .map(MetricsReport::epoch)
                        .toList());
        m.put("dnn", served);

        OutOfFold oof = OutOfFold.of(r.publishedOof(), r.labels());
        List<GradeTable.Row> grades = GradeTable.of(
                oof.probabilities(), oof.labels(), artifacts.preprocessing().policy());
        m.put("gradePolicy", r.config().grades().toString());
        m.put("grades", grades);
        m.put("gradeRulesBroken", GradeTable.brokenRules(grades));
        double[][] dist = GradeTable.scoreDistribution(oof.probabilities(), oof.labels());
        m.put(
                "scoreDistribution",
                Map.of(
                        "deciles",
                        List.of(
                                "0-9", "10-19", "20-29", "30-39", "40-49", "50-59", "60-69", "70-79", "80-89",
                                "90-100"),
                        "buyers",
                        dist[0],
                        "nonBuyers",
                        dist[1]));
        m.put(
                "featureImportance",
                r.importance().stream().map(MetricsReport::importance).toList());

        if (r.timeCheck() != null) {
            Map<String, Object> t = new LinkedHashMap<>();
            t.put("train", "January-September");
            t.put("test", "October-December");
            t.put("trainRows", r.timeCheck().trainRows());
            t.put("testRows", r.timeCheck().testRows());
            t.put("dnn", metrics(r.timeCheck().dnn()));
            m.put("timeCheck", t);
        }
        Map<String, Object> config = new LinkedHashMap<>();
        config.put("seed", r.config().seed());
        config.put("encoder", r.config().encoder().version());
        config.put("folds", r.config().folds());
        config.put("tuneFraction", r.config().tuneFraction());
        config.put("smote", r.config().smote().label());
        config.put(
                "smoteConfig",
                Map.of(
                        "k",
                        r.config().smoteConfig().k(),
                        "ratio",
                        r.config().smoteConfig().ratio()));
        config.put("dnn", r.config().dnn());
        config.put("randomForest", r.config().randomForest() ? r.config().forest() : "off");
        config.put("xgboost", r.config().xgboost() ? r.config().xgboostConfig() : "off");
        config.put("logisticEpochs", r.config().logisticEpochs());
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
