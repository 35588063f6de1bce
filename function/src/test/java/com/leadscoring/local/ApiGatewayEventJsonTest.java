package com.leadscoring.local;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyRequestEvent;
import com.amazonaws.services.lambda.runtime.tests.EventLoader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The CLI reads an event file as the Lambda runtime's own deserialisation does, for every field the handler uses. */
class ApiGatewayEventJsonTest {

    @ParameterizedTest
    @ValueSource(
            strings = {
                "score-one.json",
                "score-batch.json",
                "score-explain.json",
                "invalid-lead.json",
                "malformed-json.json",
                "too-many-leads.json",
                "wrong-content-type.json",
                "wrong-method.json",
                "unknown-path.json",
                "health.json",
                "model-info.json"
            })
    void readsEachSampleEventAsTheRuntimeDoes(String name) throws IOException {
        APIGatewayProxyRequestEvent expected = EventLoader.loadApiGatewayRestEvent("events/" + name);
        APIGatewayProxyRequestEvent got = ApiGatewayEventJson.read(Files.readAllBytes(Path.of("../events", name)));
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

    @Test
    void aFileThatIsNotAnObjectIsRefused() {
        assertThrows(IOException.class, () -> ApiGatewayEventJson.read("[1, 2]".getBytes(StandardCharsets.UTF_8)));
        assertThrows(IOException.class, () -> ApiGatewayEventJson.read("{\"body\": ".getBytes(StandardCharsets.UTF_8)));
    }
}
