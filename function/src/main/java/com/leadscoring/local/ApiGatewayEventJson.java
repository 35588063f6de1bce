package com.leadscoring.local;

import java.io.IOException;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyRequestEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyResponseEvent;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.jr.ob.JSON;

/**
 * API Gateway proxy events to and from JSON for the local CLI, through jackson-jr's maps and the generator rather than
 * databind: the fields the handler reads, without databind's start-up (introspecting the event classes, or even only
 * building an {@code ObjectMapper} for its tree), which was the largest part of {@code invoke}'s start-up after ONNX
 * Runtime.
 */
final class ApiGatewayEventJson {

    private ApiGatewayEventJson() {}

    static APIGatewayProxyRequestEvent read(byte[] json) throws IOException {
        Object parsed = JSON.std.anyFrom(json);
        if (!(parsed instanceof Map<?, ?> n)) {
            throw new IOException("an API Gateway event must be a JSON object");
        }
        APIGatewayProxyRequestEvent e = new APIGatewayProxyRequestEvent()
                .withHttpMethod(text(n, "httpMethod"))
                .withPath(text(n, "path"))
                .withResource(text(n, "resource"))
                .withBody(text(n, "body"))
                .withHeaders(strings(n.get("headers")))
                .withMultiValueHeaders(lists(n.get("multiValueHeaders")))
                .withQueryStringParameters(strings(n.get("queryStringParameters")));
        if (n.get("isBase64Encoded") != null) {
            e.setIsBase64Encoded(Boolean.parseBoolean(n.get("isBase64Encoded").toString()));
        }
        if (n.get("requestContext") instanceof Map<?, ?> ctx) {
            e.setRequestContext(new APIGatewayProxyRequestEvent.ProxyRequestContext()
                    .withRequestId(text(ctx, "requestId"))
                    .withResourcePath(text(ctx, "resourcePath"))
                    .withHttpMethod(text(ctx, "httpMethod"))
                    .withStage(text(ctx, "stage")));
        }
        return e;
    }

    /** The response as {@code invoke} prints it: pretty JSON with the event's field names. */
    static String write(APIGatewayProxyResponseEvent r) throws IOException {
        StringWriter out = new StringWriter();
        try (JsonGenerator g = new JsonFactory().createGenerator(out).useDefaultPrettyPrinter()) {
            g.writeStartObject();
            g.writeNumberField("statusCode", r.getStatusCode());
            g.writeFieldName("headers");
            writeStrings(g, r.getHeaders());
            g.writeFieldName("multiValueHeaders");
            if (r.getMultiValueHeaders() == null) {
                g.writeNull();
            } else {
                g.writeStartObject();
                for (Map.Entry<String, List<String>> h :
                        r.getMultiValueHeaders().entrySet()) {
                    g.writeArrayFieldStart(h.getKey());
                    for (String v : h.getValue()) {
                        g.writeString(v);
                    }
                    g.writeEndArray();
                }
                g.writeEndObject();
            }
            g.writeStringField("body", r.getBody());
            g.writeFieldName("isBase64Encoded");
            if (r.getIsBase64Encoded() == null) {
                g.writeNull();
            } else {
                g.writeBoolean(r.getIsBase64Encoded());
            }
            g.writeEndObject();
        }
        return out.toString();
    }

    private static void writeStrings(JsonGenerator g, Map<String, String> m) throws IOException {
        if (m == null) {
            g.writeNull();
            return;
        }
        g.writeStartObject();
        for (Map.Entry<String, String> e : m.entrySet()) {
            g.writeStringField(e.getKey(), e.getValue());
        }
        g.writeEndObject();
    }

    /** A field as text: strings as they are, numbers and booleans as written, objects and arrays as their JSON. */
    private static String text(Map<?, ?> n, String field) throws IOException {
        Object v = n.get(field);
        return v == null ? null : v instanceof Map || v instanceof List ? JSON.std.asString(v) : v.toString();
    }

    private static Map<String, String> strings(Object n) throws IOException {
        if (!(n instanceof Map<?, ?> map)) {
            return null;
        }
        Map<String, String> m = new LinkedHashMap<>();
        for (Map.Entry<?, ?> e : map.entrySet()) {
            m.put(e.getKey().toString(), text(map, e.getKey().toString()));
        }
        return m;
    }

    private static Map<String, List<String>> lists(Object n) {
        if (!(n instanceof Map<?, ?> map)) {
            return null;
        }
        Map<String, List<String>> m = new LinkedHashMap<>();
        for (Map.Entry<?, ?> e : map.entrySet()) {
            List<String> values = new ArrayList<>();
            if (e.getValue() instanceof List<?> list) {
                list.forEach(v -> values.add(String.valueOf(v)));
            } else if (e.getValue() != null) {
                values.add(e.getValue().toString());
            }
            m.put(e.getKey().toString(), values);
        }
        return m;
    }
}
