package com.leadscoring.local;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import com.leadscoring.api.Cors;
import com.leadscoring.api.RequestMetrics;
import com.leadscoring.api.ScoreHandler;
import com.leadscoring.bootstrap.ModelLoader;
import com.leadscoring.bootstrap.Serving;
import com.leadscoring.model.FixtureStore;
import com.leadscoring.model.Manifest;
import com.leadscoring.model.ModelBundle;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** {@code serve} over real HTTP: CORS for the configured origins only, and the playground's routes. */
class ServePlaygroundTest {

    static final String ALLOWED = "http://localhost:8080";
    static final HttpClient HTTP = HttpClient.newHttpClient();
    static ServeCommand.LocalServer server;
    static ModelBundle bundle;
    static String base;

    @BeforeAll
    static void start() throws Exception {
        ServeCommand serve = new ServeCommand();
        new CommandLine(serve)
                .parseArgs(
                        "--store",
                        FixtureStore.path().toString(),
                        "--cors-origin",
                        ALLOWED,
                        "--cors-origin",
                        "https://forms.example.com");
        assertEquals(List.of(ALLOWED, "https://forms.example.com"), serve.corsOrigins, "--cors-origin is repeatable");
        bundle = ModelLoader.load(FixtureStore.path().toString(), null);
        ScoreHandler handler = new ScoreHandler(Serving.of(bundle), RequestMetrics.NONE, new Cors(serve.corsOrigins));
        server = ServeCommand.LocalServer.start(handler, 0, 2, new Playground(serve.model.report(bundle)));
        base = "http://127.0.0.1:" + server.port();
    }

    @AfterAll
    static void stop() {
        server.stop();
    }

    static HttpResponse<byte[]> send(HttpRequest.Builder request) throws Exception {
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    @Test
    void aPreflightFromAnAllowedOriginSucceedsWithoutAKeyAndAnotherOriginGetsNoCorsHeader() throws Exception {
        HttpResponse<byte[]> allowed = send(HttpRequest.newBuilder(URI.create(base + "/v1/score"))
                .method("OPTIONS", HttpRequest.BodyPublishers.noBody())
                .header("Origin", ALLOWED)
                .header("Access-Control-Request-Method", "POST")
                .header("Access-Control-Request-Headers", "content-type"));
        assertEquals(204, allowed.statusCode());
        assertEquals(
                ALLOWED,
                allowed.headers().firstValue("Access-Control-Allow-Origin").orElse(null));
        assertTrue(allowed.headers()
                .firstValue("Access-Control-Allow-Methods")
                .orElseThrow()
                .contains("POST"));
        assertTrue(allowed.headers()
                .firstValue("Access-Control-Allow-Headers")
                .orElseThrow()
                .toLowerCase()
                .contains("content-type"));

        for (String path : List.of("/v1/score", "/v1/model")) {
            HttpResponse<byte[]> other = send(HttpRequest.newBuilder(URI.create(base + path))
                    .method("OPTIONS", HttpRequest.BodyPublishers.noBody())
                    .header("Origin", "https://evil.example")
                    .header("Access-Control-Request-Method", "POST"));
            assertTrue(
                    other.headers().map().keySet().stream()
                            .noneMatch(h -> h.equalsIgnoreCase("Access-Control-Allow-Origin")),
                    path);
        }
        // An error to an allowed origin carries the header too, so the page can read the problem.
        HttpResponse<byte[]> error = send(HttpRequest.newBuilder(URI.create(base + "/v1/score"))
                .header("Origin", ALLOWED)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"leads\":[{}]}")));
        assertEquals(400, error.statusCode());
        assertEquals(
                ALLOWED,
                error.headers().firstValue("Access-Control-Allow-Origin").orElse(null));
        HttpResponse<byte[]> otherError = send(HttpRequest.newBuilder(URI.create(base + "/v1/score"))
                .header("Origin", "https://evil.example")
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"leads\":[{}]}")));
        assertFalse(
                otherError.headers().firstValue("Access-Control-Allow-Origin").isPresent());
    }

    @Test
    void servesThePageTheContractItsReferenceAndTheModelsReportFromTheJar() throws Exception {
        HttpResponse<byte[]> page = send(HttpRequest.newBuilder(URI.create(base + "/")));
        assertEquals(200, page.statusCode());
        String html = new String(page.body(), StandardCharsets.UTF_8);
        assertTrue(html.contains("data-testid=\"score\"")
                && html.contains("href=\"/report.html\"")
                && html.contains("href=\"/docs\""));
        assertFalse(html.contains("https://") || html.contains("http://"), "the page loads nothing from elsewhere");
        assertTrue(page.headers()
                .firstValue("Content-Security-Policy")
                .orElseThrow()
                .contains("default-src 'self'"));

        HttpResponse<byte[]> contract = send(HttpRequest.newBuilder(URI.create(base + "/openapi.yaml")));
        assertArrayEquals(
                Files.readAllBytes(Path.of("..", "infra", "openapi.yaml")),
                contract.body(),
                "the served description is infra/openapi.yaml");

        assertEquals(
                200, send(HttpRequest.newBuilder(URI.create(base + "/docs"))).statusCode());
        for (String asset : List.of(
                "/docs/swagger-ui-bundle.js", "/docs/swagger-ui.css", "/docs/docs.js", "/playground/playground.js")) {
            HttpResponse<byte[]> r = send(HttpRequest.newBuilder(URI.create(base + asset)));
            assertEquals(200, r.statusCode(), asset);
            assertTrue(r.body().length > 100, asset);
        }
        Path version = FixtureStore.path().resolve(bundle.manifest().modelVersion());
        assertArrayEquals(
                Files.readAllBytes(version.resolve(Manifest.REPORT_FILE)),
                send(HttpRequest.newBuilder(URI.create(base + "/report.html"))).body());
        // Anything else is still the API: a 404 problem, and the API's own routes answer as before.
        HttpResponse<byte[]> missing = send(HttpRequest.newBuilder(URI.create(base + "/docs/../../etc/passwd")));
        assertEquals(404, missing.statusCode());
        assertEquals(
                200,
                send(HttpRequest.newBuilder(URI.create(base + "/v1/health"))).statusCode());
    }
}
