package com.leadscoring.api;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;

import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyResponseEvent;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.leadscoring.scoring.Factor;
import com.leadscoring.scoring.LeadScore;

/** Writes the API's JSON bodies with a streaming generator: scores, model info and RFC 9457 problems. */
final class ApiResponses {

    static final String JSON_TYPE = "application/json";
    static final String PROBLEM_TYPE = "application/problem+json";
    private static final JsonFactory JSON = new JsonFactory();

    private ApiResponses() {
    }

    interface Body {
        void write(JsonGenerator g) throws IOException;
    }

    static APIGatewayProxyResponseEvent json(int status, String contentType, Body body, Map<String, String> extraHeaders) {
        StringWriter out = new StringWriter(256);
        try (JsonGenerator g = JSON.createGenerator(out)) {
            body.write(g);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        java.util.Map<String, String> headers = new java.util.HashMap<>(extraHeaders);
        headers.put("Content-Type", contentType);
        return new APIGatewayProxyResponseEvent().withStatusCode(status).withHeaders(headers).withBody(out.toString());
    }

    static APIGatewayProxyResponseEvent scores(String version, double threshold, Object[] ids, List<LeadScore> scores) {
        return json(200, JSON_TYPE, g -> {
            g.writeStartObject();
            g.writeObjectFieldStart("model");
            g.writeStringField("version", version);
            g.writeNumberField("threshold", threshold);
            g.writeEndObject();
            g.writeArrayFieldStart("scores");
            for (int i = 0; i < scores.size(); i++) {
                LeadScore s = scores.get(i);
                g.writeStartObject();
                Object id = ids[i];
                if (id instanceof Long l) {
                    g.writeNumberField("id", l);
                } else {
                    g.writeStringField("id", String.valueOf(id));
                }
                g.writeNumberField("probability", s.probability());
                g.writeNumberField("score", s.score());
                g.writeBooleanField("buy", s.buy());
                g.writeStringField("grade", s.grade());
                if (!s.factors().isEmpty()) {
                    g.writeArrayFieldStart("factors");
                    for (Factor f : s.factors()) {
                        g.writeStartObject();
                        g.writeStringField("feature", f.feature());
                        g.writeNumberField("impact", f.impact());
                        g.writeEndObject();
                    }
                    g.writeEndArray();
                }
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeEndObject();
        }, Map.of());
    }

    static APIGatewayProxyResponseEvent problem(ProblemType type, String detail, List<FieldError> errors, String requestId,
                                                Map<String, String> headers) {
        return json(type.status(), PROBLEM_TYPE, g -> {
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
        }, headers);
    }
}
