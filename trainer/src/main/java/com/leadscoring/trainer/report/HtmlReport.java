package com.leadscoring.trainer.report;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.leadscoring.decision.GradeBand;
import com.leadscoring.trainer.cv.MetricSummary;
import com.leadscoring.trainer.cv.PermutationImportance;
import com.leadscoring.trainer.dnn.EpochStats;
import com.leadscoring.trainer.evaluation.BinaryMetrics;
import com.leadscoring.trainer.evaluation.Curve;
import com.leadscoring.trainer.evaluation.GradeTable;
import com.leadscoring.trainer.export.ModelArtifacts;
import com.leadscoring.trainer.figures.CandidateFigures;
import com.leadscoring.trainer.figures.PublishedFigures;
import com.leadscoring.trainer.figures.TrainingFigures;
import com.leadscoring.trainer.lifecycle.Promotion;

/**
 * {@code report.html}: one self-contained page (charts embedded as PNG data URIs). For sales first: what each grade
 * means (leads, buyers, conversion), how buyers' and non-buyers' scores spread, and which fields drive the score; then
 * for data scientists: the cross-validation table (mean ± sd), curves from out-of-fold predictions, the time check.
 */
public final class HtmlReport {

    private HtmlReport() {}

    public static byte[] render(
            TrainingFigures f,
            ModelArtifacts artifacts,
            DataSource data,
            Map<String, Long> stepMillis,
            Promotion.Report promotion) {
        PublishedFigures published = f.published();
        StringBuilder h = new StringBuilder(64 * 1024);
        h.append("<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>Lead scoring model ")
                .append(esc(artifacts.modelVersion()))
                .append("</title><style>")
                .append("body{font-family:sans-serif;margin:2em;"
                        + "max-width:1200px}table{border-collapse:collapse;margin:1em 0}")
                .append("td,th{border:1px solid #ccc;padding:4px 8px;text-align:right}th{background:#f3f3f3}")
                .append("td:first-child,th:first-child{text-align:left}img{margin:4px;border:1px solid #eee}")
                .append(".served{font-weight:bold}</style></head><body>");
        h.append("<h1>Lead scoring model ")
                .append(esc(artifacts.modelVersion()))
                .append("</h1>");
        h.append("<p>Published: <b>").append(esc(artifacts.algorithm())).append("</b>");
        published
                .model()
                .composition(name -> "<code>" + esc(name) + "</code>")
                .ifPresent(c -> h.append(" — ").append(c));
        h.append(", threshold ")
                .append(fmt(artifacts.preprocessing().threshold()))
                .append(" (max F1 over every row's out-of-fold prediction). Data: ")
                .append(esc(data.source()))
                .append(", sha256 <code>")
                .append(esc(data.sha256()))
                .append("</code>, ")
                .append(f.leads())
                .append(" leads, ")
                .append(f.buyers())
                .append(" buyers. Every figure below comes from leads the ")
                .append("model that scored them never saw (")
                .append(f.folds())
                .append(f.folds() == 1 ? "-fold: one 20 % hold-out" : "-fold cross-validation")
                .append(").</p>");

        h.append("<h2>Promotion</h2><p><b>")
                .append(promotion.decision().promote() ? "Promoted to latest" : "Not promoted: latest unchanged")
                .append("</b> (--promote ")
                .append(esc(promotion.rule().name().toLowerCase(Locale.ROOT)))
                .append("): ")
                .append(esc(promotion.decision().reason()))
                .append(". Figures: ")
                .append(esc(Promotion.figures(promotion)))
                .append(". ")
                .append(esc(promotion.note() == null ? "" : promotion.note()))
                .append(".</p>");
        h.append("<h2>What the grades mean</h2><p>Bands chosen by <code>--grades ")
                .append(esc(published.gradePolicy()))
                .append("</code> from the out-of-fold probabilities (")
                .append(esc(bands(artifacts)))
                .append(").</p>")
                .append("<table><tr><th>grade</th><th>leads</th><th>share of "
                        + "leads</th><th>buyers</th><th>conversion</th>")
                .append("<th>share of all buyers</th><th>buyers caught calling this grade and those above</th></tr>");
        for (GradeTable.Row g : published.grades()) {
            h.append("<tr><td>")
                    .append(esc(g.grade()))
                    .append("</td><td>")
                    .append(g.leads())
                    .append("</td><td>")
                    .append(pct(g.shareOfLeads()))
                    .append("</td><td>")
                    .append(g.buyers())
                    .append("</td><td>")
                    .append(pct(g.conversion()))
                    .append("</td><td>")
                    .append(pct(g.shareOfBuyers()))
                    .append("</td><td>")
                    .append(pct(g.cumulativeShareOfBuyers()))
                    .append("</td></tr>");
        }
        h.append("</table>");
        List<String> broken = published.gradeRulesBroken();
        h.append("<p>")
                .append(
                        broken.isEmpty()
                                ? "The grades meet the rules: conversion falls from each grade to the next, "
                                        + "A holds at most 10 % of leads, the last grade at most 10 % of buyers."
                                : "Rules broken: " + esc(String.join("; ", broken)) + ".")
                .append("</p>");
        double[][] dist = published.scoreDistribution();
        double[] deciles = new double[10];
        for (int i = 0; i < 10; i++) {
            deciles[i] = i * 10 + 5;
        }
        h.append("<div>");
        img(
                h,
                Charts.lineChart(
                        "Score distribution",
                        "score (decile midpoint)",
                        "share of the group",
                        List.of(
                                new ChartSeries("buyers", deciles, dist[0]),
                                new ChartSeries("non-buyers", deciles, dist[1])),
                        false));
        h.append("</div>");

        h.append("<h2>Which fields drive the score</h2><p>Permutation importance of <code>")
                .append(esc(f.network().variant()))
                .append("</code>: the ROC AUC lost when a field is shuffled ")
                .append("across held-out leads (mean ± sd over "
                        + "folds).</p><table><tr><th>field</th><th>AUC drop</th></tr>");
        for (PermutationImportance.FieldImportance field : f.importance()) {
            h.append("<tr><td>")
                    .append(esc(field.field()))
                    .append("</td><td>")
                    .append(esc(field.aucDrop().toString()))
                    .append("</td></tr>");
        }
        h.append("</table>");

        h.append("<h2>Cross-validation</h2><table><tr><th>model</th><th>SMOTE</th><th>F1</th><th>precision</th>")
                .append("<th>recall</th><th>ROC AUC</th><th>PR AUC</th><th>Brier</th><th>fit s (all folds)</th></tr>");
        for (CandidateFigures m : f.candidates()) {
            Map<String, MetricSummary> s = m.summary();
            boolean isServed = m.served();
            h.append("<tr")
                    .append(isServed ? " class=\"served\"" : "")
                    .append("><td>")
                    .append(esc(m.name()))
                    .append(isServed ? " (served)" : "")
                    .append("</td><td>")
                    .append(m.smote())
                    .append("</td>");
            for (String k : List.of("f1", "precision", "recall", "rocAuc", "prAuc", "brier")) {
                h.append("<td>").append(esc(s.get(k).toString())).append("</td>");
            }
            h.append("<td>").append(fmt(m.fitMillis() / 1000.0)).append("</td></tr>");
        }
        h.append("</table><p>Each fold's threshold (and, for networks, Platt scaling) is "
                        + "chosen on a tuning slice of that ")
                .append("fold's training part; the served threshold comes from every row's "
                        + "out-of-fold prediction.</p>");
        if (f.timeCheck() != null) {
            BinaryMetrics t = f.timeCheck().network();
            h.append("<h2>Time check</h2><p>The same recipe fitted on ")
                    .append(f.timeCheck().trainRows())
                    .append(" leads of January–September and judged on ")
                    .append(f.timeCheck().testRows())
                    .append(" leads of October–December: F1 ")
                    .append(fmt(t.f1()))
                    .append(", precision ")
                    .append(fmt(t.precision()))
                    .append(", recall ")
                    .append(fmt(t.recall()))
                    .append(", ROC AUC ")
                    .append(fmt(t.rocAuc()))
                    .append(", PR AUC ")
                    .append(fmt(t.prAuc()))
                    .append(".</p>");
        }

        List<ChartSeries> roc = new ArrayList<>();
        List<ChartSeries> pr = new ArrayList<>();
        List<ChartSeries> gain = new ArrayList<>();
        List<ChartSeries> reliability = new ArrayList<>();
        for (CandidateFigures m : f.candidates()) {
            roc.add(series(m.roc(), m.name()));
            pr.add(series(m.precisionRecall(), m.name()));
            gain.add(series(m.gain(), m.name()));
        }
        reliability.add(series(published.reliability(), "served (out-of-fold)"));
        List<EpochStats> history = f.network().history();
        double[] epochs = history.stream().mapToDouble(EpochStats::epoch).toArray();
        h.append("<h2>Curves (out-of-fold)</h2><div>");
        img(h, Charts.lineChart("ROC", "false positive rate", "true positive rate", roc, true));
        img(h, Charts.lineChart("Precision–recall", "recall", "precision", pr, false));
        img(
                h,
                Charts.lineChart(
                        "Reliability (calibration)",
                        "mean predicted probability",
                        "observed buy rate",
                        reliability,
                        true));
        img(
                h,
                Charts.lineChart(
                        "Cumulative gain",
                        "share of leads contacted (highest score first)",
                        "share of buyers found",
                        gain,
                        true));
        img(
                h,
                Charts.lineChart(
                        "Served model: F1 by threshold",
                        "threshold",
                        "F1",
                        List.of(series(published.f1ByThreshold(), "served")),
                        false));
        img(
                h,
                Charts.lineChart(
                        "Network, fold 1: loss per epoch",
                        "epoch",
                        "binary cross-entropy",
                        List.of(
                                new ChartSeries(
                                        "fitting (train mode)",
                                        epochs,
                                        history.stream()
                                                .mapToDouble(EpochStats::trainLoss)
                                                .toArray()),
                                new ChartSeries(
                                        "tuning slice",
                                        epochs,
                                        history.stream()
                                                .mapToDouble(EpochStats::tuneLoss)
                                                .toArray())),
                        false));
        h.append("</div>");

        BinaryMetrics c = published.confusion();
        h.append("<h2>Confusion matrix (published model, out-of-fold, threshold ")
                .append(fmt(c.threshold()))
                .append(")</h2>")
                .append("<table><tr><th></th><th>predicted buy</th><th>predicted no buy</th></tr>")
                .append("<tr><td>bought</td><td>")
                .append(c.tp())
                .append("</td><td>")
                .append(c.fn())
                .append("</td></tr>")
                .append("<tr><td>did not buy</td><td>")
                .append(c.fp())
                .append("</td><td>")
                .append(c.tn())
                .append("</td></tr></table>");

        h.append("<h2>Time per step</h2><table><tr><th>step</th><th>seconds</th></tr>");
        stepMillis.forEach((k, v) -> h.append("<tr><td>")
                .append(esc(k))
                .append("</td><td>")
                .append(fmt(v / 1000.0))
                .append("</td></tr>"));
        h.append("</table></body></html>\n");
        return h.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static String pct(double v) {
        return String.format(Locale.ROOT, "%.1f %%", 100 * v);
    }

    private static ChartSeries series(Curve c, String name) {
        return new ChartSeries(name, c.x(), c.y());
    }

    private static void img(StringBuilder h, String dataUri) {
        h.append("<img alt=\"chart\" src=\"").append(dataUri).append("\">");
    }

    static String fmt(double v) {
        return String.format(Locale.ROOT, "%.4f", v);
    }

    static String esc(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }

    /** Where each band starts, as the model stores it. */
    private static String bands(ModelArtifacts artifacts) {
        return String.join(
                ", ",
                artifacts.preprocessing().policy().gradeBands().stream()
                        .map(GradeBand::describe)
                        .toList());
    }
}
