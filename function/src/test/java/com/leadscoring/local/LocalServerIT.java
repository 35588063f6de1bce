package com.leadscoring.local;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.leadscoring.api.Cors;
import com.leadscoring.api.RequestMetrics;
import com.leadscoring.api.ScoreHandler;
import com.leadscoring.bootstrap.ModelLoader;
import com.leadscoring.bootstrap.Serving;
import com.leadscoring.model.FixtureStore;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The local server end to end on a free port of 127.0.0.1, then under 8 concurrent clients: every answer must equal the
 * single-threaded answer for the same request, with zero errors.
 */
class LocalServerIT {

    static ServeCommand.LocalServer server;
    static HttpClient http = HttpClient.newHttpClient();
    static final ObjectMapper JSON = new ObjectMapper();

    @BeforeAll
    static void start() throws Exception {
        server = ServeCommand.LocalServer.start(
                new ScoreHandler(
                        Serving.of(ModelLoader.load(FixtureStore.location(), null)), RequestMetrics.NONE, Cors.NONE),
                0,
                8);
    }

    @AfterAll
    static void stop() {
        server.stop();
    }

    static String eventBody(String name) throws Exception {
        return JSON.readTree(Files.readString(Path.of("../events", name)))
                .get("body")
                .asText();
    }

    static HttpResponse<String> post(String body) throws Exception {
        return http.send(
                HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + "/v1/score"))
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(body))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void servesTheApiOverHttp() throws Exception {
        HttpResponse<String> ok = post(eventBody("score-batch.json"));
        assertEquals(200, ok.statusCode());
        assertEquals(20, JSON.readTree(ok.body()).get("scores").size());
        HttpResponse<String> bad = post(eventBody("invalid-lead.json"));
        assertEquals(400, bad.statusCode());
        assertEquals(
                "application/problem+json",
                bad.headers().firstValue("Content-Type").orElseThrow());
        HttpResponse<String> health = http.send(
                HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + "/v1/health"))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, health.statusCode());
        HttpResponse<String> missing = http.send(
                HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + "/nope"))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(404, missing.statusCode());
    }

    @Test
    void concurrentClientsGetTheSingleThreadedAnswers() throws Exception {
        List<String> bodies = List.of(
                eventBody("score-one.json"),
                eventBody("score-batch.json"),
                eventBody("score-explain.json"),
                eventBody("invalid-lead.json"));
        List<JsonNode> expected = new ArrayList<>();
        Set<String> scoreIds = ConcurrentHashMap.newKeySet();
        AtomicInteger scores = new AtomicInteger();
        for (String b : bodies) {
            expected.add(withoutScoreIds(JSON.readTree(post(b).body()), scoreIds, scores));
        }
        int clients = 8;
        int perClient = 250;
        AtomicInteger mismatches = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        List<Future<?>> futures = new ArrayList<>();
        for (int c = 0; c < clients; c++) {
            int offset = c;
            futures.add(pool.submit(() -> {
                for (int i = 0; i < perClient; i++) {
                    int k = (i + offset) % bodies.size();
                    HttpResponse<String> r = post(bodies.get(k));
                    if (!withoutScoreIds(JSON.readTree(r.body()), scoreIds, scores)
                            .equals(expected.get(k))) {
                        mismatches.incrementAndGet();
                    }
                }
                return null;
            }));
        }
        for (Future<?> f : futures) {
            f.get();
        }
        pool.shutdown();
        assertEquals(0, mismatches.get(), "responses that differ from the single-threaded answer");
        assertTrue(clients * perClient >= 2000);
        assertEquals(scores.get(), scoreIds.size(), "every score has its own scoreId, under concurrency too");
    }

    /** The answer without its scoreIds (each request's own), which are collected and counted. */
    private static JsonNode withoutScoreIds(JsonNode answer, Set<String> ids, AtomicInteger count) {
        for (JsonNode score : answer.path("scores")) {
            ids.add(score.path("scoreId").asText());
            count.incrementAndGet();
            ((ObjectNode) score).remove("scoreId");
        }
        return answer;
    }
}
