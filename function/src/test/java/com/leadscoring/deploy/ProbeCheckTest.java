package com.leadscoring.deploy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;

/** The pure decision of the PreTraffic hook: what counts as a healthy answer from the new version. */
class ProbeCheckTest {

    static final ObjectMapper JSON = new ObjectMapper();
    static final String V = "20261125T000120Z-6d804e7";
    static final Probe TWO_LEADS =
            new Probe("two.json", event("{\"leads\":[{\"id\":\"a\"},{\"id\":7}]}"), Probe.Kind.SCORE);

    static String event(String body) {
        ObjectNode e = JSON.createObjectNode();
        e.put("httpMethod", "POST").put("path", "/v1/score").put("body", body);
        return e.toString();
    }

    static String response(int status, String contentType, String body) {
        ObjectNode r = JSON.createObjectNode();
        r.put("statusCode", status);
        r.putObject("headers").put("Content-Type", contentType);
        r.put("body", body);
        return r.toString();
    }

    static String scores(String version, String... rows) {
        return "{\"model\":{\"version\":\"" + version + "\",\"threshold\":0.26},\"scores\":[" + String.join(",", rows)
                + "]}";
    }

    static final String A = "{\"id\":\"a\",\"probability\":0.83,\"score\":83,\"buy\":true,\"grade\":\"A\"}";
    static final String SEVEN = "{\"id\":7,\"probability\":0.1,\"score\":10,\"buy\":false,\"grade\":\"D\"}";

    List<String> check(ProbeCheck c, Probe probe, String payload) {
        return c.check(probe, new ProbeCheck.Outcome(null, payload), new ArrayList<>());
    }

    @Test
    void aWellFormedAnswerWithTheExpectedVersionIsHealthy() {
        assertEquals(
                List.of(), check(new ProbeCheck(V), TWO_LEADS, response(200, "application/json", scores(V, A, SEVEN))));
        assertEquals(
                List.of(),
                check(new ProbeCheck(null), TWO_LEADS, response(200, "application/json", scores(V, A, SEVEN))));
    }

    @Test
    void eachBrokenPromiseIsNamed() {
        ProbeCheck c = new ProbeCheck(V);
        String json = "application/json";
        assertProblem(check(c, TWO_LEADS, response(200, json, scores("other", A, SEVEN))), "model version 'other'");
        assertProblem(check(c, TWO_LEADS, response(500, json, "{}")), "status 500");
        assertProblem(check(c, TWO_LEADS, response(200, json, scores(V, SEVEN, A))), "request order");
        assertProblem(check(c, TWO_LEADS, response(200, json, scores(V, A))), "1 scores for 2 leads");
        assertProblem(
                check(c, TWO_LEADS, response(200, json, scores(V, A.replace("0.83", "1.83"), SEVEN))), "not in 0..1");
        assertProblem(
                check(c, TWO_LEADS, response(200, json, scores(V, A.replace("\"score\":83", "\"score\":80"), SEVEN))),
                "is not round");
        assertProblem(
                check(c, TWO_LEADS, response(200, json, scores(V, A.replace("true", "false"), SEVEN))), "disagrees");
        assertProblem(check(c, TWO_LEADS, response(200, json, scores(V, A.replace("\"A\"", "\"E\""), SEVEN))), "grade");
        assertProblem(check(c, TWO_LEADS, "<html>Bad Gateway</html>"), "not an API Gateway proxy response");
        assertProblem(
                c.check(
                        TWO_LEADS,
                        new ProbeCheck.Outcome("Unhandled", "{\"errorMessage\":\"boom\"}"),
                        new ArrayList<>()),
                "function error Unhandled");
        assertProblem(
                check(new ProbeCheck(null), TWO_LEADS, response(200, json, scores("", A, SEVEN))),
                "no well-formed model version");
    }

    @Test
    void explainedAnswersMustCarryFactors() {
        Probe explain =
                new Probe("explain.json", event("{\"leads\":[{\"id\":\"a\"}],\"explain\":true}"), Probe.Kind.SCORE);
        assertProblem(check(new ProbeCheck(V), explain, response(200, "application/json", scores(V, A))), "factors");
    }

    @Test
    void healthAndTheErrorContract() {
        ProbeCheck c = new ProbeCheck(V);
        Probe health = new Probe("health.json", event(null), Probe.Kind.HEALTH);
        assertEquals(
                List.of(),
                check(c, health, response(200, "application/json", "{\"status\":\"ok\",\"model\":\"" + V + "\"}")));
        assertProblem(
                check(c, health, response(200, "application/json", "{\"status\":\"ok\",\"model\":\"x\"}")),
                "model version 'x'");
        Probe invalid = new Probe("invalid.json", event("{}"), Probe.Kind.INVALID);
        String problem =
                "{\"type\":\"t\",\"status\":400,\"errors\":[{\"pointer\":\"/leads/0/id\",\"detail\":\"is required\"}]}";
        assertEquals(List.of(), check(c, invalid, response(400, "application/problem+json", problem)));
        assertProblem(check(c, invalid, response(200, "application/json", scores(V, A))), "expected 400");
    }

    @Test
    void answersMustAllNameOneVersion() {
        ProbeCheck c = new ProbeCheck(null);
        List<String> versions = new ArrayList<>();
        c.check(
                TWO_LEADS,
                new ProbeCheck.Outcome(null, response(200, "application/json", scores("v1", A, SEVEN))),
                versions);
        c.check(
                TWO_LEADS,
                new ProbeCheck.Outcome(null, response(200, "application/json", scores("v2", A, SEVEN))),
                versions);
        assertEquals(List.of("v1", "v2"), versions);
        assertProblem(c.consistent(versions), "different model versions");
        assertEquals(List.of(), c.consistent(List.of("v1", "v1")));
    }

    static void assertProblem(List<String> problems, String fragment) {
        assertTrue(
                problems.stream().anyMatch(p -> p.contains(fragment)),
                "expected a problem with '" + fragment + "' in " + problems);
    }
}
