package com.leadscoring.api;

import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyRequestEvent;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.leadscoring.bench.ScoringBench;
import com.leadscoring.bootstrap.ModelLoader;
import com.leadscoring.bootstrap.Serving;

/**
 * What SnapStart priming leaves for the first requests (run by bench/run.sh, not by mvn verify). In a fresh JVM: build
 * the handler, then either run the priming exactly as the snapshot would (the handler's CRaC resource, through a
 * context's {@code beforeCheckpoint}) or not, then time the first call of each kind of request, then each kind warm
 * (p50 of 2,000 calls). SnapStart restores memory, JIT code included, so the primed column is what a restored function
 * pays, less the restore itself, which needs AWS to measure. {@code bench/first-request.sh} runs both modes in 5 JVMs
 * each and prints the medians.
 *
 * <p>{@code java -cp function/target/function.jar:function/target/test-classes com.leadscoring.api.FirstRequestBench
 * <store> primed|unprimed}
 */
public final class FirstRequestBench {

    private FirstRequestBench() {}

    public static void main(String[] args) throws Exception {
        ScoreHandler handler =
                new ScoreHandler(Serving.of(ModelLoader.load(args[0], null)), RequestMetrics.NONE, Cors.NONE);
        boolean primed = args[1].equals("primed");
        if (primed) {
            WeakCracContext snapshot = new WeakCracContext();
            handler.registerPriming(snapshot);
            snapshot.beforeCheckpoint(null);
        }
        // A snapshot is restored long after the priming: let the JIT compilations it queued finish, as they would have
        // (both modes wait alike).
        Thread.sleep(2_000);
        Map<String, APIGatewayProxyRequestEvent> kinds = new LinkedHashMap<>();
        kinds.put("1 lead (events/score-one.json)", event("events/score-one.json"));
        kinds.put("20 leads (events/score-batch.json)", event("events/score-batch.json"));
        kinds.put("1,000 leads", ScoringBench.event(1000, false));
        kinds.put("1 lead, explain (events/score-explain.json)", event("events/score-explain.json"));
        kinds.put("invalid lead, 400 (events/invalid-lead.json)", event("events/invalid-lead.json"));
        kinds.put("GET /v1/model (events/model-info.json)", event("events/model-info.json"));
        Map<String, Long> first = new LinkedHashMap<>();
        for (Map.Entry<String, APIGatewayProxyRequestEvent> k : kinds.entrySet()) {
            long t0 = System.nanoTime();
            handler.handle(k.getValue(), null);
            first.put(k.getKey(), System.nanoTime() - t0);
        }
        System.out.println((primed ? "primed" : "unprimed") + ": first call, then p50 of 2,000 warm calls (µs)");
        for (Map.Entry<String, APIGatewayProxyRequestEvent> k : kinds.entrySet()) {
            long[] t = new long[2000];
            for (int i = 0; i < t.length; i++) {
                long t0 = System.nanoTime();
                handler.handle(k.getValue(), null);
                t[i] = System.nanoTime() - t0;
            }
            Arrays.sort(t);
            double warm = t[t.length / 2] / 1e3;
            double once = first.get(k.getKey()) / 1e3;
            System.out.printf(Locale.ROOT, "| %s | %.0f | %.1f | %.0fx |%n", k.getKey(), once, warm, once / warm);
        }
    }

    /** A sample event from {@code events/} (on the test class path), read as the Lambda runtime's Jackson would. */
    private static APIGatewayProxyRequestEvent event(String resource) throws IOException {
        try (InputStream in = FirstRequestBench.class.getClassLoader().getResourceAsStream(resource)) {
            return new ObjectMapper()
                    .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false)
                    .readValue(in, APIGatewayProxyRequestEvent.class);
        }
    }
}
