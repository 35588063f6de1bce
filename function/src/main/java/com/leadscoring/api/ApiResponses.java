package com.leadscoring.api;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyResponseEvent;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.leadscoring.decision.Trend;
import com.leadscoring.scoring.LeadScore;
import com.leadscoring.wire.Decimals;
import com.leadscoring.wire.JsonText;
import com.leadscoring.wire.TextBodyResponse;

/**
 * Writes the API's JSON bodies into this thread's reusable writer (API Gateway wants the body as a String, so
 * characters, not bytes): model info and RFC 9457 problems with a streaming generator, scores directly.
 */
final class ApiResponses {

    static final String JSON_TYPE = "application/json";
    static final String PROBLEM_TYPE = "application/problem+json";
    private static final JsonFactory JSON = new JsonFactory();
    private static final ThreadLocal<ReusableStringWriter> OUT = ThreadLocal.withInitial(ReusableStringWriter::new);

    private ApiResponses() {}

    interface Body {
        void write(JsonGenerator g) throws IOException;
    }

    static APIGatewayProxyResponseEvent json(
            int status, String contentType, Body body, Map<String, String> extraHeaders) {
        ReusableStringWriter out = OUT.get().reset();
        try (JsonGenerator g = JSON.createGenerator(out)) {
            body.write(g);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return response(status, contentType, out.toString(), extraHeaders);
    }

    /** 204, no body (a CORS preflight). */
    static APIGatewayProxyResponseEvent noContent(Map<String, String> headers) {
        return new APIGatewayProxyResponseEvent().withStatusCode(204).withHeaders(new HashMap<>(headers));
    }

    private static APIGatewayProxyResponseEvent response(
            int status, String contentType, String body, Map<String, String> extraHeaders) {
        Map<String, String> headers = new HashMap<>(extraHeaders);
        headers.put("Content-Type", contentType);
        return new APIGatewayProxyResponseEvent()
                .withStatusCode(status)
                .withHeaders(headers)
                .withBody(body);
    }

    /**
     * The answer with scores, written straight into the builder ({@link JsonText}: the generator's text without its
     * per-value bookkeeping), as a property test checks against the generator; the body is this thread's builder
     * ({@link TextBodyResponse}) until its next answer.
     */
    static APIGatewayProxyResponseEvent scores(
            String version,
            double threshold,
            Object[] ids,
            int[] previousScores,
            List<LeadScore> scores,
            boolean explain,
            String scoreIdBase) {
        StringBuilder b = OUT.get().reset().text();
        b.append("{\"model\":{\"version\":");
        JsonText.string(b, version);
        b.append(",\"threshold\":");
        Decimals.append(b, threshold, Decimals.PROBABILITY);
        b.append("},\"scores\":[");
        for (int i = 0; i < scores.size(); i++) {
            LeadScore s = scores.get(i);
            b.append(i == 0 ? "{\"id\":" : ",{\"id\":");
            if (ids[i] instanceof Long l) {
                b.append(l.longValue());
            } else {
                JsonText.string(b, String.valueOf(ids[i]));
            }
            // The score's own id, as capture records it: <request id>-<index>.
            b.append(",\"scoreId\":");
            JsonText.string(b, scoreIdBase);
            b.setLength(b.length() - 1);
            b.append('-').append(i).append('"');
            b.append(",\"probability\":");
            Decimals.append(b, s.probability(), Decimals.PROBABILITY);
            b.append(",\"score\":")
                    .append(s.score())
                    .append(",\"buy\":")
                    .append(s.buy())
                    .append(",\"grade\":");
            JsonText.string(b, s.grade());
            if (s.hasPercentile()) {
                b.append(",\"percentile\":");
                Decimals.append(b, s.percentile(), Decimals.PERCENTILE);
            }
            if (previousScores[i] >= 0) {
                b.append(",\"trend\":\"")
                        .append(Trend.of(previousScores[i], s.score()).label())
                        .append('"');
            }
            if (explain) {
                // Asked for, always answered: an empty array says no field moves this lead's log-odds.
                JsonText.factors(b, s.factors());
            }
            b.append('}');
        }
        b.append("]}");
        // Not copied into a String: the stream entry escapes it from the builder, the typed entry detaches it.
        Map<String, String> headers = new HashMap<>();
        headers.put("Content-Type", JSON_TYPE);
        return new TextBodyResponse(b).withStatusCode(200).withHeaders(headers);
    }

    static APIGatewayProxyResponseEvent problem(
            ProblemType type, String detail, List<FieldError> errors, String requestId, Map<String, String> headers) {
        return json(
                type.status(),
                PROBLEM_TYPE,
                g -> {
                    g.writeStartObject();
                    g.writeStringField("type", type.uri());
                    g.writeStringField("title", type.title());
                    g.writeNumberField("status", type.status());
                    g.writeStringField("detail", detail);
                    if (requestId != null) {
                        g.writeStringField("requestId", requestId);
                    }
                    if (!errors.isEmpty()) {
                        g.writeArrayFieldStart("errors");
                        for (FieldError e : errors) {
                            g.writeStartObject();
                            g.writeStringField("pointer", e.pointer());
                            g.writeStringField("detail", e.detail());
                            g.writeEndObject();
                        }
                        g.writeEndArray();
                    }
                    g.writeEndObject();
                },
                headers);
    }
}
