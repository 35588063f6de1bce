package com.leadscoring.bench;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.FloatBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.function.Function;

import ai.onnxruntime.OnnxTensor;
import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtSession;
import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyRequestEvent;
import com.amazonaws.xray.AWSXRayRecorder;
import com.amazonaws.xray.AWSXRayRecorderBuilder;
import com.amazonaws.xray.strategy.IgnoreErrorContextMissingStrategy;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.leadscoring.api.Cors;
import com.leadscoring.api.EmfRequestMetrics;
import com.leadscoring.api.ScoreHandler;
import com.leadscoring.api.ScoreRequestParser;
import com.leadscoring.batch.BatchScoreHandler;
import com.leadscoring.bootstrap.ModelLoader;
import com.leadscoring.bootstrap.TestServing;
import com.leadscoring.capturing.Capture;
import com.leadscoring.features.FeatureEncoders;
import com.leadscoring.model.FixtureStore;
import com.leadscoring.model.ModelBundle;
import com.leadscoring.scoring.LeadScorer;
import com.leadscoring.tracing.XRayTracer;

/**
 * A plain timed harness (run by bench/run.sh, not by mvn verify): the handler end to end (event with a JSON body →
 * response) against the raw ONNX Runtime {@code session.run} on a pre-built tensor of the same rows, in one run. Each
 * case: warm-up, then timed iterations; reports p50/p99 per call and leads per second. It starts with the interleaved
 * comparison against the floor ({@link #ratios}); a third argument {@code ratios} stops there, and a fourth,
 * {@code traced}, adds the handler with X-Ray tracing on to that comparison: every request sampled, its segment
 * serialized and sent by UDP to 127.0.0.1:2000 as to a daemon (whether one listens makes no difference to the sender).
 */
public final class ScoringBench {

    private static final ObjectMapper JSON = new ObjectMapper();

    record Result(String name, int leads, double p50us, double p99us, double leadsPerSecond) {}

    /** What Lambda hands each call: with it the handlers log through Powertools as in production. */
    static final Context CONTEXT = new BenchContext();

    /**
     * The handler under test serves MODEL_URI's model, the floors read the store argument: they must be the same model,
     * or the ratio compares two models.
     */
    static void requireSameModel(String handlerVersion, ModelBundle floorModel) {
        if (System.getenv("MODEL_URI") == null
                || !handlerVersion.equals(floorModel.manifest().modelVersion())) {
            throw new IllegalStateException("run through bench/ratios.sh: MODEL_URI must name the store argument's"
                    + " model (the handler serves " + handlerVersion + ", the floors "
                    + floorModel.manifest().modelVersion() + ")");
        }
    }

    public static void main(String[] args) throws Exception {
        String store = args.length > 0 ? args[0] : FixtureStore.location();
        double seconds = args.length > 1 ? Double.parseDouble(args[1]) : 3;
        ModelBundle bundle = ModelLoader.load(store, null);
        // The constructor Lambda calls, in the template's environment (bench/ratios.sh sets it): the model of
        // MODEL_URI, EMF metrics and the production log configuration, as on Lambda.
        ScoreHandler handler = new ScoreHandler();
        requireSameModel(handler.modelVersion(), bundle);
        OrtEnvironment env = OrtEnvironment.getEnvironment();
        OrtSession.SessionOptions options = new OrtSession.SessionOptions();
        options.setOptimizationLevel(OrtSession.SessionOptions.OptLevel.ALL_OPT);
        options.setIntraOpNumThreads(1);
        OrtSession raw = env.createSession(bundle.onnxModel(), options);
        String input = bundle.manifest().output().inputName();
        boolean traced = args.length > 3 && args[3].equals("traced");
        ratios(bundle, handler, traced ? tracedCall(bundle) : null, env, raw, input, seconds);
        if (args.length > 2 && args[2].equals("ratios")) {
            raw.close();
            return;
        }
        List<Result> results = new ArrayList<>();
        int explainRows = 18; // 1 + 17 source fields
        for (int leads : new int[] {1, 1000}) {
            for (boolean explain : new boolean[] {false, true}) {
                APIGatewayProxyRequestEvent event = event(leads, explain);
                if (handler.handle(event, CONTEXT).getStatusCode() != 200) {
                    throw new IllegalStateException("benchmark request failed");
                }
                results.add(time(
                        "handler" + (explain ? " explain" : ""), leads, seconds, () -> handler.handle(event, CONTEXT)));
                int rows = leads * (explain ? explainRows : 1);
                float[] x = new float[rows * bundle.preprocessing().contract().size()];
                Random r = new Random(1);
                for (int i = 0; i < x.length; i++) {
                    x[i] = (float) r.nextGaussian();
                }
                try (OnnxTensor t = OnnxTensor.createTensor(env, FloatBuffer.wrap(x), new long[] {
                    rows, bundle.preprocessing().contract().size()
                })) {
                    results.add(time("raw ORT run (" + rows + " rows)", leads, seconds, () -> {
                        try (OrtSession.Result out = raw.run(Map.of(input, t))) {
                            return out.size();
                        }
                    }));
                }
            }
        }
        // The Distributed Map batch handler on the same 1000 leads as CSV text (dd-MM-yyyy dates, empty cells), beside
        // the API handler on its JSON request: the per-1,000-lead figure behind the rescoring cost estimate.
        BatchScoreHandler batchHandler = new BatchScoreHandler();
        List<Result> batchResults = new ArrayList<>();
        for (int leads : new int[] {1, 1000}) {
            byte[] batch = batch(leads);
            if (batchHandler.score(new ByteArrayInputStream(batch)).scored() != leads) {
                throw new IllegalStateException("benchmark batch did not score every lead");
            }
            APIGatewayProxyRequestEvent same = event(leads, false);
            batchResults.add(time(
                    String.format(
                            Locale.ROOT,
                            "batch handler (Distributed Map batch → answer), %.1f KB in",
                            batch.length / 1024.0),
                    leads,
                    seconds,
                    () -> {
                        ByteArrayOutputStream out = new ByteArrayOutputStream();
                        batchHandler.handleRequest(new ByteArrayInputStream(batch), out, CONTEXT);
                        return out.size();
                    }));
            batchResults.add(time("API handler, same leads", leads, seconds, () -> handler.handle(same, CONTEXT)));
        }
        // Where the 1000-lead handler's time goes: each stage timed on its own, same request.
        APIGatewayProxyRequestEvent big = event(1000, false);
        byte[] bytes = big.getBody().getBytes(StandardCharsets.UTF_8);
        ScoreRequestParser parser = new ScoreRequestParser();
        var request = parser.parse(
                bytes, FeatureEncoders.forContract(bundle.preprocessing().contract()));
        List<Result> stages = new ArrayList<>();
        JsonFactory factory = new JsonFactory();
        Result tokenize = time("JSON tokenizing alone (floor of any JSON API)", 1000, seconds, () -> {
            int tokens = 0;
            try (JsonParser p = factory.createParser(bytes)) {
                while (p.nextToken() != null) {
                    tokens++;
                }
            }
            return tokens;
        });
        stages.add(time(
                "parse + validate + encode (ScoreRequestParser)",
                1000,
                seconds,
                () -> parser.parse(
                        bytes,
                        FeatureEncoders.forContract(bundle.preprocessing().contract()))));
        try (LeadScorer scorer = new LeadScorer(bundle)) {
            float[] rows = Arrays.copyOf(
                    request.features(),
                    request.size() * bundle.preprocessing().contract().size());
            float[] spent = new float[rows.length];
            stages.add(time("normalize + ORT + decisions (LeadScorer.score)", 1000, seconds, () -> {
                System.arraycopy(rows, 0, spent, 0, rows.length);
                return scorer.score(spent, request.size(), false);
            }));
        }
        stages.add(time("handler total", 1000, seconds, () -> handler.handle(big, CONTEXT)));

        System.out.printf(
                Locale.ROOT,
                "model %s (%s), %d s per case, 1 ORT intra-op thread, JDK %s, %d cores%n",
                bundle.manifest().modelVersion(),
                bundle.manifest().algorithm(),
                (long) seconds,
                System.getProperty("java.version"),
                Runtime.getRuntime().availableProcessors());
        System.out.printf(
                Locale.ROOT,
                "| case | leads | p50 µs | p99 µs | leads/s | p99 ratio to raw ORT |%n|---|---|---|---|---|---|%n");
        for (int i = 0; i < results.size(); i += 2) {
            Result h = results.get(i);
            Result o = results.get(i + 1);
            System.out.printf(
                    Locale.ROOT,
                    "| %s | %d | %.1f | %.1f | %.0f | %.2f× |%n",
                    h.name(),
                    h.leads(),
                    h.p50us(),
                    h.p99us(),
                    h.leadsPerSecond(),
                    h.p99us() / o.p99us());
            System.out.printf(
                    Locale.ROOT,
                    "| %s | %d | %.1f | %.1f | %.0f | 1.00× |%n",
                    o.name(),
                    o.leads(),
                    o.p50us(),
                    o.p99us(),
                    o.leadsPerSecond());
        }
        System.out.printf(
                Locale.ROOT,
                "%n| case | leads | p50 µs | p99 µs | leads/s | p50 ms per 1,000 leads |%n|---|---|---|---|---|---|%n");
        for (Result r : batchResults) {
            System.out.printf(
                    Locale.ROOT,
                    "| %s | %d | %.1f | %.1f | %.0f | %.3f |%n",
                    r.name(),
                    r.leads(),
                    r.p50us(),
                    r.p99us(),
                    r.leadsPerSecond(),
                    r.p50us() / r.leads());
        }
        System.out.printf(Locale.ROOT, "%n| 1000-lead stage | p50 µs | share of handler p50 |%n|---|---|---|%n");
        double total = stages.get(stages.size() - 1).p50us();
        double known = 0;
        for (Result st : stages) {
            System.out.printf(
                    Locale.ROOT, "| %s | %.0f | %.0f %% |%n", st.name(), st.p50us(), 100 * st.p50us() / total);
            if (st != stages.get(stages.size() - 1)) {
                known += st.p50us();
            }
        }
        System.out.printf(
                Locale.ROOT,
                "| rest (body to bytes, routing, JSON response, logging) | %.0f | %.0f %% |%n",
                total - known,
                100 * (total - known) / total);
        System.out.printf(
                Locale.ROOT,
                "| (of parse: %s, %d KB body) | %.0f | %.0f %% |%n",
                tokenize.name(),
                bytes.length / 1024,
                tokenize.p50us(),
                100 * tokenize.p50us() / total);
        raw.close();
    }

    /**
     * The handler against its floor, interleaved so that a shared machine's load falls on all cases alike: for 1 and
     * 1,000 leads, the handler (event → response), Jackson merely tokenizing the same body (bytes, no dup detection,
     * nothing read) and the raw ORT run on a pre-built tensor of as many rows. Rounds of ~50 ms per case, in turn, for
     * {@code 2 × seconds} per case in all; p50 over every sample of a case.
     */
    /** The handler with X-Ray on, each call one sampled trace (begun and sent around it), or null. */
    static Function<APIGatewayProxyRequestEvent, Object> tracedCall(ModelBundle bundle) throws Exception {
        System.setProperty("com.amazonaws.xray.emitters.daemonAddress", "127.0.0.1:2000");
        AWSXRayRecorder recorder = AWSXRayRecorderBuilder.standard()
                .withContextMissingStrategy(new IgnoreErrorContextMissingStrategy())
                .build();
        // Everything else as the Lambda constructor builds it (metrics, CORS, capture from the environment), so the
        // difference to the plain handler is tracing alone.
        ScoreHandler traced = new ScoreHandler(
                TestServing.traced(bundle, new XRayTracer(recorder)).withCapture(Capture.fromEnvironment()),
                new EmfRequestMetrics(),
                Cors.fromEnvironment());
        return event -> {
            recorder.beginSegment("lead-scoring");
            try {
                return traced.handle(event, null);
            } finally {
                recorder.endSegment();
            }
        };
    }

    static void ratios(
            ModelBundle bundle,
            ScoreHandler handler,
            Function<APIGatewayProxyRequestEvent, Object> traced,
            OrtEnvironment env,
            OrtSession raw,
            String input,
            double seconds)
            throws Exception {
        JsonFactory factory = new JsonFactory();
        int[] sizes = {1, 1000};
        List<String> names = new ArrayList<>();
        List<Call> calls = new ArrayList<>();
        List<OnnxTensor> tensors = new ArrayList<>();
        for (int leads : sizes) {
            APIGatewayProxyRequestEvent event = event(leads, false);
            if (handler.handle(event, CONTEXT).getStatusCode() != 200) {
                throw new IllegalStateException("benchmark request failed");
            }
            byte[] bytes = event.getBody().getBytes(StandardCharsets.UTF_8);
            float[] x = new float[leads * bundle.preprocessing().contract().size()];
            Random r = new Random(1);
            for (int i = 0; i < x.length; i++) {
                x[i] = (float) r.nextGaussian();
            }
            OnnxTensor t = OnnxTensor.createTensor(env, FloatBuffer.wrap(x), new long[] {
                leads, bundle.preprocessing().contract().size()
            });
            tensors.add(t);
            // The entry Lambda calls: the event's JSON in, the response's JSON out (read and written by the handler
            // since it is a stream handler), as the runtime hands them over.
            byte[] eventJson = eventJson(event);
            ByteArrayOutputStream answer = new ByteArrayOutputStream(1 << 20);
            handler.handleRequest(new ByteArrayInputStream(eventJson), answer, CONTEXT);
            if (JSON.readTree(answer.toByteArray()).path("statusCode").asInt() != 200) {
                throw new IllegalStateException("benchmark request failed through the stream entry");
            }
            names.add("handler, " + leads + (leads == 1 ? " lead" : " leads"));
            calls.add(() -> {
                answer.reset();
                handler.handleRequest(new ByteArrayInputStream(eventJson), answer, CONTEXT);
                return answer.size();
            });
            if (traced != null) {
                names.add("handler traced (X-Ray, sampled), " + leads + (leads == 1 ? " lead" : " leads"));
                calls.add(() -> traced.apply(event));
            }
            names.add(String.format(Locale.ROOT, "Jackson tokenizing the body (%.1f KB)", bytes.length / 1024.0));
            calls.add(() -> {
                int tokens = 0;
                try (JsonParser p = factory.createParser(bytes)) {
                    while (p.nextToken() != null) {
                        tokens++;
                    }
                }
                return tokens;
            });
            names.add("raw ORT run, " + leads + (leads == 1 ? " row" : " rows"));
            calls.add(() -> {
                try (OrtSession.Result out = raw.run(Map.of(input, t))) {
                    return out.size();
                }
            });
        }
        int cases = calls.size();
        Interleaved run = interleave(calls, seconds);
        for (OnnxTensor t : tensors) {
            t.close();
        }
        double[] p50 = run.p50();
        double[] p99 = run.p99();
        int[] counts = run.counts();
        long[] busy = run.busy();
        int rounds = run.rounds();
        long slice = Interleaved.SLICE;
        System.out.printf(
                Locale.ROOT,
                "model %s (%s), interleaved: %d rounds of %d ms per case, 1 ORT intra-op thread, JDK %s, %d cores%n",
                bundle.manifest().modelVersion(),
                bundle.manifest().algorithm(),
                rounds,
                slice / 1_000_000,
                System.getProperty("java.version"),
                Runtime.getRuntime().availableProcessors());
        System.out.printf(
                Locale.ROOT, "| case | p50 µs | p99 µs | calls | leads/s (one thread) |%n|---|---|---|---|---|%n");
        int per = traced != null ? 4 : 3; // cases per size: handler, [handler traced,] tokenizing, raw ORT
        for (int c = 0; c < cases; c++) {
            int leads = sizes[c / per];
            System.out.printf(
                    Locale.ROOT,
                    "| %s | %.1f | %.1f | %d | %s |%n",
                    names.get(c),
                    p50[c],
                    p99[c],
                    counts[c],
                    c % per < per - 2 ? String.format(Locale.ROOT, "%.0f", leads * counts[c] / (busy[c] / 1e9)) : "");
        }
        for (int k = 0; k < sizes.length; k++) {
            double tokenize = p50[per * k + per - 2];
            double ort = p50[per * k + per - 1];
            double floor = tokenize + ort;
            System.out.printf(
                    Locale.ROOT,
                    "RATIO %d lead%s: handler p50 %.1f µs / floor (tokenize %.1f + raw ORT %.1f = %.1f µs) = %.2f×%n",
                    sizes[k],
                    sizes[k] == 1 ? "" : "s",
                    p50[per * k],
                    tokenize,
                    ort,
                    floor,
                    p50[per * k] / floor);
            if (traced != null) {
                System.out.printf(
                        Locale.ROOT,
                        "RATIO %d lead%s traced: handler p50 %.1f µs / floor %.1f µs = %.2f×; "
                                + "tracing adds %.1f µs (%.1f %%)%n",
                        sizes[k],
                        sizes[k] == 1 ? "" : "s",
                        p50[per * k + 1],
                        floor,
                        p50[per * k + 1] / floor,
                        p50[per * k + 1] - p50[per * k],
                        100 * (p50[per * k + 1] - p50[per * k]) / p50[per * k]);
            }
        }
        System.out.println();
    }

    /** p50 and p99 (µs), calls and busy time per case of one interleaved run. */
    record Interleaved(double[] p50, double[] p99, int[] counts, long[] busy, int rounds) {
        static final long SLICE = 50_000_000L;
    }

    /**
     * Runs {@code calls} in turn, rounds of ~50 ms per case for {@code 2 × seconds} per case in all, after a warm-up of
     * two passes of ~0.4 s per case, so a shared machine's load falls on all cases alike.
     */
    static Interleaved interleave(List<Call> calls, double seconds) throws Exception {
        int cases = calls.size();
        long[][] samples = new long[cases][2_000_000];
        int[] counts = new int[cases];
        long[] busy = new long[cases];
        int rounds = Math.max(4, (int) (2 * seconds * 1e9 / Interleaved.SLICE));
        for (int warm = 0; warm < 2; warm++) {
            for (Call c : calls) {
                long end = System.nanoTime() + 400_000_000L;
                while (System.nanoTime() < end) {
                    c.run();
                }
            }
        }
        for (int round = 0; round < rounds; round++) {
            for (int c = 0; c < cases; c++) {
                long start = System.nanoTime();
                long end = start + Interleaved.SLICE;
                long now = start;
                while (now < end && counts[c] < samples[c].length) {
                    long t0 = System.nanoTime();
                    calls.get(c).run();
                    now = System.nanoTime();
                    samples[c][counts[c]++] = now - t0;
                }
                busy[c] += now - start;
            }
        }
        double[] p50 = new double[cases];
        double[] p99 = new double[cases];
        for (int c = 0; c < cases; c++) {
            long[] s = Arrays.copyOf(samples[c], counts[c]);
            Arrays.sort(s);
            p50[c] = s[s.length / 2] / 1e3;
            p99[c] = s[Math.min(s.length - 1, (int) (s.length * 0.99))] / 1e3;
        }
        return new Interleaved(p50, p99, counts, busy, rounds);
    }

    interface Call {
        Object run() throws Exception;
    }

    static Result time(String name, int leads, double seconds, Call call) throws Exception {
        long warmEnd = System.nanoTime() + (long) (seconds * 0.4e9);
        while (System.nanoTime() < warmEnd) {
            call.run();
        }
        long[] samples = new long[2_000_000];
        int n = 0;
        long start = System.nanoTime();
        long end = start + (long) (seconds * 1e9);
        long now = start;
        while (now < end && n < samples.length) {
            long t0 = System.nanoTime();
            call.run();
            now = System.nanoTime();
            samples[n++] = now - t0;
        }
        long[] s = Arrays.copyOf(samples, n);
        Arrays.sort(s);
        double total = (now - start) / 1e9;
        return new Result(name, leads, s[n / 2] / 1e3, s[Math.min(n - 1, (int) (n * 0.99))] / 1e3, leads * n / total);
    }

    /** {@link BenchBatches#batch(int)}: the leads of {@link #event(int, boolean)} as a Distributed Map batch. */
    public static byte[] batch(int leads) {
        return BenchBatches.batch(leads);
    }

    /** {@code event} as API Gateway's JSON, the bytes the Lambda runtime hands a stream handler. */
    public static byte[] eventJson(APIGatewayProxyRequestEvent event) throws Exception {
        ObjectNode json = JSON.createObjectNode()
                .put("httpMethod", event.getHttpMethod())
                .put("path", event.getPath())
                .put("body", event.getBody())
                .put("isBase64Encoded", false);
        ObjectNode headers = json.putObject("headers");
        event.getHeaders().forEach(headers::put);
        json.putObject("requestContext").put("requestId", "bench-request");
        return JSON.writeValueAsBytes(json);
    }

    public static APIGatewayProxyRequestEvent event(int leads, boolean explain) {
        Random r = new Random(leads);
        StringBuilder b = new StringBuilder("{\"leads\":[");
        for (int i = 0; i < leads; i++) {
            b.append(i == 0 ? "" : ",")
                    .append("{\"id\":\"L")
                    .append(i)
                    .append("\",\"created_at\":\"2021-0")
                    .append(1 + r.nextInt(9))
                    .append("-1")
                    .append(r.nextInt(9))
                    .append("\",\"campaign_var_1\":")
                    .append(r.nextInt(15))
                    .append(",\"campaign_var_2\":")
                    .append(r.nextInt(15));
            if (r.nextBoolean()) {
                b.append(",\"products_purchased\":")
                        .append(1 + r.nextInt(4))
                        .append(",\"signup_date\":\"2020-0")
                        .append(1 + r.nextInt(9))
                        .append("-2")
                        .append(r.nextInt(9))
                        .append('"');
            }
            for (int k = 1; k <= 12; k++) {
                b.append(",\"user_activity_var_").append(k).append("\":").append(r.nextInt(3));
            }
            b.append('}');
        }
        b.append("],\"explain\":").append(explain).append('}');
        return new APIGatewayProxyRequestEvent()
                .withHttpMethod("POST")
                .withPath("/v1/score")
                .withHeaders(Map.of("Content-Type", "application/json"))
                .withBody(b.toString());
    }
}
