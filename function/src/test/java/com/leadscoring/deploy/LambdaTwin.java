package com.leadscoring.deploy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyRequestEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyResponseEvent;
import com.amazonaws.services.lambda.runtime.serialization.PojoSerializer;
import com.amazonaws.services.lambda.runtime.serialization.events.LambdaEventSerializers;
import com.leadscoring.api.ScoreHandler;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.services.lambda.LambdaClient;
import software.amazon.awssdk.services.lambda.model.InvokeRequest;
import software.amazon.awssdk.services.lambda.model.InvokeResponse;

/**
 * A Lambda client whose Invoke runs a real {@link ScoreHandler} in-process, with the runtime's own event
 * (de)serializers: what invoking a deployed version returns, without AWS. {@code tamper} edits the answer's JSON to
 * play a broken version.
 */
class LambdaTwin implements LambdaClient {

    private static final PojoSerializer<APIGatewayProxyRequestEvent> REQUESTS =
            LambdaEventSerializers.serializerFor(APIGatewayProxyRequestEvent.class, LambdaTwin.class.getClassLoader());
    private static final PojoSerializer<APIGatewayProxyResponseEvent> RESPONSES =
            LambdaEventSerializers.serializerFor(APIGatewayProxyResponseEvent.class, LambdaTwin.class.getClassLoader());

    final List<String> invokedFunctions = new ArrayList<>();
    private final ScoreHandler handler;
    private final UnaryOperator<String> tamper;

    LambdaTwin(ScoreHandler handler, UnaryOperator<String> tamper) {
        this.handler = handler;
        this.tamper = tamper;
    }

    @Override
    public InvokeResponse invoke(InvokeRequest request) {
        invokedFunctions.add(request.functionName());
        APIGatewayProxyRequestEvent event =
                REQUESTS.fromJson(new ByteArrayInputStream(request.payload().asByteArray()));
        APIGatewayProxyResponseEvent response = handler.handleRequest(event, null);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        RESPONSES.toJson(response, out);
        String payload = tamper.apply(out.toString(StandardCharsets.UTF_8));
        return InvokeResponse.builder()
                .statusCode(200)
                .payload(SdkBytes.fromUtf8String(payload))
                .build();
    }

    @Override
    public String serviceName() {
        return "lambda";
    }

    @Override
    public void close() {}
}
