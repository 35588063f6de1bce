package com.leadscoring.stdout;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.leadscoring.bootstrap.TestContext;
import org.apache.logging.log4j.ThreadContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.lambda.powertools.logging.PowertoolsLogging;

/**
 * The cheaper logging context puts what Powertools puts: the same MDC entries with the same values (with and without an
 * X-Ray trace), cleared when the request ends, and the request line inside it is log4j's line.
 */
class LambdaLoggingContextTest {

    private static final String TRACE_PROPERTY = "com.amazonaws.xray.traceHeader";

    private final TestContext context = new TestContext("req-lc-1", "lead-scoring-api", "12", 1769);

    @BeforeEach
    void pastTheFirstRequest() {
        // The first request in a JVM takes Powertools' own path (cold start, log level); these tests are about the
        // rest.
        LambdaLoggingContext.withLogging(context, () -> null);
        ThreadContext.clearMap();
    }

    @AfterEach
    void clear() {
        System.clearProperty(TRACE_PROPERTY);
        ThreadContext.clearMap();
    }

    @Test
    void theMdcIsPowertools() {
        Map<String, String> powertools = PowertoolsLogging.withLogging(context, ThreadContext::getContext);
        Map<String, String> ours = LambdaLoggingContext.withLogging(context, ThreadContext::getContext);
        assertEquals(powertools, ours);
        assertEquals("req-lc-1", ours.get("function_request_id"));
        assertEquals("false", ours.get("cold_start"), "past the first request");
        assertTrue(ThreadContext.isEmpty(), "cleared when the request ends");
        assertFalse(LambdaLoggingContext.powertoolsOnly(), "the cheaper path is the one compared");
    }

    @Test
    void theMdcIsPowertoolsWithAnXrayTrace() {
        System.setProperty(
                TRACE_PROPERTY, "Root=1-5759e988-bd862e3fe1be46a994272793;Parent=53995c3f42cd8ad8;Sampled=1");
        Map<String, String> powertools = PowertoolsLogging.withLogging(context, ThreadContext::getContext);
        Map<String, String> ours = LambdaLoggingContext.withLogging(context, ThreadContext::getContext);
        assertEquals(powertools, ours);
        assertEquals("1-5759e988-bd862e3fe1be46a994272793", ours.get("xray_trace_id"));
    }

    @Test
    void entriesPutBeforeTheRequestStayDuringItAsWithPowertools() {
        ThreadContext.put("tenant", "t-1");
        Map<String, String> ours = LambdaLoggingContext.withLogging(context, ThreadContext::getContext);
        assertEquals("t-1", ours.get("tenant"));
        assertEquals("req-lc-1", ours.get("function_request_id"));
    }

    @Test
    void aFailingRequestClearsTheMdcToo() {
        assertThrows(
                IllegalStateException.class,
                () -> LambdaLoggingContext.withLogging(context, () -> {
                    throw new IllegalStateException("failed");
                }));
        assertTrue(ThreadContext.isEmpty());
    }

    @Test
    void theRequestLineInsideIsLog4jsLine() {
        JsonNode[] lines = LambdaLoggingContext.withLogging(context, () -> {
            try {
                return PowertoolsLineTest.both("request handled", 200, 0.071);
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        PowertoolsLineTest.sameLine(lines[0], lines[1]);
        assertEquals("req-lc-1", lines[1].get("function_request_id").asText());
        assertEquals(1769, lines[1].get("function_memory_size").asInt());
    }

    @Test
    void aSamplingRateTakesPowertoolsPath() {
        assertFalse(LambdaLoggingContext.sampling(null));
        assertFalse(LambdaLoggingContext.sampling("0"));
        assertFalse(LambdaLoggingContext.sampling("0.0"));
        assertTrue(LambdaLoggingContext.sampling("0.1"));
        assertTrue(LambdaLoggingContext.sampling("-0.0"), "Powertools would write -0.0");
        assertTrue(LambdaLoggingContext.sampling("often"), "Powertools warns");
    }

    /** The function's log configuration has no buffer to clear, so Lambda's requests take the cheaper path. */
    @Test
    void theProductionLogConfigurationHasNoBuffer() throws Exception {
        String config = Files.readString(Path.of("src/main/resources/log4j2.xml"));
        assertTrue(config.contains("JsonTemplateLayout"), "read the function's log4j2.xml");
        assertFalse(config.contains("Buffering"), config);
    }
}
