package com.leadscoring.contract;

import static com.leadscoring.PropertyTests.qt;
import static com.leadscoring.PropertyTests.unchecked;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.generators.SourceDSL.arbitrary;
import static org.quicktheories.generators.SourceDSL.booleans;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.longs;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyRequestEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyResponseEvent;
import com.amazonaws.services.lambda.runtime.tests.EventLoader;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.leadscoring.api.Cors;
import com.leadscoring.api.ProblemType;
import com.leadscoring.api.RequestMetrics;
import com.leadscoring.api.ScoreHandler;
import com.leadscoring.batch.BatchScoreHandler;
import com.leadscoring.bootstrap.ModelLoader;
import com.leadscoring.bootstrap.Serving;
import com.leadscoring.bootstrap.TestServing;
import com.leadscoring.model.FixtureStore;
import com.leadscoring.model.ModelBundle;
import com.leadscoring.scoring.LeadScorer;
import org.junit.jupiter.api.Test;
import org.quicktheories.api.Pair;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * Every answer of the handlers validates against infra/openapi.yaml: every event under events/, every error case and
 * generated requests, with the validator library doing the checking. Where the description says both what a request may
 * be and what the function does with it, the two agree: a request the description's schema takes is scored (200), one
 * it refuses is refused (400), so API Gateway's validator and the function never disagree.
 */
class OpenApiContractTest {

    static final String ALLOWED = "https://forms.example.com";
    static final ModelBundle MODEL = ModelLoader.load(FixtureStore.path().toString(), null);
    static final ScoreHandler HANDLER =
            new ScoreHandler(Serving.of(MODEL), RequestMetrics.NONE, new Cors(List.of(ALLOWED)));
    static final ObjectMapper JSON = new ObjectMapper();
    static final Path EVENTS = Path.of("..", "events");
    static final String DUPLICATE_KEY = "duplicate key";

    static List<Path> events() throws Exception {
        try (Stream<Path> files = Files.list(EVENTS)) {
            return files.filter(p -> p.toString().endsWith(".json")
                            && !p.getFileName().toString().equals("env.json"))
                    .sorted()
                    .toList();
        }
    }

    static APIGatewayProxyRequestEvent apiEvent(Path file) throws Exception {
        return EventLoader.loadApiGatewayRestEvent("events/" + file.getFileName());
    }

    @Test
    void everyEventUnderEventsIsAnsweredAsDocumented() throws Exception {
        int api = 0;
        int batch = 0;
        for (Path file : events()) {
            JsonNode json = JSON.readTree(file.toFile());
            if (json.has("httpMethod")) {
                APIGatewayProxyRequestEvent event = apiEvent(file);
                APIGatewayProxyResponseEvent answer = HANDLER.handle(event, null);
                OpenApiContract.assertDocumented(event, answer);
                assertAgreesWithTheRequestSchema(file.getFileName().toString(), event, answer);
                api++;
            } else {
                assertTrue(json.has("Items"), file + " is neither an API Gateway event nor a Distributed Map batch");
                OpenApiContract.assertValid("BatchRequest", json.toString(), file.toString());
                OpenApiContract.assertValid("BatchResponse", batchAnswer(json.toString()), "the answer to " + file);
                batch++;
            }
        }
        assertTrue(api >= 10 && batch >= 3, "api events " + api + ", batches " + batch);
    }

    /** The function answers 200 exactly when the description's request schema takes the body (POST /v1/score). */
    static void assertAgreesWithTheRequestSchema(
            String what, APIGatewayProxyRequestEvent event, APIGatewayProxyResponseEvent answer) {
        if (!"POST".equals(event.getHttpMethod())
                || answer.getStatusCode() == 415
                || answer.getStatusCode() == 413
                || what.equals(DUPLICATE_KEY)) {
            // No body the schema judges (415: not JSON; 413: a size limit, which the schema leaves to the function), or
            // one it cannot see: a JSON Schema reads a parsed document, where a duplicate key is already gone.
            return;
        }
        boolean valid = OpenApiContract.requestValid(event);
        assertEquals(
                valid,
                answer.getStatusCode() == 200,
                () -> what + ": the schema " + (valid ? "takes" : "refuses")
                        + " the request " + OpenApiContract.requestErrors(event) + " but the function answered "
                        + answer.getStatusCode()
                        + " " + answer.getBody());
    }

    static String batchAnswer(String input) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new BatchScoreHandler(Serving.of(MODEL))
                .handleRequest(new ByteArrayInputStream(input.getBytes(StandardCharsets.UTF_8)), out, null);
        return out.toString(StandardCharsets.UTF_8);
    }

    static APIGatewayProxyRequestEvent request(String method, String path, Map<String, String> headers, String body) {
        Map<String, String> h = new LinkedHashMap<>(headers);
        h.putIfAbsent("Origin", ALLOWED);
        return new APIGatewayProxyRequestEvent()
                .withHttpMethod(method)
                .withPath(path)
                .withHeaders(h)
                .withBody(body);
    }

    static APIGatewayProxyRequestEvent post(String path, String body) {
        return request("POST", path, Map.of("Content-Type", "application/json"), body);
    }

    static String lead(String extra) {
        StringBuilder b = new StringBuilder(
                "{\"id\":\"x\",\"created_at\":\"2021-05-04\",\"campaign_var_1\":1,\"campaign_var_2\":2");
        for (int i = 1; i <= 12; i++) {
            b.append(",\"user_activity_var_").append(i).append("\":0");
        }
        return b.append(extra).append('}').toString();
    }

    static String leads(int n, String extra) {
        StringBuilder b = new StringBuilder("{\"leads\":[");
        for (int i = 0; i < n; i++) {
            b.append(i == 0 ? "" : ",").append(lead(extra));
        }
        return b.append("]}").toString();
    }

    @Test
    void theNewestModelsAnswersAreDocumentedToo() throws Exception {
        // The newest fixture version has probability grade bands, a score distribution and field labels.
        ModelBundle newest = ModelLoader.load(FixtureStore.path().toString(), FixtureStore.NEWEST_VERSION);
        ScoreHandler handler = new ScoreHandler(Serving.of(newest), RequestMetrics.NONE, new Cors(List.of(ALLOWED)));
        String hot = ",\"signup_date\":\"2020-01-02\",\"products_purchased\":2,\"previous_score\":3".replace("}", "");
        Map<String, String> bodies = new LinkedHashMap<>();
        bodies.put(
                "explained, with previous scores",
                "{\"leads\":[" + lead(hot) + "," + lead(",\"previous_score\":null") + "],\"explain\":true}");
        bodies.put("plain, with a previous score", leads(3, ",\"previous_score\":100"));
        bodies.put("a bad previous score", leads(1, ",\"previous_score\":101"));
        for (Map.Entry<String, String> b : bodies.entrySet()) {
            APIGatewayProxyRequestEvent event = post("/v1/score", b.getValue());
            APIGatewayProxyResponseEvent answer = handler.handle(event, null);
            OpenApiContract.assertDocumented(event, answer);
            assertAgreesWithTheRequestSchema(b.getKey(), event, answer);
        }
        JsonNode explained = JSON.readTree(
                handler.handle(post("/v1/score", bodies.values().iterator().next()), null)
                        .getBody());
        assertTrue(
                explained.at("/scores/0").has("percentile")
                        && explained.at("/scores/0").has("trend")
                        && explained.at("/scores/0/factors/0").has("label"),
                explained.toString());
        APIGatewayProxyRequestEvent model = request("GET", "/v1/model", Map.of(), null);
        OpenApiContract.assertDocumented(model, handler.handle(model, null));
        String batch = JSON.readTree(EVENTS.resolve("batch-good.json").toFile())
                .toString()
                .replace("\"BatchInput\":{", "\"BatchInput\":{\"explain\":true,");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new BatchScoreHandler(Serving.of(newest))
                .handleRequest(new ByteArrayInputStream(batch.getBytes(StandardCharsets.UTF_8)), out, null);
        OpenApiContract.assertValid("BatchRequest", batch, "an explained batch");
        OpenApiContract.assertValid("BatchResponse", out.toString(StandardCharsets.UTF_8), "its answer");
        assertTrue(out.toString(StandardCharsets.UTF_8).contains("\"factors\":[{"), "the batch answered reasons");
    }

    @Test
    void everyErrorCaseIsAnsweredAsDocumentedAndEveryProblemTypeOccurs() throws Exception {
        Map<String, APIGatewayProxyRequestEvent> cases = new LinkedHashMap<>();
        cases.put("malformed JSON", post("/v1/score", "{\"leads\": [}"));
        cases.put(DUPLICATE_KEY, post("/v1/score", "{\"leads\":[" + lead(",\"campaign_var_1\":3") + "]}"));
        cases.put("empty body", post("/v1/score", ""));
        cases.put("not an object", post("/v1/score", "[1,2]"));
        cases.put("no leads", post("/v1/score", "{\"leads\":[]}"));
        cases.put("unknown request field", post("/v1/score", "{\"leads\":[" + lead("") + "],\"explian\":true}"));
        cases.put(
                "invalid leads",
                post("/v1/score", leads(2, ",\"signup_date\":\"2021-02-30\",\"products_purchased\":7")));
        cases.put("unknown lead field", post("/v1/form/score", leads(1, ",\"campaing_var_1\":1")));
        cases.put("too many leads", post("/v1/score", leads(1001, "")));
        cases.put(
                "body over 1 MB",
                post(
                        "/v1/score",
                        "{\"leads\":[" + lead("") + "]," + "\"pad\":\"" + "x".repeat(ScoreHandler.MAX_BODY_BYTES)
                                + "\"}"));
        cases.put(
                "not JSON",
                request("POST", "/v1/score", Map.of("Content-Type", "text/csv"), "id,created_at\n1,2021-05-04"));
        cases.put("no content type", request("POST", "/v1/score", Map.of(), leads(1, "")));
        cases.put("unknown path", request("GET", "/v2/score", Map.of(), null));
        cases.put("root path", request("GET", "/", Map.of(), null));
        cases.put("wrong method on score", request("GET", "/v1/score", Map.of(), null));
        cases.put("wrong method on form", request("PUT", "/v1/form/score", Map.of(), null));
        cases.put("wrong method on model", request("DELETE", "/v1/model", Map.of(), null));
        cases.put(
                "wrong method on health",
                request("POST", "/v1/health", Map.of("Content-Type", "application/json"), "{}"));
        Set<ProblemType> seen = EnumSet.noneOf(ProblemType.class);
        for (Map.Entry<String, APIGatewayProxyRequestEvent> c : cases.entrySet()) {
            APIGatewayProxyResponseEvent answer = HANDLER.handle(c.getValue(), null);
            assertTrue(answer.getStatusCode() >= 400, c.getKey() + " answered " + answer.getStatusCode());
            OpenApiContract.assertDocumented(c.getValue(), answer);
            assertAgreesWithTheRequestSchema(c.getKey(), c.getValue(), answer);
            assertEquals(
                    ALLOWED,
                    answer.getHeaders().get("Access-Control-Allow-Origin"),
                    c.getKey() + ": an error to an allowed origin has CORS");
            seen.add(problemType(answer));
        }
        // A fault inside the function: the scorer is closed under it.
        LeadScorer closed = new LeadScorer(MODEL);
        closed.close();
        ScoreHandler broken =
                new ScoreHandler(TestServing.of(MODEL, closed), RequestMetrics.NONE, new Cors(List.of(ALLOWED)));
        APIGatewayProxyRequestEvent fine = post("/v1/score", leads(1, ""));
        APIGatewayProxyResponseEvent internal = broken.handle(fine, null);
        assertEquals(500, internal.getStatusCode());
        OpenApiContract.assertDocumented(fine, internal);
        seen.add(problemType(internal));
        assertEquals(
                EnumSet.allOf(ProblemType.class), seen, "every problem type the function has is answered and checked");
    }

    static ProblemType problemType(APIGatewayProxyResponseEvent answer) throws Exception {
        String type = JSON.readTree(answer.getBody()).get("type").asText();
        for (ProblemType t : ProblemType.values()) {
            if (t.uri().equals(type)) {
                return t;
            }
        }
        throw new AssertionError("unknown problem type " + type);
    }

    @Test
    void everyRouteAnswersAsDocumentedWithCorsForAnAllowedOriginOnlyAndPreflightsNeedNoKey() throws Exception {
        List<APIGatewayProxyRequestEvent> requests = new ArrayList<>();
        for (String path : List.of("/v1/score", "/v1/form/score", "/v1/model", "/v1/health")) {
            requests.add(request("OPTIONS", path, Map.of("Access-Control-Request-Method", "POST"), null));
        }
        requests.add(request("GET", "/v1/model", Map.of(), null));
        requests.add(request("GET", "/v1/health", Map.of(), null));
        requests.add(post(
                "/v1/score",
                leads(3, ",\"products_purchased\":null,\"signup_date\":\"2020-01-31\"")
                        .replace("]}", "],\"explain\":true}")));
        requests.add(post("/v1/form/score", leads(1, ",\"signup_date\":null")));
        for (APIGatewayProxyRequestEvent allowed : requests) {
            APIGatewayProxyResponseEvent answer = HANDLER.handle(allowed, null);
            String what = allowed.getHttpMethod() + " " + allowed.getPath();
            assertEquals(allowed.getHttpMethod().equals("OPTIONS") ? 204 : 200, answer.getStatusCode(), what);
            OpenApiContract.assertDocumented(allowed, answer);
            assertEquals(ALLOWED, answer.getHeaders().get("Access-Control-Allow-Origin"), what);
            assertEquals("Origin", answer.getHeaders().get("Vary"), what);

            APIGatewayProxyRequestEvent other = request(
                    allowed.getHttpMethod(),
                    allowed.getPath(),
                    Map.of("Origin", "https://evil.example", "Content-Type", "application/json"),
                    allowed.getBody());
            APIGatewayProxyResponseEvent refused = HANDLER.handle(other, null);
            OpenApiContract.assertDocumented(other, refused);
            assertFalse(
                    refused.getHeaders().keySet().stream().anyMatch(h -> h.equals("Access-Control-Allow-Origin")),
                    what);
        }
        APIGatewayProxyResponseEvent preflight = HANDLER.handle(requests.get(0), null);
        assertEquals("POST,OPTIONS", preflight.getHeaders().get("Access-Control-Allow-Methods"));
        assertTrue(preflight.getHeaders().get("Access-Control-Allow-Headers").contains("X-Api-Key"));
        // Without a configured origin (the default) nothing changes for server-side callers: no CORS header at all.
        APIGatewayProxyResponseEvent plain =
                new ScoreHandler(Serving.of(MODEL), RequestMetrics.NONE, Cors.NONE).handle(requests.get(4), null);
        assertTrue(
                plain.getHeaders().keySet().stream().noneMatch(h -> h.startsWith("Access-Control") || h.equals("Vary")),
                plain.getHeaders().toString());
    }

    // ---- generated requests ----------------------------------------------------------------------------------------

    static final String[] INTEGER_FIELDS = {
        "campaign_var_1",
        "campaign_var_2",
        "user_activity_var_1",
        "user_activity_var_2",
        "user_activity_var_3",
        "user_activity_var_4",
        "user_activity_var_5",
        "user_activity_var_6",
        "user_activity_var_7",
        "user_activity_var_8",
        "user_activity_var_9",
        "user_activity_var_10",
        "user_activity_var_11",
        "user_activity_var_12"
    };

    /** A field's value: mostly valid, sometimes missing, null, out of range, a string, a decimal. */
    static Gen<Object> integer(int max) {
        return Generate.frequency(
                Pair.of(30, integers().between(0, max).map(i -> (Object) i)),
                Pair.of(1, arbitrary().pick((Object) (max + 1), -1, "3", 1.5, Boolean.TRUE)),
                Pair.of(1, Generate.constant((Object) Missing.VALUE)));
    }

    enum Missing {
        VALUE
    }

    static final List<Character> ALPHANUMERIC = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"
            .chars()
            .mapToObj(c -> (char) c)
            .toList();

    static Gen<Map<String, Object>> leadMaps() {
        Gen<Object> date = Generate.frequency(
                Pair.of(20, integers().between(0, 365 * 30).map(d ->
                        (Object) LocalDate.of(1995, 1, 1).plusDays(d).toString())),
                Pair.of(1, arbitrary().pick((Object) "04-05-2021", "yesterday", 20210504)));
        Gen<Object> nullableDate = Generate.frequency(
                Pair.of(6, date), Pair.of(1, Generate.pick(Arrays.asList((Object) null, Missing.VALUE))));
        Gen<Object> products = Generate.frequency(
                Pair.of(6, integer(4)), Pair.of(1, Generate.pick(Arrays.asList((Object) null, Missing.VALUE))));
        Gen<Object> id = Generate.oneOf(
                longs().between(0, 1L << 40).map(l -> (Object) l),
                lists().of(arbitrary().pick(ALPHANUMERIC)).ofSizeBetween(1, 20).map(cs ->
                        (Object) cs.stream().map(String::valueOf).collect(Collectors.joining())));
        List<Gen<Object>> values = new ArrayList<>(List.of(id, date, products, nullableDate));
        for (String f : INTEGER_FIELDS) {
            values.add(integer(f.startsWith("campaign") ? 999 : 9999));
        }
        String[] names = new String[4 + INTEGER_FIELDS.length];
        names[0] = "id";
        names[1] = "created_at";
        names[2] = "products_purchased";
        names[3] = "signup_date";
        System.arraycopy(INTEGER_FIELDS, 0, names, 4, INTEGER_FIELDS.length);
        return in -> {
            Map<String, Object> lead = new LinkedHashMap<>();
            for (int i = 0; i < names.length; i++) {
                Object v = values.get(i).generate(in);
                if (v != Missing.VALUE) {
                    lead.put(names[i], v);
                }
            }
            return lead;
        };
    }

    record GeneratedRequest(List<Map<String, Object>> leads, boolean explain) {}

    /**
     * Up to 20 leads, two lists in three of 1 or 2: a generated lead is valid about 40 % of the time, so only short
     * lists are scored often enough for both sides of the agreement to be exercised.
     */
    static Gen<List<Map<String, Object>>> leadLists() {
        Gen<Integer> sizes = Generate.frequency(
                Pair.of(2, integers().between(1, 2)), Pair.of(1, integers().between(0, 20)));
        return lists().of(leadMaps()).ofSizes(sizes);
    }

    @Test
    void generatedRequestsAreAnsweredAsDocumentedAndAsTheSchemaSays() {
        Map<Integer, Integer> statuses = new TreeMap<>();
        qt(20261129, 150)
                .forAll(leadLists().zip(booleans().all(), GeneratedRequest::new))
                .checkAssert(unchecked(r -> statuses.merge(answeredAsDocumented(r), 1, Integer::sum)));
        // Both sides of the agreement are exercised: scored requests as well as refused ones.
        int tried = statuses.values().stream().mapToInt(Integer::intValue).sum();
        assertTrue(
                statuses.getOrDefault(200, 0) * 10 >= tried && statuses.getOrDefault(400, 0) * 10 >= tried,
                "at least 10 % of the generated requests scored (200) and 10 % refused (400): " + statuses);
    }

    /** The status of the answer to {@code r}, once that answer is checked against the description. */
    private static int answeredAsDocumented(GeneratedRequest r) throws Exception {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("leads", r.leads());
        body.put("explain", r.explain());
        APIGatewayProxyRequestEvent event = post("/v1/score", JSON.writeValueAsString(body));
        APIGatewayProxyResponseEvent answer = HANDLER.handle(event, null);
        OpenApiContract.assertDocumented(event, answer);
        assertAgreesWithTheRequestSchema("generated", event, answer);
        return answer.getStatusCode();
    }

    @Test
    void theDescriptionsOwnExampleIsAValidRequestThatScores() throws Exception {
        Object example =
                OpenApiContract.API.getComponents().getExamples().get("OneLead").getValue();
        String body = io.swagger.v3.core.util.Json.mapper().writeValueAsString(example);
        OpenApiContract.assertValid("ScoreRequest", body, "components/examples/OneLead");
        APIGatewayProxyRequestEvent event = post("/v1/score", body);
        APIGatewayProxyResponseEvent answer = HANDLER.handle(event, null);
        assertEquals(200, answer.getStatusCode(), answer.getBody());
        OpenApiContract.assertDocumented(event, answer);
    }
}
