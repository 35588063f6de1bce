package com.leadscoring.deploy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

import com.leadscoring.api.ScoreHandler;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.services.lambda.LambdaClient;
import software.amazon.awssdk.services.lambda.model.InvokeRequest;
import software.amazon.awssdk.services.lambda.model.InvokeResponse;

/**
 * A Lambda client whose Invoke runs a real {@link ScoreHandler} in-process through the entry Lambda calls (the
 * payload's bytes in, the answer's bytes out): what invoking a deployed version returns, without AWS. {@code tamper}
 * edits the answer's JSON to play a broken version.
 */
class LambdaTwin implements LambdaClient {

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
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            handler.handleRequest(new ByteArrayInputStream(request.payload().asByteArray()), out, null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
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
