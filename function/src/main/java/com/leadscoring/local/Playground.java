package com.leadscoring.local;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Properties;

import com.sun.net.httpserver.HttpExchange;

/**
 * The local playground that {@code serve} adds in front of the API (never on Lambda): {@code GET /} a page to score a
 * lead by hand, {@code /openapi.yaml} the API's contract, {@code /docs} Swagger UI over it (from its webjar, inside the
 * jar) and {@code /report.html} the served model's report. Static files only: no build step, nothing fetched from the
 * internet when it runs.
 */
final class Playground {

    /** Where the page's own files are in the jar; {@code openapi.yaml} is copied there from infra/ by the build. */
    private static final String ROOT = "playground/";

    private static final String SWAGGER_UI = "META-INF/resources/webjars/swagger-ui/" + swaggerUiVersion() + "/";
    /** Only these names are served: a path never becomes a resource name by itself. */
    private static final Map<String, Asset> ASSETS = Map.of(
            "/", new Asset(ROOT + "index.html", "text/html; charset=utf-8"),
            "/playground/playground.js", new Asset(ROOT + "playground.js", "text/javascript; charset=utf-8"),
            "/playground/playground.css", new Asset(ROOT + "playground.css", "text/css; charset=utf-8"),
            "/openapi.yaml", new Asset(ROOT + "openapi.yaml", "application/yaml; charset=utf-8"),
            "/docs", new Asset(ROOT + "docs.html", "text/html; charset=utf-8"),
            "/docs/docs.js", new Asset(ROOT + "docs.js", "text/javascript; charset=utf-8"),
            "/docs/swagger-ui-bundle.js",
                    new Asset(SWAGGER_UI + "swagger-ui-bundle.js", "text/javascript; charset=utf-8"),
            "/docs/swagger-ui.css", new Asset(SWAGGER_UI + "swagger-ui.css", "text/css; charset=utf-8"),
            "/docs/favicon-32x32.png", new Asset(SWAGGER_UI + "favicon-32x32.png", "image/png"));
    /** The page and its scripts load nothing but this server's own files. */
    private static final String CSP = "default-src 'self'; img-src 'self' data:; style-src 'self' 'unsafe-inline'";

    private record Asset(String resource, String contentType) {}

    private final byte[] report;

    /** @param report the served model's report.html, or null when its version has none */
    Playground(byte[] report) {
        this.report = report;
    }

    /** Answers {@code exchange} when it asks for a playground file; false leaves it to the API. */
    boolean serve(HttpExchange exchange) throws IOException {
        String path = exchange.getRequestURI().getPath();
        String method = exchange.getRequestMethod();
        boolean read = method.equals("GET") || method.equals("HEAD");
        if (path.equals("/report.html") && read) {
            if (report == null) {
                send(
                        exchange,
                        404,
                        "text/plain; charset=utf-8",
                        "this model version has no report.html\n".getBytes(StandardCharsets.UTF_8));
            } else {
                send(exchange, 200, "text/html; charset=utf-8", report);
            }
            return true;
        }
        Asset asset = ASSETS.get(path);
        if (asset == null || !read) {
            return false;
        }
        send(exchange, 200, asset.contentType(), bytes(asset.resource()));
        return true;
    }

    private static void send(HttpExchange exchange, int status, String contentType, byte[] body) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", contentType);
        exchange.getResponseHeaders().set("Content-Security-Policy", CSP);
        exchange.getResponseHeaders().set("X-Content-Type-Options", "nosniff");
        boolean head = exchange.getRequestMethod().equals("HEAD");
        exchange.sendResponseHeaders(status, head ? -1 : body.length);
        if (!head) {
            try (OutputStream os = exchange.getResponseBody()) {
                os.write(body);
            }
        }
    }

    static byte[] bytes(String resource) {
        try (InputStream in = Playground.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("the jar has no " + resource);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The webjar's version, from its Maven metadata: the files sit under a folder named after it. */
    private static String swaggerUiVersion() {
        Properties p = new Properties();
        try (InputStream in = Playground.class
                .getClassLoader()
                .getResourceAsStream("META-INF/maven/org.webjars/swagger-ui/pom.properties")) {
            if (in == null) {
                throw new IllegalStateException("Swagger UI's webjar is not on the class path");
            }
            p.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return p.getProperty("version");
    }
}
