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
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * API Gateway proxy events to and from JSON for the local CLI, through the tree and the generator rather than bean
 * binding: the fields the handler reads, without Jackson's introspection of the event classes, which was the largest
 * part of {@code invoke}'s start-up after ONNX Runtime.
 */
final class ApiGatewayEventJson {

    private static final ObjectMapper TREE = new ObjectMapper();

    private ApiGatewayEventJson() {
    }

    static APIGatewayProxyRequestEvent read(byte[] json) throws IOException {
        JsonNode n = TREE.readTree(json);
        if (n == null || !n.isObject()) {
            throw new IOException("an API Gateway event must be a JSON object");
        }
        APIGatewayProxyRequestEvent e = new APIGatewayProxyRequestEvent()
                .withHttpMethod(text(n, "httpMethod")).withPath(text(n, "path")).withResource(text(n, "resource"))
                .withBody(text(n, "body")).withHeaders(strings(n.get("headers")))
                .withMultiValueHeaders(lists(n.get("multiValueHeaders")))
                .withQueryStringParameters(strings(n.get("queryStringParameters")));
        if (n.hasNonNull("isBase64Encoded")) {
            e.setIsBase64Encoded(n.get("isBase64Encoded").asBoolean());
        }
        JsonNode ctx = n.get("requestContext");
        if (ctx != null && ctx.isObject()) {
            e.setRequestContext(new APIGatewayProxyRequestEvent.ProxyRequestContext()
                    .withRequestId(text(ctx, "requestId")).withResourcePath(text(ctx, "resourcePath"))
                    .withHttpMethod(text(ctx, "httpMethod")).withStage(text(ctx, "stage")));
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
                for (Map.Entry<String, List<String>> h : r.getMultiValueHeaders().entrySet()) {
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

    private static String text(JsonNode n, String field) {
        JsonNode v = n.get(field);
        return v == null || v.isNull() ? null : v.asText();
    }

    private static Map<String, String> strings(JsonNode n) {
        if (n == null || !n.isObject()) {
            return null;
        }
        Map<String, String> m = new LinkedHashMap<>();
        n.fields().forEachRemaining(e -> m.put(e.getKey(), e.getValue().isNull() ? null : e.getValue().asText()));
        return m;
    }

    private static Map<String, List<String>> lists(JsonNode n) {
        if (n == null || !n.isObject()) {
            return null;
        }
        Map<String, List<String>> m = new LinkedHashMap<>();
        n.fields().forEachRemaining(e -> {
            List<String> values = new ArrayList<>();
            e.getValue().forEach(v -> values.add(v.asText()));
            m.put(e.getKey(), values);
        });
        return m;
    }
}
