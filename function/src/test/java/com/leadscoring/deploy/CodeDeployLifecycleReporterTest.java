package com.leadscoring.deploy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;

/** The signed CodeDeploy call, against a local HTTP server that records what arrives. */
class CodeDeployLifecycleReporterTest {

    record Received(String method, Map<String, List<String>> headers, String body) {}

    HttpServer server;
    final List<Received> received = new ArrayList<>();
    int answer = 200;

    @BeforeEach
    void start() throws Exception {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", exchange -> {
            received.add(new Received(
                    exchange.getRequestMethod(),
                    Map.copyOf(exchange.getRequestHeaders()),
                    new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8)));
            byte[] body = (answer == 200 ? "{}" : "{\"__type\":\"DeploymentDoesNotExistException\"}")
                    .getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(answer, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        server.start();
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    CodeDeployLifecycleReporter reporter() {
        return new CodeDeployLifecycleReporter(
                UrlConnectionHttpClient.create(),
                StaticCredentialsProvider.create(AwsBasicCredentials.create("AKIDEXAMPLE", "secret")),
                "eu-west-1",
                URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/"));
    }

    static String header(Received r, String name) {
        return r.headers().entrySet().stream()
                .filter(e -> e.getKey().equalsIgnoreCase(name))
                .map(e -> e.getValue().get(0))
                .findFirst()
                .orElse(null);
    }

    @Test
    void sendsASignedPutLifecycleEventHookExecutionStatus() throws Exception {
        reporter().report("d-ABC123", "exec-1", false);
        assertEquals(1, received.size());
        Received r = received.get(0);
        assertEquals("POST", r.method());
        assertEquals("CodeDeploy_20141006.PutLifecycleEventHookExecutionStatus", header(r, "X-Amz-Target"));
        assertEquals("application/x-amz-json-1.1", header(r, "Content-Type"));
        String auth = header(r, "Authorization");
        assertTrue(auth.startsWith("AWS4-HMAC-SHA256 Credential=AKIDEXAMPLE/"), auth);
        assertTrue(auth.contains("/eu-west-1/codedeploy/aws4_request"), auth);
        assertTrue(auth.contains("x-amz-target"), "the target header is signed: " + auth);
        JsonNode body = new ObjectMapper().readTree(r.body());
        assertEquals("d-ABC123", body.get("deploymentId").asText());
        assertEquals("exec-1", body.get("lifecycleEventHookExecutionId").asText());
        assertEquals("Failed", body.get("status").asText());
    }

    @Test
    void successIsReportedAsSucceededAndARefusalThrows() {
        reporter().report("d-1", "exec-2", true);
        assertTrue(received.get(0).body().contains("\"status\":\"Succeeded\""));
        answer = 400;
        IllegalStateException e =
                assertThrows(IllegalStateException.class, () -> reporter().report("d-2", "exec-3", true));
        assertTrue(e.getMessage().contains("DeploymentDoesNotExistException"), e.getMessage());
    }
}
