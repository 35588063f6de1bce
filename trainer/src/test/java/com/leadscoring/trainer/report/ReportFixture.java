package com.leadscoring.trainer.report;

import java.time.Instant;
import java.util.List;

import com.leadscoring.trainer.data.LabeledLead;
import com.leadscoring.trainer.data.SyntheticLeadGenerator;
import com.leadscoring.trainer.dnn.DnnConfig;
import com.leadscoring.trainer.export.ModelArtifacts;
import com.leadscoring.trainer.export.ModelExport;
import com.leadscoring.trainer.figures.TrainingFigures;
import com.leadscoring.trainer.lifecycle.Promotion;
import com.leadscoring.trainer.lifecycle.PromotionGate;
import com.leadscoring.trainer.pipeline.PipelineListener;
import com.leadscoring.trainer.pipeline.PublishedAlgorithm;
import com.leadscoring.trainer.pipeline.TrainingConfig;
import com.leadscoring.trainer.pipeline.TrainingPipeline;
import com.leadscoring.trainer.pipeline.TrainingResult;

/** One small training run and what the formats are given: its figures, its export and a promotion decision. */
final class ReportFixture {

    final TrainingConfig config;
    final TrainingResult result;
    final TrainingFigures figures;
    final ModelArtifacts artifacts;
    final Promotion.Report promotion;

    ReportFixture(PublishedAlgorithm algorithm, boolean timeCheck) {
        List<LabeledLead> leads = new SyntheticLeadGenerator(21).generate(2500);
        config = TrainingConfig.builder()
                .seed(3)
                .folds(2)
                .threads(2)
                .xgboost(false)
                .timeCheck(timeCheck)
                .published(algorithm)
                .dnn(DnnConfig.builder()
                        .hidden(8)
                        .maxEpochs(3)
                        .patience(2)
                        .seed(3)
                        .build())
                .build();
        result = new TrainingPipeline(config, PipelineListener.QUIET).train(leads);
        figures = TrainingFigures.of(result);
        artifacts = ModelExport.export(result, "d".repeat(64), Instant.parse("2026-12-01T00:00:00Z"));
        PromotionGate.Config gate = PromotionGate.Config.defaults(PromotionGate.Rule.ALWAYS);
        promotion = new Promotion.Report(
                PromotionGate.decide(gate, PromotionGate.Inputs.firstModel(0.8, Double.NaN)),
                gate.rule(),
                0.8,
                gate.minReadinessAuc(),
                0,
                Double.NaN,
                null,
                Double.NaN,
                "no model was serving");
    }
}
