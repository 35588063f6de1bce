package com.leadscoring.wire;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyRequestEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyResponseEvent;
import com.amazonaws.services.lambda.runtime.serialization.PojoSerializer;
import com.amazonaws.services.lambda.runtime.serialization.events.LambdaEventSerializers;
import com.amazonaws.services.lambda.runtime.tests.EventLoader;
import com.fasterxml.jackson.core.json.JsonWriteFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.leadscoring.wire.ApiGatewayEventJson.MalformedEventException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * API Gateway's events read and its responses written as the Lambda runtime's own serialization library does, for every
 * field the handler and the local CLI use, and malformed events refused without quoting them.
 */
class ApiGatewayEventJsonTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final PojoSerializer<APIGatewayProxyRequestEvent> RUNTIME_REQUESTS =
            LambdaEventSerializers.serializerFor(
                    APIGatewayProxyRequestEvent.class, ApiGatewayEventJsonTest.class.getClassLoader());
    private static final PojoSerializer<APIGatewayProxyResponseEvent> RUNTIME_RESPONSES =
            LambdaEventSerializers.serializerFor(
                    APIGatewayProxyResponseEvent.class, ApiGatewayEventJsonTest.class.getClassLoader());
    /** A lead's value, placed in every malformed event: no error message may quote it. */
    private static final String SECRET = "lead-secret-42";

    private static APIGatewayProxyRequestEvent read(String json) throws IOException {
        return ApiGatewayEventJson.read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)));
    }

    private static APIGatewayProxyRequestEvent runtimeRead(String json) {
        return RUNTIME_REQUESTS.fromJson(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)));
    }

    private static void assertSameFields(APIGatewayProxyRequestEvent expected, APIGatewayProxyRequestEvent got) {
        assertEquals(expected.getHttpMethod(), got.getHttpMethod());
        assertEquals(expected.getPath(), got.getPath());
        assertEquals(expected.getResource(), got.getResource());
        assertEquals(expected.getBody(), got.getBody());
        assertEquals(expected.getHeaders(), got.getHeaders());
        assertEquals(expected.getMultiValueHeaders(), got.getMultiValueHeaders());
        assertEquals(expected.getQueryStringParameters(), got.getQueryStringParameters());
        assertEquals(expected.getIsBase64Encoded(), got.getIsBase64Encoded());
        assertEquals(
                expected.getRequestContext() == null
                        ? null
                        : expected.getRequestContext().getRequestId(),
                got.getRequestContext() == null ? null : got.getRequestContext().getRequestId());
    }

    @ParameterizedTest
    @MethodSource("com.leadscoring.wire.ApiSampleEvents#names")
    void readsEachSampleEventAsTheRuntimeDoes(String name) throws IOException {
        APIGatewayProxyRequestEvent expected = EventLoader.loadApiGatewayRestEvent("events/" + name);
        byte[] json = Files.readAllBytes(Path.of("../events", name));
        assertSameFields(expected, ApiGatewayEventJson.read(json));
        assertSameFields(expected, ApiGatewayEventJson.read(new ByteArrayInputStream(json)));
    }

    @Test
    void aFileThatIsNotAnObjectIsRefused() {
        assertThrows(IOException.class, () -> ApiGatewayEventJson.read("[1, 2]".getBytes(StandardCharsets.UTF_8)));
        assertThrows(IOException.class, () -> ApiGatewayEventJson.read("{\"body\": ".getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void nullHeadersAndAnEventWithoutThemAreRead() throws IOException {
        for (String json : List.of(
                "{\"httpMethod\":\"GET\",\"path\":\"/v1/health\",\"headers\":null,\"multiValueHeaders\":null,"
                        + "\"body\":null,\"isBase64Encoded\":null,\"requestContext\":null}",
                "{\"httpMethod\":\"GET\",\"path\":\"/v1/health\"}")) {
            APIGatewayProxyRequestEvent e = read(json);
            assertSameFields(runtimeRead(json), e);
            assertEquals("GET", e.getHttpMethod());
            assertNull(e.getHeaders());
            assertNull(e.getMultiValueHeaders());
            assertNull(e.getBody());
            assertNull(e.getIsBase64Encoded());
            assertNull(e.getRequestContext());
        }
    }

    @Test
    void multiValueHeadersAloneAreRead() throws IOException {
        String json = "{\"httpMethod\":\"POST\",\"path\":\"/v1/score\",\"multiValueHeaders\":"
                + "{\"Content-Type\":[\"application/json\"],\"Accept\":[\"text/html\",\"application/json\"],"
                + "\"X-One\":\"single\",\"X-Empty\":[]}}";
        APIGatewayProxyRequestEvent e = read(json);
        assertNull(e.getHeaders());
        Map<String, List<String>> expected = new LinkedHashMap<>();
        expected.put("Content-Type", List.of("application/json"));
        expected.put("Accept", List.of("text/html", "application/json"));
        expected.put("X-One", List.of("single"));
        expected.put("X-Empty", List.of());
        assertEquals(expected, e.getMultiValueHeaders());
        assertEquals(runtimeRead(json).getMultiValueHeaders(), e.getMultiValueHeaders());
    }

    @Test
    void aBase64BodyStaysEncodedWithItsFlag() throws IOException {
        String encoded = Base64.getEncoder().encodeToString("{\"leads\":[]}".getBytes(StandardCharsets.UTF_8));
        for (String flag : List.of("true", "\"true\"")) {
            String json = "{\"body\":\"" + encoded + "\",\"isBase64Encoded\":" + flag + "}";
            APIGatewayProxyRequestEvent e = read(json);
            assertEquals(encoded, e.getBody());
            assertEquals(Boolean.TRUE, e.getIsBase64Encoded());
            assertSameFields(runtimeRead(json), e);
        }
        assertEquals(Boolean.FALSE, read("{\"isBase64Encoded\":false}").getIsBase64Encoded());
    }

    @Test
    void aUnicodeBodyIsReadExactlyEscapedOrNot() throws IOException {
        String body = "{\"leads\":[{\"id\":\"Zoë – 東京 😀\",\"note\":\"tab\\tquote\\\"\"}]}";
        String escaped = JSON.writeValueAsString(body); // a JSON string literal, non-ASCII as it is
        String asciiOnly = new String(
                JSON.writer().with(JsonWriteFeature.ESCAPE_NON_ASCII).writeValueAsBytes(body),
                StandardCharsets.US_ASCII);
        for (String literal : List.of(escaped, asciiOnly)) {
            String json = "{\"httpMethod\":\"POST\",\"body\":" + literal + "}";
            assertEquals(body, read(json).getBody());
            assertEquals(
                    body,
                    ApiGatewayEventJson.read(json.getBytes(StandardCharsets.UTF_8))
                            .getBody());
            assertEquals(runtimeRead(json).getBody(), read(json).getBody());
        }
    }

    @Test
    void unknownFieldsAreSkippedAtEveryLevel() throws IOException {
        String json = "{\"version\":\"1.0\",\"pathParameters\":{\"proxy\":\"a/b\"},\"stageVariables\":null,"
                + "\"multiValueQueryStringParameters\":{\"a\":[\"1\",\"2\"]},\"extra\":[{\"nested\":[1,{\"x\":true}]}],"
                + "\"httpMethod\":\"GET\",\"path\":\"/v1/model\",\"headers\":{\"Accept\":\"*/*\",\"X-Count\":3},"
                + "\"requestContext\":{\"accountId\":\"123456789012\",\"identity\":{\"sourceIp\":\"203.0.113.1\","
                + "\"cognitoIdentityId\":null},\"requestTimeEpoch\":1700000000000,\"requestId\":\"req-1\","
                + "\"authorizer\":{\"claims\":{\"sub\":\"x\"}},\"stage\":\"prod\"},"
                + "\"queryStringParameters\":{\"q\":\"1\"}}";
        APIGatewayProxyRequestEvent e = read(json);
        assertSameFields(runtimeRead(json), e);
        assertEquals("/v1/model", e.getPath());
        assertEquals("3", e.getHeaders().get("X-Count"), "a number where text is expected, as written");
        assertEquals("req-1", e.getRequestContext().getRequestId());
        assertEquals("prod", e.getRequestContext().getStage());
        assertEquals(Map.of("q", "1"), e.getQueryStringParameters());
    }

    @Test
    void malformedEventsAreRefusedWithWhereNeverWhat() {
        List<String> malformed = List.of(
                SECRET,
                "{\"body\": \"" + SECRET + "\"",
                "{\"body\": \"x\"} " + SECRET,
                "[\"" + SECRET + "\"]",
                "\"" + SECRET + "\"",
                "",
                "{\"headers\": [\"" + SECRET + "\"]}",
                "{\"headers\": {\"X\": {\"v\": \"" + SECRET + "\"}}}",
                "{\"multiValueHeaders\": {\"X\": [[\"" + SECRET + "\"]]}}",
                "{\"body\": {\"leads\": [{\"id\": \"" + SECRET + "\"}]}}",
                "{\"isBase64Encoded\": \"" + SECRET + "\"}",
                "{\"requestContext\": \"" + SECRET + "\"}",
                "{\"body\": \"{\\\"id\\\": \\\"" + SECRET + "\", " + SECRET + ": 1}",
                "{\"body\": \"" + SECRET + "\\x\"}");
        for (String json : malformed) {
            MalformedEventException e = assertThrows(MalformedEventException.class, () -> read(json), json);
            assertTrue(e.getMessage().startsWith("not an API Gateway REST proxy event: "), e.getMessage());
            assertFalse(e.getMessage().contains(SECRET), e.getMessage());
            assertFalse(e.getMessage().contains("lead-"), e.getMessage());
            assertNull(e.getCause(), "no cause whose message could quote the event");
        }
        MalformedEventException wrongType =
                assertThrows(MalformedEventException.class, () -> read("{\"path\":\"/\",\n\"headers\": [1]}"));
        assertEquals(
                "not an API Gateway REST proxy event: 'headers' must be an object or null (line 2, column 12)",
                wrongType.getMessage());
        MalformedEventException inBody = assertThrows(
                MalformedEventException.class, () -> read("{\"body\": {\"leads\": [{\"id\": \"" + SECRET + "\"}]}}"));
        assertEquals(
                "not an API Gateway REST proxy event: 'body' must be a string, found an object or array"
                        + " (line 1, column 10)",
                inBody.getMessage());
    }

    @Test
    void responsesAreWrittenAsTheRuntimeWritesThem() throws IOException {
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("Content-Type", "application/json");
        headers.put("Access-Control-Allow-Origin", "https://app.example.com");
        Map<String, List<String>> multi = new LinkedHashMap<>();
        multi.put("Vary", List.of("Origin", "Accept"));
        List<String> withNull = new ArrayList<>();
        withNull.add(null);
        multi.put("X-Null", withNull);
        List<APIGatewayProxyResponseEvent> responses = List.of(
                new APIGatewayProxyResponseEvent()
                        .withStatusCode(200)
                        .withHeaders(headers)
                        .withBody("{\"scores\":[{\"id\":\"Zoë – 東京 😀\",\"note\":\"\\\"\\n\"}]}"),
                new APIGatewayProxyResponseEvent().withStatusCode(204).withHeaders(Map.of("Allow", "POST")),
                new APIGatewayProxyResponseEvent()
                        .withStatusCode(200)
                        .withMultiValueHeaders(multi)
                        .withBody(Base64.getEncoder().encodeToString(new byte[] {0, 1, 2, (byte) 255}))
                        .withIsBase64Encoded(true),
                new APIGatewayProxyResponseEvent());
        for (APIGatewayProxyResponseEvent r : responses) {
            ByteArrayOutputStream runtime = new ByteArrayOutputStream();
            RUNTIME_RESPONSES.toJson(r, runtime);
            ByteArrayOutputStream ours = new ByteArrayOutputStream();
            ApiGatewayEventJson.write(r, ours);
            assertEquals(JSON.readTree(runtime.toByteArray()), JSON.readTree(ours.toByteArray()), ours.toString());
            assertEquals(JSON.readTree(runtime.toByteArray()), JSON.readTree(ApiGatewayEventJson.pretty(r)));
        }
    }

    @Test
    void theStreamsAreLeftOpenForTheRuntime() throws IOException {
        boolean[] closed = {false, false};
        ByteArrayInputStream in = new ByteArrayInputStream("{\"path\":\"/\"}".getBytes(StandardCharsets.UTF_8)) {
            @Override
            public void close() {
                closed[0] = true;
            }
        };
        ByteArrayOutputStream out = new ByteArrayOutputStream() {
            @Override
            public void close() {
                closed[1] = true;
            }
        };
        ApiGatewayEventJson.read(in);
        ApiGatewayEventJson.write(new APIGatewayProxyResponseEvent().withStatusCode(200), out);
        assertFalse(closed[0] || closed[1]);
        assertEquals("{\"statusCode\":200}", out.toString(StandardCharsets.UTF_8));
    }
}
