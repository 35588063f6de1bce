package com.leadscoring.trainer.job;

import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import ai.onnxruntime.OrtException;
import com.leadscoring.decision.ScoreDistribution;
import com.leadscoring.drift.ReferenceProfile;
import com.leadscoring.lead.Lead;
import com.leadscoring.model.FieldLabelsJson;
import com.leadscoring.model.Manifest;
import com.leadscoring.model.ModelStore;
import com.leadscoring.model.ModelStoreException;
import com.leadscoring.model.ScoreDistributionJson;
import com.leadscoring.scoring.ModelScores;
import com.leadscoring.scoring.ServedModel;
import com.leadscoring.trainer.data.LabeledLead;
import com.leadscoring.trainer.export.ModelArtifacts;
import com.leadscoring.trainer.export.ModelExport;
import com.leadscoring.trainer.figures.TrainingFigures;
import com.leadscoring.trainer.lifecycle.Promotion;
import com.leadscoring.trainer.lifecycle.PromotionGate;
import com.leadscoring.trainer.pipeline.PipelineListener;
import com.leadscoring.trainer.pipeline.StepTimer;
import com.leadscoring.trainer.pipeline.TrainingConfig;
import com.leadscoring.trainer.pipeline.TrainingPipeline;
import com.leadscoring.trainer.pipeline.TrainingResult;
import com.leadscoring.trainer.report.DataFile;
import com.leadscoring.trainer.report.DataSource;
import com.leadscoring.trainer.report.HtmlReport;
import com.leadscoring.trainer.report.MetricsReport;

/**
 * The whole job on loaded data: train (see {@link TrainingPipeline}) → the run's figures → export → drift reference and
 * score distribution → promotion gate → report → publish. The store is the only side effect, and it happens last: a run
 * that fails anywhere earlier leaves the store untouched. The new version is always published; the gate decides whether
 * it also becomes {@code latest}.
 */
public final class TrainingJob {

    /**
     * @param training what was learned and measured
     * @param figures every figure of the run, built once
     * @param artifacts the exported model
     * @param manifest the manifest as published
     * @param stepMillis time per step including export, report and publish ({@code metrics.json}, written before the
     *     publish, has every step but that one)
     */
    public record Outcome(
            TrainingResult training,
            TrainingFigures figures,
            ModelArtifacts artifacts,
            Manifest manifest,
            Map<String, Long> stepMillis,
            Promotion.Report promotion) {}

    private final TrainingConfig config;
    private final PipelineListener listener;
    private final Clock clock;

    private final PromotionGate.Config gate;

    /** A job whose new version becomes {@code latest} whatever it scores ({@code --promote always}). */
    public TrainingJob(TrainingConfig config, PipelineListener listener, Clock clock) {
        this(config, PromotionGate.Config.defaults(PromotionGate.Rule.ALWAYS), listener, clock);
    }

    public TrainingJob(TrainingConfig config, PromotionGate.Config gate, PipelineListener listener, Clock clock) {
        this.config = config;
        this.gate = gate;
        this.listener = listener;
        this.clock = clock;
    }

    public Outcome run(List<LabeledLead> leads, DataSource data, Map<String, Long> loadMillis, ModelStore store)
            throws ModelStoreException {
        TrainingResult training = new TrainingPipeline(config, listener).train(leads);
        // Once, after the last step that produces figures: the report and the console only format them.
        TrainingFigures figures = TrainingFigures.of(training);
        StepTimer timer = new StepTimer(listener);
        Instant now = clock.instant();
        ModelArtifacts artifacts = timer.time("export", () -> ModelExport.export(training, data.sha256(), now));
        // Drift monitoring's reference: training rows and the exported model's own ORT scores on them.
        List<Lead> trainingLeads = leads.stream().map(LabeledLead::lead).toList();
        byte[] reference = timer.time("reference", () -> reference(artifacts, trainingLeads));
        // Percentiles: where a lead's probability stands among the training leads' out-of-fold probabilities.
        byte[] distribution = ScoreDistributionJson.toJson(ScoreDistribution.of(training.publishedOof()));
        Promotion.Report promotion =
                timer.time("promotion-gate", () -> Promotion.evaluate(gate, store, training, data.sha256(), now));
        Map<String, Long> steps = new LinkedHashMap<>(loadMillis);
        steps.putAll(training.stepMillis());
        steps.putAll(timer.millis());
        Map<String, String> versions = LibraryVersions.current();
        byte[] html = timer.time("report", () -> HtmlReport.render(figures, artifacts, data, steps, promotion));
        steps.put("report", timer.millis().get("report"));
        Map<String, Object> metrics =
                MetricsReport.tree(figures, config, artifacts, data, training.rows(), steps, versions);
        metrics.put("promotion", MetricsReport.promotion(promotion));
        byte[] metricsJson = MetricsReport.toJson(metrics);
        listener.stepStarted("publish");
        long start = System.nanoTime();
        Manifest manifest = ModelPublication.publish(
                store,
                artifacts,
                metricsJson,
                html,
                provenance(training, data, versions),
                otherFiles(reference, distribution),
                promotion.decision().promote());
        long publishMillis = (System.nanoTime() - start) / 1_000_000;
        listener.stepFinished("publish", publishMillis);
        steps.put("publish", publishMillis);
        return new Outcome(training, figures, artifacts, manifest, steps, promotion);
    }

    /** The drift reference: the training leads and the exported model's own ORT scores on them, as served. */
    private static byte[] reference(ModelArtifacts artifacts, List<Lead> trainingLeads) {
        try (ServedModel model = ServedModel.unpublished(
                artifacts.modelVersion(),
                artifacts.onnx().model(),
                artifacts.onnx().output(),
                artifacts.preprocessing())) {
            return ReferenceProfile.of(
                            artifacts.modelVersion(), trainingLeads, ModelScores.probabilities(model, trainingLeads))
                    .toJson();
        } catch (OrtException e) {
            throw new IllegalStateException(
                    "cannot score with model " + artifacts.modelVersion() + ": " + e.getMessage(), e);
        }
    }

    /** The files published beside the model: drift reference, score distribution and, when given, field labels. */
    private Map<String, byte[]> otherFiles(byte[] reference, byte[] distribution) {
        Map<String, byte[]> files = new LinkedHashMap<>();
        files.put(ReferenceProfile.FILE, reference);
        files.put(ScoreDistributionJson.FILE, distribution);
        if (!config.publication().labels().isEmpty()) {
            files.put(
                    FieldLabelsJson.FILE,
                    FieldLabelsJson.toJson(config.publication().labels()));
        }
        return files;
    }

    private static Map<String, Object> provenance(TrainingResult r, DataSource data, Map<String, String> versions) {
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("dataSource", data.source());
        p.put("dataSha256", data.sha256());
        // With the bucket versioned, these name the exact object read even after the key is overwritten.
        if (data.s3VersionId() != null) {
            p.put("dataS3VersionId", data.s3VersionId());
        }
        if (data.s3ETag() != null) {
            p.put("dataS3ETag", data.s3ETag());
        }
        // A file `dataset` built names its own sources: the capture date range and the outcomes object's version.
        if (!data.origin().isEmpty()) {
            p.put("dataOrigin", data.origin());
        }
        // Several files (train --data A --data B): each one's source, digest, S3 version and origin.
        if (!data.files().isEmpty()) {
            p.put("dataFiles", data.files().stream().map(DataFile::toMap).toList());
        }
        p.put("rows", r.rows());
        p.put("skippedRows", data.skippedRows());
        // Every seed derives from this one (Seeds); the fold count and SMOTE choice complete the recipe.
        p.put("seed", r.config().recipe().seed());
        p.put("folds", r.config().recipe().folds());
        p.put("smote", r.config().recipe().smote().label());
        p.put("servedVariant", r.recipe().servedName());
        p.put("cvF1", r.published().of(m -> m.f1()).mean());
        p.put("cvRocAuc", r.published().of(m -> m.rocAuc()).mean());
        p.put("versions", versions);
        return p;
    }
}
