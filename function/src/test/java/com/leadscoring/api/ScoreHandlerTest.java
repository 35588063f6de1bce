package com.leadscoring.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyRequestEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyResponseEvent;
import com.amazonaws.services.lambda.runtime.tests.annotations.Event;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.leadscoring.bootstrap.ModelLoader;
import com.leadscoring.bootstrap.Serving;
import com.leadscoring.decision.GradeBand;
import com.leadscoring.model.FixtureStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;

/** The handler over every file in events/ (the same files {@code sam local invoke} uses), and each error status. */
class ScoreHandlerTest {

    static final Path FIXTURE = FixtureStore.path();
    static final ScoreHandler HANDLER =
            new ScoreHandler(Serving.of(ModelLoader.load(FIXTURE.toString(), null)), RequestMetrics.NONE, Cors.NONE);
    static final ObjectMapper JSON = new ObjectMapper();

    static JsonNode body(APIGatewayProxyResponseEvent r) throws Exception {
        return JSON.readTree(r.getBody());
    }

    static JsonNode requestBody(APIGatewayProxyRequestEvent e) throws Exception {
        return JSON.readTree(e.getBody());
    }

    @ParameterizedTest
    @Event(value = "events/score-one.json", type = APIGatewayProxyRequestEvent.class)
    void scoresOneLead(APIGatewayProxyRequestEvent event) throws Exception {
        APIGatewayProxyResponseEvent r = HANDLER.handle(event, null);
        assertEquals(200, r.getStatusCode());
        assertEquals("application/json", r.getHeaders().get("Content-Type"));
        JsonNode b = body(r);
        assertEquals(HANDLER.modelVersion(), b.at("/model/version").asText());
        assertEquals(1, b.get("scores").size());
        assertEquals(requestBody(event).at("/leads/0/id"), b.at("/scores/0/id"));
        assertFalse(b.at("/scores/0").has("factors"));
    }

    @ParameterizedTest
    @Event(value = "events/score-batch.json", type = APIGatewayProxyRequestEvent.class)
    void scoresABatchInOrderConsistently(APIGatewayProxyRequestEvent event) throws Exception {
        JsonNode b = body(HANDLER.handle(event, null));
        JsonNode leads = requestBody(event).get("leads");
        double threshold = b.at("/model/threshold").asDouble();
        assertEquals(leads.size(), b.get("scores").size());
        for (int i = 0; i < leads.size(); i++) {
            JsonNode s = b.get("scores").get(i);
            assertEquals(leads.get(i).get("id"), s.get("id"), "ids echoed in order, numbers stay numbers");
            double p = s.get("probability").asDouble();
            assertTrue(p >= 0 && p <= 1);
            assertEquals(Math.round(100 * p), s.get("score").asInt());
            assertEquals(p >= threshold, s.get("buy").asBoolean());
            assertEquals(
                    GradeBand.gradeOf(s.get("score").asInt(), GradeBand.DEFAULT),
                    s.get("grade").asText());
        }
    }

    @ParameterizedTest
    @Event(value = "events/score-explain.json", type = APIGatewayProxyRequestEvent.class)
    void explainsWithTopFactorsEachWay(APIGatewayProxyRequestEvent event) throws Exception {
        JsonNode b = body(HANDLER.handle(event, null));
        for (JsonNode s : b.get("scores")) {
            List<Double> impacts = new ArrayList<>();
            s.get("factors").forEach(f -> impacts.add(f.get("impact").asDouble()));
            long up = impacts.stream().filter(v -> v > 0).count();
            long down = impacts.stream().filter(v -> v < 0).count();
            assertTrue(up <= 3 && down <= 3 && up + down == impacts.size(), impacts.toString());
            for (int i = 1; i < up; i++) {
                assertTrue(impacts.get(i) <= impacts.get(i - 1), "ups sorted by impact");
            }
            for (int i = (int) up + 1; i < impacts.size(); i++) {
                assertTrue(impacts.get(i) >= impacts.get(i - 1), "downs sorted by impact");
            }
            s.get("factors").forEach(f -> assertTrue(f.get("feature").asText().matches("[a-z_0-9]+")));
        }
    }

    @ParameterizedTest
    @Event(value = "events/invalid-lead.json", type = APIGatewayProxyRequestEvent.class)
    void namesEveryBadFieldAndScoresNothing(APIGatewayProxyRequestEvent event) throws Exception {
        APIGatewayProxyResponseEvent r = HANDLER.handle(event, null);
        assertEquals(400, r.getStatusCode());
        assertEquals("application/problem+json", r.getHeaders().get("Content-Type"));
        JsonNode b = body(r);
        assertEquals(ProblemType.INVALID_LEAD.uri(), b.get("type").asText());
        assertEquals(400, b.get("status").asInt());
        assertFalse(b.has("scores"));
        Set<String> pointers = new HashSet<>();
        b.get("errors").forEach(e -> pointers.add(e.get("pointer").asText()));
        assertEquals(
                Set.of(
                        "/leads/1/signup_date",
                        "/leads/1/campaign_var_1",
                        "/leads/1/user_activity_var_4",
                        "/leads/2/created_at",
                        "/leads/2/campain_var_1"),
                pointers);
    }

    @ParameterizedTest
    @Event(value = "events/malformed-json.json", type = APIGatewayProxyRequestEvent.class)
    void malformedJsonIs400(APIGatewayProxyRequestEvent event) throws Exception {
        assertProblem(HANDLER.handle(event, null), ProblemType.MALFORMED_JSON);
    }

    @ParameterizedTest
    @Event(value = "events/too-many-leads.json", type = APIGatewayProxyRequestEvent.class)
    void moreThanAThousandLeadsIs413(APIGatewayProxyRequestEvent event) throws Exception {
        assertProblem(HANDLER.handle(event, null), ProblemType.TOO_LARGE);
    }

    @ParameterizedTest
    @Event(value = "events/unknown-path.json", type = APIGatewayProxyRequestEvent.class)
    void unknownPathIs404(APIGatewayProxyRequestEvent event) throws Exception {
        assertProblem(HANDLER.handle(event, null), ProblemType.NOT_FOUND);
    }

    @ParameterizedTest
    @Event(value = "events/wrong-method.json", type = APIGatewayProxyRequestEvent.class)
    void wrongMethodIs405WithAllow(APIGatewayProxyRequestEvent event) throws Exception {
        APIGatewayProxyResponseEvent r = HANDLER.handle(event, null);
        assertProblem(r, ProblemType.METHOD_NOT_ALLOWED);
        assertEquals("POST", r.getHeaders().get("Allow"));
    }

    @ParameterizedTest
    @Event(value = "events/wrong-content-type.json", type = APIGatewayProxyRequestEvent.class)
    void nonJsonIs415(APIGatewayProxyRequestEvent event) throws Exception {
        assertProblem(HANDLER.handle(event, null), ProblemType.UNSUPPORTED_MEDIA_TYPE);
    }

    @ParameterizedTest
    @Event(value = "events/model-info.json", type = APIGatewayProxyRequestEvent.class)
    void describesTheModel(APIGatewayProxyRequestEvent event) throws Exception {
        APIGatewayProxyResponseEvent r = HANDLER.handle(event, null);
        assertEquals(200, r.getStatusCode());
        JsonNode b = body(r);
        assertEquals(HANDLER.modelVersion(), b.get("version").asText());
        assertEquals("dnn", b.get("algorithm").asText());
        assertEquals(24, b.get("featureNames").size());
        assertEquals(4, b.get("gradeBands").size());
        assertTrue(b.at("/validation/f1").isNumber());
        assertEquals(64, b.get("dataSha256").asText().length());
    }

    @ParameterizedTest
    @Event(value = "events/health.json", type = APIGatewayProxyRequestEvent.class)
    void health(APIGatewayProxyRequestEvent event) throws Exception {
        APIGatewayProxyResponseEvent r = HANDLER.handle(event, null);
        assertEquals(200, r.getStatusCode());
        assertEquals(HANDLER.modelVersion(), body(r).get("model").asText());
    }

    static APIGatewayProxyRequestEvent post(String body) {
        return new APIGatewayProxyRequestEvent()
                .withHttpMethod("POST")
                .withPath("/v1/score")
                .withHeaders(Map.of("content-type", "application/json; charset=utf-8"))
                .withBody(body);
    }

    static String oneLead(String extra) {
        return "{\"leads\":[{\"id\":\"x\",\"created_at\":\"2021-05-04\",\"campaign_var_1\":1,\"campaign_var_2\":2"
                + ",\"products_purchased\":null" + extra
                + ",\"user_activity_var_1\":0,\"user_activity_var_2\":0,\"user_activity_var_3\":0,"
                + "\"user_activity_var_4\":0"
                + ",\"user_activity_var_5\":0,\"user_activity_var_6\":0,\"user_activity_var_7\":0,"
                + "\"user_activity_var_8\":0"
                + ",\"user_activity_var_9\":0,\"user_activity_var_10\":0,\"user_activity_var_11\":0,"
                + "\"user_activity_var_12\":0}]}";
    }

    @Test
    void contractEdges() throws Exception {
        assertEquals(200, HANDLER.handle(post(oneLead("")), null).getStatusCode());
        APIGatewayProxyRequestEvent b64 = post(Base64.getEncoder()
                        .encodeToString(oneLead("").getBytes(StandardCharsets.UTF_8)))
                .withIsBase64Encoded(true);
        assertEquals(200, HANDLER.handle(b64, null).getStatusCode());
        assertProblem(HANDLER.handle(post(oneLead(",\"campaign_var_1\":3")), null), ProblemType.MALFORMED_JSON);
        assertProblem(HANDLER.handle(post(oneLead(",\"signup_date\":NaN")), null), ProblemType.MALFORMED_JSON);
        assertProblem(HANDLER.handle(post("{\"leads\":[]}"), null), ProblemType.INVALID_REQUEST);
        assertProblem(HANDLER.handle(post(""), null), ProblemType.INVALID_REQUEST);
        assertProblem(HANDLER.handle(post("[1,2]"), null), ProblemType.INVALID_REQUEST);
        assertProblem(HANDLER.handle(post("{\"leads\":[], \"x\": 1}"), null), ProblemType.INVALID_REQUEST);
        String big = "{\"leads\":[],\"pad\":\"" + "x".repeat(ScoreHandler.MAX_BODY_BYTES) + "\"}";
        assertProblem(HANDLER.handle(post(big), null), ProblemType.TOO_LARGE);
        JsonNode idNumber = body(HANDLER.handle(post(oneLead("").replace("\"id\":\"x\"", "\"id\":42")), null));
        assertTrue(idNumber.at("/scores/0/id").isIntegralNumber());
    }

    @Test
    void aMissingOrTamperedModelFailsInitLoudly(@TempDir Path tmp) throws Exception {
        IllegalStateException missing = assertThrows(
                IllegalStateException.class,
                () -> new ScoreHandler(
                        Serving.of(ModelLoader.load(tmp.resolve("nothing").toString(), null)),
                        RequestMetrics.NONE,
                        Cors.NONE));
        assertTrue(missing.getMessage().contains("cannot load the model"), missing.getMessage());
        Path copy = tmp.resolve("store");
        copyTree(FIXTURE, copy);
        String version = Files.readString(copy.resolve("latest")).trim();
        Path model = copy.resolve(version).resolve("model.onnx");
        byte[] bytes = Files.readAllBytes(model);
        bytes[bytes.length / 2] ^= 0x5a;
        Files.write(model, bytes);
        IllegalStateException tampered = assertThrows(
                IllegalStateException.class,
                () -> new ScoreHandler(
                        Serving.of(ModelLoader.load(copy.toString(), null)), RequestMetrics.NONE, Cors.NONE));
        assertTrue(tampered.getMessage().contains("model.onnx does not match its checksum"), tampered.getMessage());
    }

    static void copyTree(Path from, Path to) throws Exception {
        try (var s = Files.walk(from)) {
            for (Path p : s.toList()) {
                Path target = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(p, target);
                }
            }
        }
    }

    static void assertProblem(APIGatewayProxyResponseEvent r, ProblemType type) throws Exception {
        assertEquals(type.status(), r.getStatusCode(), r.getBody());
        assertEquals("application/problem+json", r.getHeaders().get("Content-Type"));
        JsonNode b = body(r);
        assertEquals(type.uri(), b.get("type").asText());
        assertEquals(type.title(), b.get("title").asText());
        assertEquals(type.status(), b.get("status").asInt());
        assertFalse(b.get("detail").asText().isBlank());
    }
}
