package com.leadscoring.local;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import com.leadscoring.api.Cors;
import com.leadscoring.api.RequestMetrics;
import com.leadscoring.api.ScoreHandler;
import com.leadscoring.bench.ScoringBench;
import com.leadscoring.bootstrap.ModelLoader;
import com.leadscoring.bootstrap.Serving;
import com.leadscoring.model.FixtureStore;

/**
 * The local server under 8 concurrent HTTP clients on 127.0.0.1 (run by bench/run.sh, not by mvn verify): throughput
 * and latency percentiles for 1-lead and 100-lead requests; any non-200 answer is counted as an error.
 */
public final class ServeLoadBench {

    public static void main(String[] args) throws Exception {
        String store = args.length > 0 ? args[0] : FixtureStore.location();
        int requests = args.length > 1 ? Integer.parseInt(args[1]) : 4000;
        int clients = 8;
        ServeCommand.LocalServer server = ServeCommand.LocalServer.start(
                new ScoreHandler(Serving.of(ModelLoader.load(store, null)), RequestMetrics.NONE, Cors.NONE),
                0,
                clients);
        HttpClient http = HttpClient.newBuilder()
                .executor(Executors.newFixedThreadPool(clients))
                .build();
        URI uri = URI.create("http://127.0.0.1:" + server.port() + "/v1/score");
        System.out.printf(
                Locale.ROOT,
                "| leads per request | clients | requests | errors | requests/s | leads/s | p50 ms "
                        + "| p99 ms |%n|---|---|---|---|---|---|---|---|%n");
        try {
            for (int leads : new int[] {1, 100}) {
                String body = ScoringBench.event(leads, false).getBody();
                HttpRequest request = HttpRequest.newBuilder(uri)
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(body))
                        .build();
                for (int i = 0; i < 300; i++) { // warm-up
                    http.send(request, HttpResponse.BodyHandlers.ofString());
                }
                ExecutorService pool = Executors.newFixedThreadPool(clients);
                List<Future<long[]>> futures = new ArrayList<>();
                long start = System.nanoTime();
                for (int c = 0; c < clients; c++) {
                    futures.add(pool.submit(() -> {
                        long[] lat = new long[requests / clients + 1];
                        lat[lat.length - 1] = 0;
                        for (int i = 0; i < requests / clients; i++) {
                            long t0 = System.nanoTime();
                            HttpResponse<String> r = http.send(request, HttpResponse.BodyHandlers.ofString());
                            lat[i] = System.nanoTime() - t0;
                            if (r.statusCode() != 200) {
                                lat[lat.length - 1]++;
                            }
                        }
                        return lat;
                    }));
                }
                List<Long> all = new ArrayList<>();
                long errors = 0;
                for (Future<long[]> f : futures) {
                    long[] lat = f.get();
                    errors += lat[lat.length - 1];
                    for (int i = 0; i < lat.length - 1; i++) {
                        all.add(lat[i]);
                    }
                }
                double seconds = (System.nanoTime() - start) / 1e9;
                pool.shutdown();
                long[] sorted = all.stream().mapToLong(Long::longValue).toArray();
                Arrays.sort(sorted);
                System.out.printf(
                        Locale.ROOT,
                        "| %d | %d | %d | %d | %.0f | %.0f | %.2f | %.2f |%n",
                        leads,
                        clients,
                        sorted.length,
                        errors,
                        sorted.length / seconds,
                        leads * sorted.length / seconds,
                        sorted[sorted.length / 2] / 1e6,
                        sorted[(int) (sorted.length * 0.99)] / 1e6);
            }
        } finally {
            server.stop();
            System.exit(0);
        }
    }
}
