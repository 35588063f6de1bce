package com.leadscoring.trainer.report;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.leadscoring.trainer.dnn.EpochStats;
import com.leadscoring.trainer.evaluation.BinaryMetrics;
import com.leadscoring.trainer.evaluation.Curve;
import com.leadscoring.trainer.evaluation.Curves;
import com.leadscoring.trainer.pipeline.ModelArtifacts;
import com.leadscoring.trainer.pipeline.ModelEvaluation;
import com.leadscoring.trainer.pipeline.TrainingResult;

/**
 * {@code report.html}: one self-contained page (charts embedded as PNG data URIs) with what a data scientist checks
 * first: metrics per model, ROC and PR curves, reliability, gain, F1 by threshold, confusion matrix and loss per epoch.
 */
public final class HtmlReport {

    private HtmlReport() {
    }

    public static byte[] render(TrainingResult r, ModelArtifacts artifacts, DataSource data, Map<String, Long> stepMillis) {
        boolean[] y = r.validationLabels();
        List<ModelEvaluation> models = r.evaluations();
        StringBuilder h = new StringBuilder(64 * 1024);
        h.append("<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>Lead scoring model ")
                .append(esc(artifacts.modelVersion())).append("</title><style>")
                .append("body{font-family:sans-serif;margin:2em;max-width:1200px}table{border-collapse:collapse;margin:1em 0}")
                .append("td,th{border:1px solid #ccc;padding:4px 8px;text-align:right}th{background:#f3f3f3}")
                .append("td:first-child,th:first-child{text-align:left}img{margin:4px;border:1px solid #eee}")
                .append("</style></head><body>");
        h.append("<h1>Lead scoring model ").append(esc(artifacts.modelVersion())).append("</h1>");
        h.append("<p>Published algorithm: <b>").append(esc(artifacts.algorithm())).append("</b>, threshold ")
                .append(fmt(artifacts.preprocessing().threshold())).append(" (max F1 on the tuning slice). Data: ")
                .append(esc(data.source())).append(", sha256 <code>").append(esc(data.sha256())).append("</code>. Rows: ")
                .append(esc(r.rows().toString())).append(". Every figure below is on the validation hold-out (")
                .append(r.rows().get("validation")).append(" leads), which no choice was made on.</p>");

        h.append("<h2>Metrics</h2><table><tr><th>model</th><th>SMOTE</th><th>threshold</th><th>F1</th><th>precision</th>")
                .append("<th>recall</th><th>ROC AUC</th><th>PR AUC</th><th>Brier</th><th>fit s</th></tr>");
        for (ModelEvaluation e : models) {
            row(h, e.model(), e);
        }
        if (r.timeCheck() != null) {
            row(h, "dnn, Jan–Sep → Oct–Dec", r.timeCheck().dnn());
        }
        h.append("</table>");

        List<ChartSeries> roc = new ArrayList<>();
        List<ChartSeries> pr = new ArrayList<>();
        List<ChartSeries> gain = new ArrayList<>();
        List<ChartSeries> reliability = new ArrayList<>();
        for (ModelEvaluation e : models) {
            roc.add(series(Curves.roc(e.probabilities(), y), e.model()));
            pr.add(series(Curves.precisionRecall(e.probabilities(), y), e.model()));
            gain.add(series(Curves.gain(e.probabilities(), y), e.model()));
            reliability.add(series(Curves.reliability(e.probabilities(), y, 10), e.model()));
        }
        ModelEvaluation dnn = r.evaluation("dnn");
        List<EpochStats> history = r.dnn().fit().history();
        double[] epochs = history.stream().mapToDouble(EpochStats::epoch).toArray();
        h.append("<h2>Curves</h2><div>");
        img(h, Charts.lineChart("ROC", "false positive rate", "true positive rate", roc, true));
        img(h, Charts.lineChart("Precision–recall", "recall", "precision", pr, false));
        img(h, Charts.lineChart("Reliability (calibration)", "mean predicted probability", "observed buy rate",
                reliability, true));
        img(h, Charts.lineChart("Cumulative gain", "share of leads contacted (highest score first)",
                "share of buyers found", gain, true));
        img(h, Charts.lineChart("DNN: F1 by threshold", "threshold", "F1",
                List.of(series(Curves.f1ByThreshold(dnn.probabilities(), y), "dnn")), false));
        img(h, Charts.lineChart("DNN: loss per epoch", "epoch", "binary cross-entropy", List.of(
                new ChartSeries("fitting (train mode)", epochs, history.stream().mapToDouble(EpochStats::trainLoss).toArray()),
                new ChartSeries("tuning slice", epochs, history.stream().mapToDouble(EpochStats::tuneLoss).toArray())),
                false));
        h.append("</div>");

        BinaryMetrics c = r.published().validation();
        h.append("<h2>Confusion matrix (published model, threshold ").append(fmt(c.threshold())).append(")</h2>")
                .append("<table><tr><th></th><th>predicted buy</th><th>predicted no buy</th></tr>")
                .append("<tr><td>bought</td><td>").append(c.tp()).append("</td><td>").append(c.fn()).append("</td></tr>")
                .append("<tr><td>did not buy</td><td>").append(c.fp()).append("</td><td>").append(c.tn()).append("</td></tr></table>");

        h.append("<h2>Time per step</h2><table><tr><th>step</th><th>seconds</th></tr>");
        stepMillis.forEach((k, v) -> h.append("<tr><td>").append(esc(k)).append("</td><td>").append(fmt(v / 1000.0))
                .append("</td></tr>"));
        h.append("</table></body></html>\n");
        return h.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static void row(StringBuilder h, String name, ModelEvaluation e) {
        BinaryMetrics b = e.validation();
        h.append("<tr><td>").append(esc(name)).append("</td><td>").append(e.smote().label()).append("</td>");
        for (double v : new double[] {b.threshold(), b.f1(), b.precision(), b.recall(), b.rocAuc(), b.prAuc(), b.brier(),
                e.fitMillis() / 1000.0}) {
            h.append("<td>").append(fmt(v)).append("</td>");
        }
        h.append("</tr>");
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
}
