package com.leadscoring.local;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyRequestEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyResponseEvent;
import com.leadscoring.api.Cors;
import com.leadscoring.api.RequestMetrics;
import com.leadscoring.api.ScoreHandler;
import com.leadscoring.bootstrap.Serving;
import com.leadscoring.capturing.Capture;
import com.leadscoring.capturing.DirectoryCaptureOutput;
import com.leadscoring.model.ModelBundle;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code serve}: the JDK's HTTP server turning each request into an API Gateway proxy event for the same handler, the
 * local twin of {@code sam local start-api}, plus the {@link Playground} (a page, the contract and its reference),
 * which exists only here. Binds 127.0.0.1 only; Ctrl-C stops it cleanly.
 */
@Command(name = "serve", description = "Serves the API locally over the handler, and a playground page at /.")
final class ServeCommand implements Callable<Integer> {

    private static volatile boolean serving;

    @Mixin
    ModelOptions model;

    @Option(
            names = "--port",
            defaultValue = "3000",
            description = "Port on 127.0.0.1 (0: any free port; default ${DEFAULT-VALUE}).")
    int port;

    @Option(
            names = "--capture",
            paramLabel = "DIR",
            description = "Capture every scored lead (JSON Lines) under DIR/dt=YYYY-MM-DD/, one whole file per "
                    + "request: a path, file: URI or s3://bucket/prefix.")
    String captureDir;

    @Option(
            names = "--capture-percent",
            defaultValue = "100",
            description = "With --capture: the percentage of leads captured, chosen by lead id (default: "
                    + "${DEFAULT-VALUE}).")
    int capturePercent;

    @Option(names = "--threads", defaultValue = "8", description = "Request threads (default: ${DEFAULT-VALUE}).")
    int threads;

    @Option(
            names = "--cors-origin",
            paramLabel = "ORIGIN",
            description =
                    "A browser origin (e.g. http://localhost:8080) whose calls get CORS headers; repeatable. Default: none.")
    List<String> corsOrigins = new ArrayList<>();

    static boolean serving() {
        return serving;
    }

    @Override
    public Integer call() throws Exception {
        ModelBundle bundle = model.load();
        Capture capture = captureDir == null
                ? Capture.OFF
                : new Capture(new DirectoryCaptureOutput(captureDir, Clock.systemUTC()), capturePercent);
        ScoreHandler handler =
                new ScoreHandler(Serving.of(bundle).withCapture(capture), RequestMetrics.NONE, new Cors(corsOrigins));
        LocalServer server = LocalServer.start(handler, port, threads, new Playground(model.report(bundle)));
        Runtime.getRuntime().addShutdownHook(new Thread(server::stop));
        serving = true;
        System.out.println("serving model " + handler.modelVersion() + " at http://127.0.0.1:" + server.port()
                + "/v1/score (also /v1/model, /v1/health); playground http://127.0.0.1:" + server.port()
                + "/ (API reference /docs)"
                + (corsOrigins.isEmpty() ? "" : "; CORS for " + String.join(", ", corsOrigins)) + "; Ctrl-C stops");
        return 0;
    }

    /** The HTTP adapter, also started by tests on a free port. */
    static final class LocalServer {
        private final HttpServer http;
        private final ExecutorService pool;

        private LocalServer(HttpServer http, ExecutorService pool) {
            this.http = http;
            this.pool = pool;
        }

        static LocalServer start(ScoreHandler handler, int port, int threads) throws IOException {
            return start(handler, port, threads, null);
        }

        /** With {@code playground} null, only the API. */
        static LocalServer start(ScoreHandler handler, int port, int threads, Playground playground)
                throws IOException {
            // Without TCP_NODELAY, Nagle's algorithm and delayed ACKs hold every response ~40 ms (measured: 180
            // requests/s at p50 44 ms). Read once by the JDK server's configuration, so it must be set before create.
            System.setProperty("sun.net.httpserver.nodelay", "true");
            HttpServer http = HttpServer.create(new InetSocketAddress("127.0.0.1", port), 64);
            ExecutorService pool = Executors.newFixedThreadPool(threads);
            http.setExecutor(pool);
            http.createContext("/", exchange -> {
                if (playground == null || !playground.serve(exchange)) {
                    handle(handler, exchange);
                }
            });
            http.start();
            return new LocalServer(http, pool);
        }

        int port() {
            return http.getAddress().getPort();
        }

        void stop() {
            http.stop(1);
            pool.shutdown();
        }

        private static void handle(ScoreHandler handler, HttpExchange exchange) throws IOException {
            try (exchange) {
                byte[] body;
                try (InputStream in = exchange.getRequestBody()) {
                    // Read one byte past the limit: the handler answers 413 without us buffering more.
                    body = in.readNBytes(ScoreHandler.MAX_BODY_BYTES + 1);
                }
                Map<String, String> headers = new HashMap<>();
                Map<String, List<String>> multi = new HashMap<>();
                exchange.getRequestHeaders().forEach((k, v) -> {
                    headers.put(k, v.isEmpty() ? "" : v.get(0));
                    multi.put(k, v);
                });
                APIGatewayProxyRequestEvent event = new APIGatewayProxyRequestEvent()
                        .withHttpMethod(exchange.getRequestMethod())
                        .withPath(exchange.getRequestURI().getPath())
                        .withHeaders(headers)
                        .withMultiValueHeaders(multi)
                        .withBody(new String(body, StandardCharsets.UTF_8))
                        .withIsBase64Encoded(false);
                APIGatewayProxyResponseEvent response = handler.handle(event, null);
                byte[] out = response.getBody() == null
                        ? new byte[0]
                        : response.getBody().getBytes(StandardCharsets.UTF_8);
                if (response.getHeaders() != null) {
                    response.getHeaders()
                            .forEach((k, v) -> exchange.getResponseHeaders().set(k, v));
                }
                exchange.sendResponseHeaders(response.getStatusCode(), out.length == 0 ? -1 : out.length);
                if (out.length > 0) {
                    try (OutputStream os = exchange.getResponseBody()) {
                        os.write(out);
                    }
                }
            }
        }
    }
}
