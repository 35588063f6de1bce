package com.leadscoring.deploy;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.leadscoring.decision.DecisionPolicy;
import com.leadscoring.model.ModelVersionId;

/**
 * Is this the answer of a healthy function serving the expected model? Pure: takes what the Lambda invoke returned
 * (function error, payload) and says what is wrong, so every rule is unit-tested without AWS. The model version is the
 * one pinned at deploy time ({@code ModelVersion}); when none was pinned every answer must at least name the same,
 * well-formed version.
 */
public final class ProbeCheck {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Set<String> GRADES = Set.of("A", "B", "C", "D");

    private final String expectedVersion;

    /** @param expectedVersion the model version the new function must serve; {@code null} or blank: any one version */
    public ProbeCheck(String expectedVersion) {
        this.expectedVersion = expectedVersion == null || expectedVersion.isBlank() ? null : expectedVersion.strip();
    }

    /**
     * What the Lambda Invoke API answered.
     *
     * @param functionError Lambda's {@code FunctionError} ("Unhandled" when the handler threw), or {@code null}
     * @param payload the function's answer: an API Gateway proxy response as JSON
     */
    public record Outcome(String functionError, String payload) {}

    /**
     * The problems of one answer; empty when it is healthy.
     *
     * @param versions collects the model version each answer names, for {@link #consistent(List)}
     */
    public List<String> check(Probe probe, Outcome outcome, List<String> versions) {
        List<String> problems = new ArrayList<>();
        String at = probe.name() + ": ";
        if (outcome.functionError() != null) {
            problems.add(at + "function error " + outcome.functionError() + ": " + abbreviate(outcome.payload()));
            return problems;
        }
        JsonNode response;
        JsonNode body;
        try {
            response = JSON.readTree(outcome.payload());
            body = JSON.readTree(response.path("body").asText(""));
        } catch (IOException | RuntimeException e) {
            problems.add(at + "the answer is not an API Gateway proxy response with a JSON body: "
                    + abbreviate(outcome.payload()));
            return problems;
        }
        int status = response.path("statusCode").asInt(-1);
        String contentType = response.path("headers").path("Content-Type").asText("");
        switch (probe.kind()) {
            case SCORE -> {
                expect(
                        problems,
                        at,
                        status == 200,
                        "status " + status + ", expected 200: " + abbreviate(body.toString()));
                expect(problems, at, contentType.startsWith("application/json"), "Content-Type " + contentType);
                if (status == 200) {
                    version(problems, at, body.at("/model/version"), versions);
                    scores(problems, at, requestBody(probe), body);
                }
            }
            case HEALTH -> {
                expect(problems, at, status == 200, "status " + status + ", expected 200");
                expect(problems, at, "ok".equals(body.path("status").asText()), "status field " + body.path("status"));
                version(problems, at, body.path("model"), versions);
            }
            case INVALID -> {
                expect(problems, at, status == 400, "status " + status + ", expected 400 for invalid leads");
                expect(problems, at, contentType.startsWith("application/problem+json"), "Content-Type " + contentType);
                expect(
                        problems,
                        at,
                        body.path("errors").isArray() && !body.path("errors").isEmpty(),
                        "no errors naming the bad fields");
                expect(problems, at, !body.has("scores"), "invalid leads were scored");
            }
            default -> throw new IllegalStateException(probe.kind().toString());
        }
        return problems;
    }

    /** Every answer must name one and the same model version. */
    public List<String> consistent(List<String> versions) {
        if (versions.stream().distinct().count() > 1) {
            return List.of("the answers name different model versions "
                    + versions.stream().distinct().toList() + ": more than one model is being served");
        }
        return List.of();
    }

    private void version(List<String> problems, String at, JsonNode node, List<String> versions) {
        String v = node.asText("");
        versions.add(v);
        if (expectedVersion != null) {
            expect(
                    problems,
                    at,
                    expectedVersion.equals(v),
                    "model version '" + v + "', expected '" + expectedVersion + "'");
        } else {
            expect(problems, at, ModelVersionId.isValid(v), "no well-formed model version: '" + v + "'");
        }
    }

    private static JsonNode requestBody(Probe probe) {
        try {
            return JSON.readTree(JSON.readTree(probe.event()).path("body").asText());
        } catch (IOException e) {
            throw new IllegalStateException("probe " + probe.name() + " has no JSON body", e);
        }
    }

    private static void scores(List<String> problems, String at, JsonNode request, JsonNode body) {
        JsonNode leads = request.path("leads");
        JsonNode scores = body.path("scores");
        double threshold = body.at("/model/threshold").asDouble(Double.NaN);
        expect(problems, at, threshold >= 0 && threshold <= 1, "threshold " + body.at("/model/threshold"));
        if (!scores.isArray() || scores.size() != leads.size()) {
            problems.add(at + (scores.isArray() ? scores.size() : "no") + " scores for " + leads.size() + " leads");
            return;
        }
        boolean explain = request.path("explain").asBoolean(false);
        for (int i = 0; i < leads.size(); i++) {
            JsonNode s = scores.get(i);
            String where = at + "scores/" + i + ": ";
            if (!leads.get(i).path("id").equals(s.path("id"))) {
                problems.add(where + "id " + s.path("id") + ", expected "
                        + leads.get(i).path("id") + " (request order)");
            }
            double p = s.path("probability").asDouble(Double.NaN);
            if (!(p >= 0 && p <= 1)) {
                problems.add(where + "probability " + s.path("probability") + " is not in 0..1");
                continue;
            }
            expect(
                    problems,
                    where,
                    s.path("score").isInt() && s.path("score").asInt() == DecisionPolicy.score(p),
                    "score " + s.path("score") + " is not round(100 × " + p + ")");
            expect(problems, where, GRADES.contains(s.path("grade").asText()), "grade " + s.path("grade"));
            expect(
                    problems,
                    where,
                    s.path("buy").isBoolean() && s.path("buy").asBoolean() == (p >= threshold),
                    "buy " + s.path("buy") + " disagrees with probability " + p + " and threshold " + threshold);
            if (explain) {
                expect(
                        problems,
                        where,
                        s.path("factors").isArray() && s.path("factors").size() <= 6,
                        "factors " + s.path("factors"));
            }
        }
    }

    private static void expect(List<String> problems, String at, boolean ok, String problem) {
        if (!ok) {
            problems.add(at + problem);
        }
    }

    static String abbreviate(String s) {
        if (s == null) {
            return "(no payload)";
        }
        return s.length() <= 300 ? s : s.substring(0, 300) + "…";
    }
}
