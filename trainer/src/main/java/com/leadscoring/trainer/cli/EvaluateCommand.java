package com.leadscoring.trainer.cli;

import java.time.Clock;
import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.Callable;

import com.leadscoring.io.Locations;
import com.leadscoring.realized.RealizedJson;
import com.leadscoring.realized.RealizedReport;
import com.leadscoring.realized.RealizedReport.GradeResult;
import com.leadscoring.realized.RealizedReport.VersionResult;
import com.leadscoring.trainer.job.RealizedEvaluation;
import com.leadscoring.trainer.report.RealizedHtml;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code evaluate}: captured scores joined with outcomes, per model version against its out-of-fold figures. Exit 0
 * when realized matches expected, 3 when a version's realized ROC AUC or grade-A conversion falls below its own
 * out-of-fold figure by more than its interval (as {@code drift} uses 3), 1 on failure.
 */
@Command(
        name = "evaluate",
        description = "Realized accuracy: captured scores joined with what sales decided (each lead by its first "
                + "capture), per model version. Exit 0: as expected; 3: degraded (realized ROC AUC or grade-A "
                + "conversion below the model's out-of-fold figure by more than its 95 %% interval).")
final class EvaluateCommand implements Callable<Integer> {

    /** Exit code when a version is degraded. */
    static final int DEGRADED = 3;

    @Mixin
    HelpOption help;

    @Option(
            names = "--captures",
            required = true,
            description = "Capture directory (dt=YYYY-MM-DD/ below it): a path, file: URI or s3://bucket/prefix.")
    String captures;

    @Option(
            names = "--outcomes",
            required = true,
            description = "Outcomes CSV (id,buy[,decided_at]): a path, file: URI or s3://bucket/key.")
    String outcomes;

    @Option(
            names = "--store",
            description = "Model store holding the scoring versions, for their out-of-fold figures (without it: "
                    + "realized figures only, verdict ok).")
    String store;

    @Option(
            names = "--out",
            defaultValue = "realized.json",
            description = "Where to write realized.json (default: ${DEFAULT-VALUE}); realized.html is written beside "
                    + "it: a path, file: URI or s3://bucket/key.")
    String out;

    @Option(
            names = "--unknown-after",
            paramLabel = "DAYS",
            description = "Count a lead still undecided this many days after its first capture as not bought "
                    + "(default: leave undecided leads out).")
    Integer unknownAfter;

    @Override
    public Integer call() throws Exception {
        if (unknownAfter != null && unknownAfter < 0) {
            throw new IllegalArgumentException("--unknown-after must be 0 or more days, got " + unknownAfter);
        }
        RealizedReport r = RealizedEvaluation.run(
                captures,
                outcomes,
                store,
                unknownAfter == null ? null : Duration.ofDays(unknownAfter),
                Clock.systemUTC());
        System.out.printf(
                Locale.ROOT,
                "captures: %d records, %d leads (%s to %s); outcomes: %d decisions, %d for leads never captured%n",
                r.captures().records(),
                r.captures().leads(),
                r.captures().from(),
                r.captures().to(),
                r.outcomes().decisions(),
                r.outcomes().neverCaptured());
        for (VersionResult v : r.modelVersions()) {
            System.out.printf(
                    Locale.ROOT,
                    "%s: %d leads, %d decided, %d buyers; ROC AUC %s (95 %% %s-%s; out-of-fold %s), PR AUC %s, "
                            + "F1 %s: %s%n",
                    v.modelVersion(),
                    v.leads(),
                    v.decided() + v.countedNotBought(),
                    v.buyers(),
                    f(v.rocAuc().value()),
                    f(v.rocAuc().interval().low()),
                    f(v.rocAuc().interval().high()),
                    v.expectedRocAuc() == null ? "-" : f(v.expectedRocAuc()),
                    f(v.prAuc().value()),
                    f(v.f1().value()),
                    v.verdict());
            for (GradeResult g : v.grades()) {
                System.out.printf(
                        Locale.ROOT,
                        "  grade %s: %d leads, %d buyers, conversion %s (95 %% %s-%s; out-of-fold %s)%n",
                        g.grade(),
                        g.leads(),
                        g.buyers(),
                        f(g.conversion()),
                        f(g.interval().low()),
                        f(g.interval().high()),
                        g.expectedConversion() == null ? "-" : f(g.expectedConversion()));
            }
            v.reasons().forEach(reason -> System.out.println("  degraded: " + reason));
        }
        Locations.write(out, RealizedJson.toJson(r));
        String html = out.endsWith(".json") ? out.substring(0, out.length() - 5) + ".html" : out + ".html";
        Locations.write(html, RealizedHtml.render(r));
        System.out.println("verdict: " + r.verdict() + "; wrote " + out + " and " + html);
        return r.degraded() ? DEGRADED : 0;
    }

    private static String f(double v) {
        return Double.isNaN(v) ? "-" : String.format(Locale.ROOT, "%.4f", v);
    }
}
