package com.leadscoring.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.Map;

import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyRequestEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyResponseEvent;
import com.amazonaws.services.lambda.runtime.serialization.PojoSerializer;
import com.amazonaws.services.lambda.runtime.serialization.events.LambdaEventSerializers;
import com.amazonaws.services.lambda.runtime.tests.EventLoader;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.leadscoring.wire.ApiGatewayEventJson.MalformedEventException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The entry Lambda calls ({@code handleRequest}: the event's bytes in, the answer's bytes out) answers every API
 * Gateway event in events/ as the typed entry answers the event the Lambda runtime's own serialization library reads,
 * and writes what that library would have written.
 */
class StreamEntryTest {

    private static final ScoreHandler HANDLER = ScoreHandlerTest.HANDLER;
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final PojoSerializer<APIGatewayProxyResponseEvent> RUNTIME_RESPONSES =
            LambdaEventSerializers.serializerFor(
                    APIGatewayProxyResponseEvent.class, StreamEntryTest.class.getClassLoader());

    private static byte[] stream(byte[] event) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        HANDLER.handleRequest(new ByteArrayInputStream(event), out, null);
        return out.toByteArray();
    }

    @ParameterizedTest
    @MethodSource("com.leadscoring.wire.ApiSampleEvents#names")
    void answersEverySampleEventAsTheTypedEntry(String name) throws Exception {
        JsonNode streamed = JSON.readTree(stream(Files.readAllBytes(Path.of("../events", name))));

        APIGatewayProxyResponseEvent typed =
                HANDLER.handle(EventLoader.loadApiGatewayRestEvent("events/" + name), null);
        assertEquals(typed.getStatusCode(), streamed.get("statusCode").asInt(), name);
        assertEquals(typed.getHeaders(), JSON.convertValue(streamed.get("headers"), Map.class), name);
        assertEquals(
                JSON.readTree(typed.getBody()),
                JSON.readTree(streamed.get("body").asText()),
                name);
        assertFalse(streamed.has("multiValueHeaders"), "the handler answers single-value headers only");

        // Byte for byte what the runtime would have written for the typed answer, as JSON.
        ByteArrayOutputStream runtime = new ByteArrayOutputStream();
        RUNTIME_RESPONSES.toJson(typed, runtime);
        assertEquals(JSON.readTree(runtime.toByteArray()), streamed, name);
    }

    @Test
    void aMalformedEventIsRefusedWithoutAnAnswerOrItsContent() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        String event =
                "{\"httpMethod\":\"POST\",\"path\":\"/v1/score\",\"body\":{\"leads\":[{\"id\":\"acme-lead-7\"}]}}";
        MalformedEventException e = assertThrows(
                MalformedEventException.class,
                () -> HANDLER.handleRequest(
                        new ByteArrayInputStream(event.getBytes(StandardCharsets.UTF_8)), out, null));
        assertTrue(e.getMessage().contains("'body' must be a string"), e.getMessage());
        assertFalse(e.getMessage().contains("acme-lead-7"), e.getMessage());
        assertEquals(0, out.size(), "nothing written: the runtime reports the error");
    }

    @Test
    void aBase64BodyIsDecodedOnTheStreamEntryToo() throws Exception {
        APIGatewayProxyRequestEvent plain = EventLoader.loadApiGatewayRestEvent("events/score-one.json");
        String encoded = Base64.getEncoder().encodeToString(plain.getBody().getBytes(StandardCharsets.UTF_8));
        String event = new String(Files.readAllBytes(Path.of("../events/score-one.json")), StandardCharsets.UTF_8);
        JsonNode tree = JSON.readTree(event);
        ((ObjectNode) tree).put("body", encoded).put("isBase64Encoded", true);
        JsonNode streamed = JSON.readTree(stream(JSON.writeValueAsBytes(tree)));
        assertEquals(200, streamed.get("statusCode").asInt(), streamed.toString());
        assertEquals(
                JSON.readTree(HANDLER.handle(plain, null).getBody()),
                JSON.readTree(streamed.get("body").asText()));
    }
}
