package com.leadscoring.local;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;

import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyRequestEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyResponseEvent;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.leadscoring.api.ScoreHandler;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code invoke}: runs the handler once on an API Gateway event file and prints the response, like {@code sam local invoke}. */
@Command(name = "invoke", mixinStandardHelpOptions = true, description = "Runs the handler on an API Gateway event file.")
final class InvokeCommand implements Callable<Integer> {

    @Mixin
    ModelOptions model;

    @Option(names = "--event", required = true, description = "API Gateway REST proxy event (JSON), e.g. events/score-one.json.")
    Path event;

    @Override
    public Integer call() throws Exception {
        ObjectMapper json = new ObjectMapper().configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);
        APIGatewayProxyRequestEvent request = json.readValue(Files.readAllBytes(event), APIGatewayProxyRequestEvent.class);
        ScoreHandler handler = new ScoreHandler(model.load());
        APIGatewayProxyResponseEvent response = handler.handleRequest(request, null);
        System.out.println(json.writerWithDefaultPrettyPrinter().writeValueAsString(response));
        return 0;
    }
}
