package com.leadscoring.bench;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyRequestEvent;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.leadscoring.api.Cors;
import com.leadscoring.api.EmfRequestMetrics;
import com.leadscoring.api.ScoreHandler;
import com.leadscoring.bootstrap.ModelLoader;
import com.leadscoring.bootstrap.Serving;
import com.leadscoring.capturing.Capture;
import com.leadscoring.capturing.StdoutCaptureOutput;
import com.leadscoring.model.FixtureStore;
import com.leadscoring.model.ModelBundle;

/**
 * What capture at 100 % adds to a request, as Lambda runs it: each call is an invocation of the entry Lambda calls
 * ({@code handleRequest}, the event's JSON in, the answer's out) with a Lambda context, timed as the caller sees it
 * (until {@code handleRequest} returns) and, untimed for the caller, followed by the stdout extension's drain before
 * the next call starts ({@link LambdaInvokes}); the environment's busy time (request + drain, billed) is reported
 * beside. For 1 and 1,000 leads, interleaved (ScoringBench's harness) so a shared machine's load falls on all alike:
 * capture off and at 100 % with stdout written on the request (as without the extension), and with it written after the
 * response, the capture lines built after the response (the default) or on the request. Each handler is built as the
 * Lambda constructor builds it (EMF metrics, CORS from the environment), so only capture and the drain differ. Run
 * through {@code bench/capture.sh}: the template's environment, the production log configuration and stdout into a
 * pipe; the table goes to stderr.
 */
public final class CaptureBench {

    private CaptureBench() {}

    /** A case: its name, handler and whether its stdout is written after the response. */
    private record Case(String name, ScoreHandler handler, boolean drained) {}

    public static void main(String[] args) throws Exception {
        String store = args.length > 0 ? args[0] : FixtureStore.location();
        double seconds = args.length > 1 ? Double.parseDouble(args[1]) : 3;
        ModelBundle bundle = ModelLoader.load(store, null);
        ScoreHandler off = handler(bundle, Capture.OFF);
        ScoreHandler on = handler(bundle, new Capture(new StdoutCaptureOutput(), 100));
        ScoreHandler builtOnRequest = handler(bundle, new Capture(new StdoutCaptureOutput(false), 100));
        List<Case> kinds = List.of(
                new Case("capture off, written on the request", off, false),
                new Case("capture 100 %, written on the request", on, false),
                new Case("capture off, written after the response", off, true),
                new Case("capture 100 %, built and written after the response", on, true),
                new Case("capture 100 %, built on the request, written after", builtOnRequest, true));
        LambdaInvokes lambda = new LambdaInvokes();
        ObjectMapper json = new ObjectMapper();
        List<String> names = new ArrayList<>();
        List<ScoringBench.Call> calls = new ArrayList<>();
        for (int leads : new int[] {1, 1000}) {
            APIGatewayProxyRequestEvent event = ScoringBench.event(leads, false);
            byte[] eventJson = ScoringBench.eventJson(event);
            for (Case k : kinds) {
                ByteArrayOutputStream answer = new ByteArrayOutputStream(1 << 20);
                ScoringBench.Call call = () -> {
                    answer.reset();
                    k.handler().handleRequest(new ByteArrayInputStream(eventJson), answer, ScoringBench.CONTEXT);
                    return answer.size();
                };
                lambda.invoke(ScoringBench.CONTEXT.getAwsRequestId(), k.drained(), call);
                if (json.readTree(answer.toByteArray()).path("statusCode").asInt() != 200) {
                    throw new IllegalStateException("benchmark request failed");
                }
                names.add(k.name() + ", " + leads);
                calls.add(() -> lambda.invoke(ScoringBench.CONTEXT.getAwsRequestId(), k.drained(), call));
            }
        }
        ScoringBench.Interleaved run = ScoringBench.interleave(calls, seconds);
        PrintStream out = System.err;
        out.printf(
                Locale.ROOT,
                "| case (leads) | caller p50 µs | caller p99 µs | busy p50 µs (request + drain) | calls |%n"
                        + "|---|---|---|---|---|%n");
        for (int c = 0; c < calls.size(); c++) {
            out.printf(
                    Locale.ROOT,
                    "| %s | %.1f | %.1f | %.1f | %d |%n",
                    names.get(c),
                    run.p50()[c],
                    run.p99()[c],
                    run.busyP50()[c],
                    run.counts()[c]);
        }
        int per = kinds.size();
        for (int i = 0; i < calls.size(); i += per) {
            added(out, run, names, i, i + 1, "on the request (no extension)");
            added(out, run, names, i + 2, i + 3, "after the response, built after");
            added(out, run, names, i + 2, i + 4, "after the response, built on the request");
        }
    }

    /** Capture's cost: case {@code on} against case {@code off}, to the caller and to the environment's busy time. */
    private static void added(
            PrintStream out, ScoringBench.Interleaved run, List<String> names, int off, int on, String how) {
        double caller = run.p50()[on] - run.p50()[off];
        double busy = run.busyP50()[on] - run.busyP50()[off];
        out.printf(
                Locale.ROOT,
                "%s: capture adds %.1f µs p50 to the caller (%.1f %% of %.1f) and %.1f µs to the busy time"
                        + " (%.1f %% of %.1f) [%s]%n",
                how,
                caller,
                100 * caller / run.p50()[off],
                run.p50()[off],
                busy,
                100 * busy / run.busyP50()[off],
                run.busyP50()[off],
                names.get(on));
    }

    /** As the Lambda constructor builds the handler, with {@code capture}. */
    private static ScoreHandler handler(ModelBundle bundle, Capture capture) {
        return new ScoreHandler(
                Serving.of(bundle).withCapture(capture), new EmfRequestMetrics(), Cors.fromEnvironment());
    }
}
