package com.leadscoring.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

import com.amazonaws.services.lambda.runtime.ClientContext;
import com.amazonaws.services.lambda.runtime.CognitoIdentity;
import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.LambdaLogger;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.logging.log4j.Level;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.core.config.Configurator;
import org.junit.jupiter.api.Test;

/** One structured JSON log line per request, with what operations need and none of the lead's values. */
class RequestLogTest {

    @Test
    void onLambdaEachLineCarriesPowertoolsStandardFields() throws Exception {
        String out = capture(() -> ScoreHandlerTest.HANDLER.handleRequest(
                ScoreHandlerTest.post(ScoreHandlerTest.oneLead("")), new FakeContext()));
        JsonNode line = new ObjectMapper()
                .readTree(out.lines()
                        .filter(l -> l.contains("request handled"))
                        .findFirst()
                        .orElseThrow(() -> new AssertionError("no request log line in: " + out)));
        assertEquals("req-ctx-1", line.path("function_request_id").asText(), line.toString());
        assertEquals("lead-scoring-api", line.path("function_name").asText(), line.toString());
        assertTrue(line.has("cold_start"), line.toString());
    }

    private static String capture(Runnable work) {
        PrintStream original = System.out;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        Level level = LogManager.getLogger(ScoreHandler.class).getLevel();
        Configurator.setLevel(ScoreHandler.class.getName(), Level.INFO);
        System.setOut(new PrintStream(captured, true, StandardCharsets.UTF_8));
        try {
            work.run();
        } finally {
            System.setOut(original);
            Configurator.setLevel(ScoreHandler.class.getName(), level);
        }
        return captured.toString(StandardCharsets.UTF_8);
    }

    /** The few Context fields Powertools reads. */
    static final class FakeContext implements Context {
        @Override
        public String getAwsRequestId() {
            return "req-ctx-1";
        }

        @Override
        public String getLogGroupName() {
            return "/aws/lambda/lead-scoring-api";
        }

        @Override
        public String getLogStreamName() {
            return "stream";
        }

        @Override
        public String getFunctionName() {
            return "lead-scoring-api";
        }

        @Override
        public String getFunctionVersion() {
            return "7";
        }

        @Override
        public String getInvokedFunctionArn() {
            return "arn:aws:lambda:eu-west-1:123456789012:function:lead-scoring-api:live";
        }

        @Override
        public CognitoIdentity getIdentity() {
            return null;
        }

        @Override
        public ClientContext getClientContext() {
            return null;
        }

        @Override
        public int getRemainingTimeInMillis() {
            return 10_000;
        }

        @Override
        public int getMemoryLimitInMB() {
            return 1024;
        }

        @Override
        public LambdaLogger getLogger() {
            return null;
        }
    }

    @Test
    void logsTheRequestButNoLeadValues() throws Exception {
        String body = ScoreHandlerTest.oneLead(",\"signup_date\":\"2020-07-13\"")
                .replace("\"id\":\"x\"", "\"id\":\"SECRET-LEAD-4711\"")
                .replace("\"campaign_var_1\":1", "\"campaign_var_1\":987");
        PrintStream original = System.out;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        // Tests log at WARN (log4j2-test.xml); the request line is INFO, as in production.
        Level level = LogManager.getLogger(ScoreHandler.class).getLevel();
        Configurator.setLevel(ScoreHandler.class.getName(), Level.INFO);
        System.setOut(new PrintStream(captured, true, StandardCharsets.UTF_8));
        int status;
        try {
            status = ScoreHandlerTest.HANDLER
                    .handleRequest(ScoreHandlerTest.post(body), null)
                    .getStatusCode();
        } finally {
            System.setOut(original);
            Configurator.setLevel(ScoreHandler.class.getName(), level);
        }
        assertEquals(200, status);
        String out = captured.toString(StandardCharsets.UTF_8);
        for (String value : new String[] {"SECRET-LEAD-4711", "2020-07-13", "987", "2021-05-04"}) {
            assertFalse(out.contains(value), "log contains lead value " + value + ": " + out);
        }
        JsonNode line = new ObjectMapper()
                .readTree(out.lines()
                        .filter(l -> l.contains("request handled"))
                        .findFirst()
                        .orElseThrow(() -> new AssertionError("no request log line in: " + out)));
        assertTrue(line.toString().contains(ScoreHandlerTest.HANDLER.modelVersion()), line.toString());
    }
}
