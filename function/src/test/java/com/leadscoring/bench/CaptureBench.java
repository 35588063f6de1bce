package com.leadscoring.bench;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyRequestEvent;
import com.leadscoring.api.Cors;
import com.leadscoring.api.EmfRequestMetrics;
import com.leadscoring.api.ScoreHandler;
import com.leadscoring.api.ScoreRequest;
import com.leadscoring.api.ScoreRequestParser;
import com.leadscoring.bootstrap.ModelLoader;
import com.leadscoring.bootstrap.Serving;
import com.leadscoring.capture.CaptureSource;
import com.leadscoring.capturing.Capture;
import com.leadscoring.capturing.CaptureLines;
import com.leadscoring.capturing.StdoutCaptureOutput;
import com.leadscoring.model.FixtureStore;
import com.leadscoring.model.ModelBundle;
import com.leadscoring.scoring.LeadScore;

/**
 * What capture at 100 % adds to a request: the API handler without capture, with it (one stdout write per request, as
 * on Lambda) and with the lines built but handed to an output that drops them, for 1 and 1,000 leads, interleaved
 * (ScoringBench's harness) so a shared machine's load falls on all alike, and the handler's capture step alone (the
 * same request parsed and scored once), whose p50 is the added cost with less noise than a difference of two handler
 * p50s. Each handler is built as the Lambda constructor builds it (EMF metrics, CORS from the environment) and called
 * with a Lambda context, so only capture differs. Run through {@code bench/capture.sh}: the template's environment, the
 * production log configuration and stdout into a pipe; the table goes to stderr.
 */
public final class CaptureBench {

    private CaptureBench() {}

    public static void main(String[] args) throws Exception {
        String store = args.length > 0 ? args[0] : FixtureStore.location();
        double seconds = args.length > 1 ? Double.parseDouble(args[1]) : 3;
        ModelBundle bundle = ModelLoader.load(store, null);
        ScoreHandler off = handler(bundle, Capture.OFF);
        ScoreHandler on = handler(bundle, new Capture(new StdoutCaptureOutput(), 100));
        ScoreHandler built = handler(bundle, new Capture((lines, length, count) -> {}, 100));
        List<String> names = new ArrayList<>();
        List<ScoringBench.Call> calls = new ArrayList<>();
        for (int leads : new int[] {1, 1000}) {
            APIGatewayProxyRequestEvent event = ScoringBench.event(leads, false);
            if (on.handle(event, ScoringBench.CONTEXT).getStatusCode() != 200) {
                throw new IllegalStateException("benchmark request failed");
            }
            names.add("capture off, " + leads);
            calls.add(() -> off.handle(event, ScoringBench.CONTEXT));
            names.add("capture 100 %, " + leads);
            calls.add(() -> on.handle(event, ScoringBench.CONTEXT));
            names.add("capture lines built, not written, " + leads);
            calls.add(() -> built.handle(event, ScoringBench.CONTEXT));
            // The capture step alone, as the handler runs it after scoring: short, so its p50 stands out of the noise
            // of a shared machine better than the difference of two handler p50s.
            Step step = Step.of(bundle, event);
            Capture stdout = new Capture(new StdoutCaptureOutput(), 100);
            Capture dropped = new Capture((lines, length, count) -> {}, 100);
            names.add("capture step alone (lines built + one stdout write), " + leads);
            calls.add(() -> step.run(stdout));
            names.add("capture step alone, lines built only, " + leads);
            calls.add(() -> step.run(dropped));
        }
        ScoringBench.Interleaved run = ScoringBench.interleave(calls, seconds);
        PrintStream out = System.err;
        out.printf(Locale.ROOT, "| case (leads) | p50 µs | p99 µs | calls |%n|---|---|---|---|%n");
        for (int c = 0; c < calls.size(); c++) {
            out.printf(
                    Locale.ROOT,
                    "| %s | %.1f | %.1f | %d |%n",
                    names.get(c),
                    run.p50()[c],
                    run.p99()[c],
                    run.counts()[c]);
        }
        for (int i = 0; i < calls.size(); i += 5) {
            for (int k = 1; k < 5; k++) {
                double added = k < 3 ? run.p50()[i + k] - run.p50()[i] : run.p50()[i + k];
                out.printf(
                        Locale.ROOT,
                        "%s: %.1f µs p50 added (%.1f %%)%n",
                        names.get(i + k),
                        added,
                        100 * added / run.p50()[i]);
            }
        }
    }

    /**
     * One request parsed and scored once: what the handler's capture step reads, copied out of the thread's scratch.
     */
    private record Step(Object[] ids, byte[] body, int[] from, int[] to, List<LeadScore> scores, String version) {

        static Step of(ModelBundle bundle, APIGatewayProxyRequestEvent event) throws Exception {
            Serving serving = Serving.of(bundle);
            byte[] body = event.getBody().getBytes(StandardCharsets.UTF_8);
            ScoreRequest r =
                    new ScoreRequestParser().parse(body, serving.model().encoder());
            int n = r.size();
            List<LeadScore> scores = serving.scoring().score(r.features(), n, false);
            return new Step(
                    Arrays.copyOf(r.ids(), n),
                    body,
                    Arrays.copyOf(r.leadStart(), n),
                    Arrays.copyOf(r.leadEnd(), n),
                    scores,
                    serving.modelVersion());
        }

        /** The handler's capture step (ScoreHandler.capture), line for line. */
        int run(Capture capture) {
            CaptureLines lines = CaptureLines.start("bench-request", version, Instant.now(), CaptureSource.API);
            for (int i = 0; i < scores.size(); i++) {
                if (capture.takes(ids[i])) {
                    lines.add(i, ids[i], body, from[i], to[i], scores.get(i));
                }
            }
            capture.write(lines);
            return lines.length();
        }
    }

    /** As the Lambda constructor builds the handler, with {@code capture}. */
    private static ScoreHandler handler(ModelBundle bundle, Capture capture) {
        return new ScoreHandler(
                Serving.of(bundle).withCapture(capture), new EmfRequestMetrics(), Cors.fromEnvironment());
    }
}
