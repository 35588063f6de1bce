package com.leadscoring.trainer.report;

import static com.leadscoring.trainer.report.HtmlReport.esc;
import static com.leadscoring.trainer.report.HtmlReport.fmt;

import java.nio.charset.StandardCharsets;
import java.util.Locale;

import com.leadscoring.realized.Interval;
import com.leadscoring.realized.RealizedReport;
import com.leadscoring.realized.RealizedReport.CalibrationBin;
import com.leadscoring.realized.RealizedReport.Figure;
import com.leadscoring.realized.RealizedReport.GradeResult;
import com.leadscoring.realized.RealizedReport.VersionResult;

/** {@code realized.html}: the realized figures of {@code evaluate}, in the model report's style. */
public final class RealizedHtml {

    private RealizedHtml() {}

    public static byte[] render(RealizedReport r) {
        StringBuilder h = new StringBuilder(16 * 1024);
        h.append("<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\">")
                .append("<title>Realized accuracy</title><style>")
                .append("body{font-family:sans-serif;margin:2em;"
                        + "max-width:1200px}table{border-collapse:collapse;margin:1em 0}")
                .append("td,th{border:1px solid #ccc;padding:4px 8px;text-align:right}th{background:#f3f3f3}")
                .append("td:first-child,th:first-child{text-align:left}.degraded{color:#b00020;font-weight:bold}")
                .append("</style></head><body>");
        h.append("<h1>Realized accuracy: <span class=\"")
                .append(r.degraded() ? "degraded" : "ok")
                .append("\">")
                .append(esc(r.verdict()))
                .append("</span></h1>");
        h.append("<p>Captures: ")
                .append(esc(r.captures().source()))
                .append(", ")
                .append(r.captures().records())
                .append(" records in ")
                .append(r.captures().files())
                .append(" files, ")
                .append(r.captures().leads())
                .append(" leads, scored ")
                .append(
                        r.captures().from() == null
                                ? "-"
                                : esc(r.captures().from().toString()))
                .append(" to ")
                .append(r.captures().to() == null ? "-" : esc(r.captures().to().toString()))
                .append(". Outcomes: ")
                .append(esc(r.outcomes().source()))
                .append(
                        r.outcomes().versionId() == null
                                ? ""
                                : " (version " + esc(r.outcomes().versionId()) + ")")
                .append(", ")
                .append(r.outcomes().decisions())
                .append(" decisions, ")
                .append(r.outcomes().neverCaptured())
                .append(" for leads never captured. Each lead is judged once, by its first capture; undecided leads ")
                .append(
                        r.unknownAfterDays() == null
                                ? "are left out"
                                : "count as not bought after " + r.unknownAfterDays() + " days")
                .append(". Intervals: 95 % bootstrap, ")
                .append(r.resamples())
                .append(" resamples, seed ")
                .append(r.seed())
                .append(".</p>");
        for (VersionResult v : r.modelVersions()) {
            h.append("<h2>Model ")
                    .append(esc(v.modelVersion()))
                    .append(": <span class=\"")
                    .append(v.verdict())
                    .append("\">")
                    .append(esc(v.verdict()))
                    .append("</span></h2>");
            for (String reason : v.reasons()) {
                h.append("<p class=\"degraded\">").append(esc(reason)).append("</p>");
            }
            h.append("<p>")
                    .append(v.leads())
                    .append(" leads scored first by this version, ")
                    .append(v.decided())
                    .append(" decided")
                    .append(v.countedNotBought() > 0 ? ", " + v.countedNotBought() + " counted as not bought" : "")
                    .append(", ")
                    .append(v.buyers())
                    .append(" buyers.</p>");
            h.append("<table><tr><th>figure</th><th>realized</th><th>95 % interval</th><th>out-of-fold</th></tr>");
            row(h, "ROC AUC", v.rocAuc(), v.expectedRocAuc());
            row(h, "PR AUC", v.prAuc(), null);
            row(h, "F1 at the served threshold", v.f1(), null);
            row(h, "precision", v.precision(), null);
            row(h, "recall", v.recall(), null);
            h.append("</table>");
            h.append("<h3>Grades</h3><table><tr><th>grade</th><th>leads</th><th>buyers</th><th>conversion</th>"
                    + "<th>95 % interval</th><th>out-of-fold conversion</th></tr>");
            for (GradeResult g : v.grades()) {
                h.append("<tr><td>")
                        .append(esc(g.grade()))
                        .append("</td><td>")
                        .append(g.leads())
                        .append("</td><td>")
                        .append(g.buyers())
                        .append("</td><td>")
                        .append(pct(g.conversion()))
                        .append("</td><td>")
                        .append(interval(g.interval(), true))
                        .append("</td><td>")
                        .append(g.expectedConversion() == null ? "-" : pct(g.expectedConversion()))
                        .append("</td></tr>");
            }
            h.append("</table><h3>Calibration</h3><table><tr><th>decile</th><th>leads</th><th>probability</th>"
                    + "<th>expected buyers</th><th>buyers</th></tr>");
            for (CalibrationBin b : v.calibration()) {
                h.append("<tr><td>")
                        .append(b.decile())
                        .append("</td><td>")
                        .append(b.leads())
                        .append("</td><td>")
                        .append(fmt(b.minProbability()))
                        .append("–")
                        .append(fmt(b.maxProbability()))
                        .append("</td><td>")
                        .append(String.format(Locale.ROOT, "%.1f", b.expectedBuyers()))
                        .append("</td><td>")
                        .append(b.buyers())
                        .append("</td></tr>");
            }
            h.append("</table>");
        }
        h.append("</body></html>\n");
        return h.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static void row(StringBuilder h, String name, Figure f, Double expected) {
        h.append("<tr><td>")
                .append(name)
                .append("</td><td>")
                .append(num(f.value()))
                .append("</td><td>")
                .append(interval(f.interval(), false))
                .append("</td><td>")
                .append(expected == null ? "-" : fmt(expected))
                .append("</td></tr>");
    }

    private static String interval(Interval i, boolean percent) {
        if (!i.defined()) {
            return "-";
        }
        return percent ? pct(i.low()) + " – " + pct(i.high()) : fmt(i.low()) + " – " + fmt(i.high());
    }

    private static String num(double v) {
        return Double.isNaN(v) ? "-" : fmt(v);
    }

    private static String pct(double v) {
        return Double.isNaN(v) ? "-" : String.format(Locale.ROOT, "%.1f %%", 100 * v);
    }
}
