package com.leadscoring.trainer.report;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.leadscoring.trainer.dnn.EpochStats;
import com.leadscoring.trainer.evaluation.BinaryMetrics;
import com.leadscoring.trainer.pipeline.ModelArtifacts;
import com.leadscoring.trainer.pipeline.ModelEvaluation;
import com.leadscoring.trainer.pipeline.TrainingResult;

/**
 * {@code metrics.json}: every figure of a run, per model, with seeds, data hash, row counts, durations and library
 * versions. The top-level {@code validation} object is the published model's, which {@code GET /v1/model} serves.
 */
public final class MetricsReport {

    private static final ObjectMapper JSON = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

    private MetricsReport() {
    }

    /** The report as a tree (also the source of the manifest's provenance). */
    public static Map<String, Object> tree(TrainingResult r, ModelArtifacts artifacts, DataSource data,
                                           Map<String, Long> stepMillis, Map<String, String> versions) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("modelVersion", artifacts.modelVersion());
        m.put("createdAt", artifacts.createdAt().toString());
        m.put("algorithm", artifacts.algorithm());
        m.put("threshold", artifacts.preprocessing().threshold());
        m.put("validation", metrics(r.published().validation()));
        Map<String, Object> dataNode = new LinkedHashMap<>();
        dataNode.put("source", data.source());
        dataNode.put("sha256", data.sha256());
        dataNode.put("skippedRows", data.skippedRows());
        dataNode.put("rows", r.rows());
        m.put("data", dataNode);
        Map<String, Object> models = new LinkedHashMap<>();
        for (ModelEvaluation e : r.evaluations()) {
            models.put(e.model(), evaluation(e));
        }
        m.put("models", models);
        if (r.timeCheck() != null) {
            Map<String, Object> t = new LinkedHashMap<>();
            t.put("train", "January-September");
            t.put("test", "October-December");
            t.put("trainRows", r.timeCheck().trainRows());
            t.put("testRows", r.timeCheck().testRows());
            t.put("dnn", evaluation(r.timeCheck().dnn()));
            m.put("timeCheck", t);
        }
        Map<String, Object> dnn = new LinkedHashMap<>();
        dnn.put("config", r.config().dnn());
        dnn.put("bestEpoch", r.dnn().fit().bestEpoch());
        dnn.put("calibration", Map.of("slope", r.dnn().calibrated().calibration().slope(),
                "intercept", r.dnn().calibrated().calibration().intercept()));
        dnn.put("history", r.dnn().fit().history().stream().map(MetricsReport::epoch).toList());
        m.put("dnn", dnn);
        Map<String, Object> config = new LinkedHashMap<>();
        config.put("seed", r.config().seed());
        config.put("validationFraction", r.config().validationFraction());
        config.put("tuneFraction", r.config().tuneFraction());
        config.put("smote", r.config().smote().label());
        config.put("smoteConfig", r.config().smoteConfig());
        config.put("randomForest", r.config().randomForest() ? r.config().forest() : "off");
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

    private static Map<String, Object> evaluation(ModelEvaluation e) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("smote", e.smote().label());
        m.put("fitMillis", e.fitMillis());
        m.put("tuning", Map.of("threshold", e.tuning().threshold(), "f1", e.tuning().f1(),
                "precision", e.tuning().precision(), "recall", e.tuning().recall()));
        m.put("validation", metrics(e.validation()));
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

    private static Map<String, Object> epoch(EpochStats s) {
        return Map.of("epoch", s.epoch(), "trainLoss", s.trainLoss(), "tuneLoss", s.tuneLoss(), "tuneF1", s.tuneF1(),
                "millis", s.millis());
    }
}
