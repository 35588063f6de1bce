package com.leadscoring.api;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;

import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyResponseEvent;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.io.SerializedString;
import com.leadscoring.scoring.Factor;
import com.leadscoring.scoring.LeadScore;

/**
 * Writes the API's JSON bodies with a streaming generator straight into this thread's reusable writer (API Gateway wants
 * the body as a String, so characters, not bytes): scores, model info and RFC 9457 problems.
 */
final class ApiResponses {

    static final String JSON_TYPE = "application/json";
    static final String PROBLEM_TYPE = "application/problem+json";
    private static final JsonFactory JSON = new JsonFactory();
    private static final ThreadLocal<ReusableStringWriter> OUT = ThreadLocal.withInitial(ReusableStringWriter::new);
    // The score fields, quoted once: written 1,000 times in a large answer.
    private static final SerializedString ID = new SerializedString("id");
    private static final SerializedString PROBABILITY = new SerializedString("probability");
    private static final SerializedString SCORE = new SerializedString("score");
    private static final SerializedString BUY = new SerializedString("buy");
    private static final SerializedString GRADE = new SerializedString("grade");
    private static final SerializedString FACTORS = new SerializedString("factors");
    private static final SerializedString FEATURE = new SerializedString("feature");
    private static final SerializedString IMPACT = new SerializedString("impact");

    private ApiResponses() {
    }

    interface Body {
        void write(JsonGenerator g) throws IOException;
    }

    static APIGatewayProxyResponseEvent json(int status, String contentType, Body body, Map<String, String> extraHeaders) {
        ReusableStringWriter out = OUT.get().reset();
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
                g.writeFieldName(ID);
                if (id instanceof Long l) {
                    g.writeNumber(l);
                } else {
                    g.writeString(String.valueOf(id));
                }
                g.writeFieldName(PROBABILITY);
                g.writeNumber(s.probability());
                g.writeFieldName(SCORE);
                g.writeNumber(s.score());
                g.writeFieldName(BUY);
                g.writeBoolean(s.buy());
                g.writeFieldName(GRADE);
                g.writeString(s.grade());
                if (!s.factors().isEmpty()) {
                    g.writeFieldName(FACTORS);
                    g.writeStartArray();
                    for (Factor f : s.factors()) {
                        g.writeStartObject();
                        g.writeFieldName(FEATURE);
                        g.writeString(f.feature());
                        g.writeFieldName(IMPACT);
                        g.writeNumber(f.impact());
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
