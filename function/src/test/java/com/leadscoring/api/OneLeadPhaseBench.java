package com.leadscoring.api;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.FloatBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;

import ai.onnxruntime.OnnxTensor;
import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtSession;
import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyRequestEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyResponseEvent;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.leadscoring.bench.Interleaved;
import com.leadscoring.bench.ScoringBench;
import com.leadscoring.bootstrap.Serving;
import com.leadscoring.bootstrap.TestContext;
import com.leadscoring.model.ModelBundle;
import com.leadscoring.scoring.LeadScore;
import com.leadscoring.stdout.LambdaLoggingContext;
import com.leadscoring.stdout.PowertoolsLine;
import com.leadscoring.stdout.StdoutBatch;
import com.leadscoring.wire.ApiGatewayEventJson;
import org.slf4j.LoggerFactory;
import org.slf4j.event.Level;
import software.amazon.lambda.powertools.logging.PowertoolsLogging;

/**
 * Where the 1-lead API request's time beyond its floor goes: the floor's two parts, then each step of the stream entry
 * timed alone (the event's read, parse + score + the answer, the response's write, Powertools' logging context, the
 * request line, the EMF line, the one write of the request's stdout), then the whole request through the typed and the
 * stream entry, interleaved in rounds of 50 ms per case like {@code ScoringBench}. Minimum and p10 besides p50: on a
 * shared machine the low quantiles are the steps' own cost. Run it as {@code bench/ratios.sh} runs the API bench
 * (production log configuration, the template's environment, {@code MODEL_URI} the store, stdout a pipe):
 *
 * <pre>
 * . bench/production-env.sh; CP=$(production_classpath bench/target/bench-classes)
 * env AWS_LAMBDA_FUNCTION_NAME=ScoreFunction MODEL_URI=$STORE CAPTURE_SAMPLING_PERCENT=0 $(powertools ScoreFunction) \
 *   java -cp $CP com.leadscoring.api.OneLeadPhaseBench $STORE 3 | grep -v '^{'
 * </pre>
 *
 * <p>Arguments: the model store, seconds per case (default 3); a third, {@code profile}, runs only the whole request
 * (for a JFR recording) for that many seconds.
 */
public final class OneLeadPhaseBench {

    /** One sample: the nanoseconds of the part it times (set-up around it is not counted). */
    private interface Call {
        long run() throws Exception;
    }

    private OneLeadPhaseBench() {}

    public static void main(String[] args) throws Exception {
        String store = args[0];
        double seconds = args.length > 1 ? Double.parseDouble(args[1]) : 3;
        ScoreHandler handler = new ScoreHandler(); // Lambda's constructor: MODEL_URI's model, EMF metrics
        Serving serving = Serving.fromEnvironment();
        ModelBundle bundle = serving.bundle();
        Context context = new TestContext(
                "bench-request", System.getenv().getOrDefault("AWS_LAMBDA_FUNCTION_NAME", "bench"), "$LATEST", 1769);
        APIGatewayProxyRequestEvent event = ScoringBench.event(1, false);
        byte[] eventJson = ScoringBench.eventJson(event);
        byte[] body = event.getBody().getBytes(StandardCharsets.UTF_8);
        ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
        APIGatewayProxyResponseEvent answer = handler.handle(event, context);
        if (answer.getStatusCode() != 200) {
            throw new IllegalStateException("benchmark request failed");
        }
        if (args.length > 2 && args[2].equals("profile")) {
            long end = System.nanoTime() + (long) (seconds * 1e9);
            while (System.nanoTime() < end) {
                out.reset();
                handler.handleRequest(new ByteArrayInputStream(eventJson), out, context);
            }
            return;
        }
        PrintStream discard = new PrintStream(OutputStream.nullOutputStream(), false, StandardCharsets.UTF_8);
        ScoreRequestParser parser = new ScoreRequestParser();
        EmfRequestMetrics metrics = new EmfRequestMetrics();
        RequestMetrics.RequestOutcome outcome =
                new RequestMetrics.RequestOutcome(200, 0.123, 1, 0, Map.of("A", 0, "B", 1, "C", 0, "D", 0));
        String[] lines = new String[1];
        try (StdoutBatch batch = StdoutBatch.open()) {
            PowertoolsLogging.withLogging(context, () -> {
                StringBuilder b = new StringBuilder();
                requestLine().appendTo(b, System.currentTimeMillis());
                lines[0] = b.append('\n').toString();
                return null;
            });
            metrics.record(outcome);
        }
        JsonFactory json = new JsonFactory();
        OrtEnvironment env = OrtEnvironment.getEnvironment();
        OrtSession.SessionOptions options = new OrtSession.SessionOptions();
        options.setOptimizationLevel(OrtSession.SessionOptions.OptLevel.ALL_OPT);
        options.setIntraOpNumThreads(1);
        int width = bundle.preprocessing().contract().size();
        float[] x = new float[width];
        Random r = new Random(1);
        for (int i = 0; i < x.length; i++) {
            x[i] = (float) r.nextGaussian();
        }
        String input = bundle.manifest().output().inputName();
        try (OrtSession raw = env.createSession(bundle.onnxModel(), options);
                OnnxTensor tensor = OnnxTensor.createTensor(env, FloatBuffer.wrap(x), new long[] {1, width})) {
            String[] names = {
                "floor: Jackson tokenizing the body",
                "floor: raw ORT run, 1 row",
                "event read (ApiGatewayEventJson.read)",
                "parse + score + answer (ScoreRequestParser, Scoring, ApiResponses.scores)",
                "response write (ApiGatewayEventJson.write)",
                "Powertools' logging context (PowertoolsLogging.withLogging, nothing inside)",
                "the handler's logging context (LambdaLoggingContext.withLogging, nothing inside)",
                "request line built (PowertoolsLine.appendTo, inside the context)",
                "EMF line built (EmfRequestMetrics.record into the open batch)",
                "the request's stdout write (StdoutBatch.close, two lines)",
                "handler, typed entry (handle(event, context))",
                "handler, typed entry, stdout discarded (System.out a null stream)",
                "handler, stream entry (handleRequest)"
            };
            Call[] calls = {
                () -> {
                    long t0 = System.nanoTime();
                    int tokens = 0;
                    try (JsonParser p = json.createParser(body)) {
                        while (p.nextToken() != null) {
                            tokens++;
                        }
                    }
                    return System.nanoTime() - t0 + (tokens & 0);
                },
                () -> {
                    long t0 = System.nanoTime();
                    try (OrtSession.Result o = raw.run(Map.of(input, tensor))) {
                        return System.nanoTime() - t0 + (o.size() & 0);
                    }
                },
                () -> {
                    long t0 = System.nanoTime();
                    APIGatewayProxyRequestEvent e = ApiGatewayEventJson.read(eventJson);
                    return System.nanoTime() - t0 + (e.getBody().length() & 0);
                },
                () -> {
                    long t0 = System.nanoTime();
                    ScoreRequest request = parser.parse(body, serving.model().encoder());
                    List<LeadScore> scores =
                            serving.scoring().score(request.features(), request.size(), request.explain());
                    APIGatewayProxyResponseEvent a = ApiResponses.scores(
                            serving.modelVersion(),
                            serving.model().policy().threshold(),
                            request.ids(),
                            request.previousScores(),
                            scores,
                            request.explain(),
                            "bench-request");
                    return System.nanoTime() - t0 + (a.getStatusCode() & 0);
                },
                () -> {
                    out.reset();
                    long t0 = System.nanoTime();
                    ApiGatewayEventJson.write(answer, out);
                    return System.nanoTime() - t0;
                },
                () -> {
                    long t0 = System.nanoTime();
                    PowertoolsLogging.withLogging(context, () -> null);
                    return System.nanoTime() - t0;
                },
                () -> {
                    long t0 = System.nanoTime();
                    LambdaLoggingContext.withLogging(context, () -> null);
                    return System.nanoTime() - t0;
                },
                () -> LambdaLoggingContext.withLogging(context, () -> {
                    StringBuilder b = new StringBuilder(512);
                    long t0 = System.nanoTime();
                    requestLine().appendTo(b, System.currentTimeMillis());
                    return System.nanoTime() - t0 + (b.length() & 0);
                }),
                () -> {
                    try (StdoutBatch batch = StdoutBatch.open()) {
                        long t0 = System.nanoTime();
                        metrics.record(outcome);
                        return System.nanoTime() - t0;
                    }
                },
                () -> {
                    StdoutBatch batch = StdoutBatch.open();
                    StdoutBatch.lines(lines[0]);
                    StdoutBatch.lines(lines[0]); // about the EMF line's length
                    long t0 = System.nanoTime();
                    batch.close();
                    return System.nanoTime() - t0;
                },
                () -> {
                    long t0 = System.nanoTime();
                    APIGatewayProxyResponseEvent a = handler.handle(event, context);
                    return System.nanoTime() - t0 + (a.getStatusCode() & 0);
                },
                () -> {
                    PrintStream stdout = System.out;
                    System.setOut(discard);
                    try {
                        long t0 = System.nanoTime();
                        APIGatewayProxyResponseEvent a = handler.handle(event, context);
                        return System.nanoTime() - t0 + (a.getStatusCode() & 0);
                    } finally {
                        System.setOut(stdout);
                    }
                },
                () -> {
                    out.reset();
                    long t0 = System.nanoTime();
                    handler.handleRequest(new ByteArrayInputStream(eventJson), out, context);
                    return System.nanoTime() - t0;
                }
            };
            run(names, calls, seconds);
        }
    }

    /** The handler's request line for a 1-lead request. */
    private static PowertoolsLine requestLine() {
        return PowertoolsLine.of(Level.INFO, "request handled")
                .with("requestId", "bench-request")
                .with("path", "/v1/score")
                .with("status", 200)
                .with("modelVersion", "20261125T000120Z-6d804e7")
                .with("leads", 1)
                .with("latencyMs", 0.071);
    }

    private static void run(String[] names, Call[] calls, double seconds) throws Exception {
        List<Interleaved.TimedCall> timed = new ArrayList<>();
        for (Call call : calls) {
            timed.add(call::run);
        }
        long[][] samples = Interleaved.run(timed, 1_000_000_000L, seconds, 2_000_000);
        LoggerFactory.getLogger(OneLeadPhaseBench.class).debug("done");
        System.out.printf(
                Locale.ROOT,
                "load %s%n",
                Files.readString(Path.of("/proc/loadavg")).strip());
        Interleaved.print("case", List.of(names), samples);
    }
}
