package com.leadscoring.stdout;

import java.util.HashMap;
import java.util.Map;
import java.util.function.Supplier;

import com.amazonaws.services.lambda.runtime.Context;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.ThreadContext;
import org.apache.logging.log4j.core.LoggerContext;
import software.amazon.lambda.powertools.common.internal.LambdaHandlerProcessor;
import software.amazon.lambda.powertools.logging.PowertoolsLogging;
import software.amazon.lambda.powertools.logging.log4j.BufferingAppender;

/**
 * Powertools' logging context for one request ({@link PowertoolsLogging#withLogging(Context, Supplier)}: the Lambda
 * fields in the MDC while the request runs, every log line inside carrying them), set up in one MDC write and cleared
 * in one. Powertools makes nine MDC puts (each copies the context map) and, when the request ends, looks up log4j's
 * context and walks its appenders for a log buffer to clear: about 10 µs of a 1-lead request, more than the request
 * line and the metrics line together. The same entries with the same values (LambdaLoggingContextTest compares them
 * with Powertools'), and Powertools' own path whenever this one would differ: the first request (Powertools initializes
 * its log level and ends the cold start), a log sampling rate ({@code POWERTOOLS_LOGGER_SAMPLE_RATE}, which may raise
 * the level per request), or a buffering appender in the log configuration (whose buffer it clears).
 */
public final class LambdaLoggingContext {

    /** Powertools' sampling-rate variable; unset or 0 in the template. */
    static final String SAMPLE_RATE_VARIABLE = "POWERTOOLS_LOGGER_SAMPLE_RATE";

    /** The {@code sampling_rate} entry Powertools puts with no sampling (a rate of 0, or none). */
    private static final String NO_SAMPLING = String.valueOf(0.0);

    /** Read once, after logging started: whether every request must take Powertools' own path. */
    private static final boolean POWERTOOLS_ONLY = sampling(System.getenv(SAMPLE_RATE_VARIABLE)) || buffering();

    /** Until Powertools' own path ran once (it owns the cold-start flag and the log level from the environment). */
    private static volatile boolean first = true;

    private LambdaLoggingContext() {}

    /** Runs {@code body} with the Lambda fields of {@code context} in the MDC, as Powertools does, then clears it. */
    public static <T> T withLogging(Context context, Supplier<T> body) {
        if (first || POWERTOOLS_ONLY || LambdaHandlerProcessor.serviceName() == null) {
            first = false;
            return PowertoolsLogging.withLogging(context, body);
        }
        ThreadContext.putAll(fields(context));
        try {
            return body.get();
        } finally {
            ThreadContext.clearMap();
        }
    }

    /** Whether every request takes Powertools' own path here (tests check Lambda's configuration does not). */
    static boolean powertoolsOnly() {
        return POWERTOOLS_ONLY;
    }

    /** The entries Powertools puts for a request without sampling (its {@code initializeLogging(context)}). */
    static Map<String, String> fields(Context context) {
        Map<String, String> fields = new HashMap<>(16);
        if (context != null) {
            fields.put("function_name", context.getFunctionName());
            fields.put("function_version", context.getFunctionVersion());
            fields.put("function_arn", context.getInvokedFunctionArn());
            fields.put("function_memory_size", String.valueOf(context.getMemoryLimitInMB()));
            fields.put("function_request_id", String.valueOf(context.getAwsRequestId()));
        }
        fields.put("cold_start", LambdaHandlerProcessor.isColdStart() ? "true" : "false");
        fields.put("service", LambdaHandlerProcessor.serviceName());
        fields.put("sampling_rate", NO_SAMPLING);
        LambdaHandlerProcessor.getXrayTraceId().ifPresent(id -> fields.put("xray_trace_id", id));
        return fields;
    }

    /** Whether {@code rate} (the variable's value) makes Powertools sample, or warn that it cannot. */
    static boolean sampling(String rate) {
        if (rate == null) {
            return false;
        }
        try {
            return Double.compare(Double.parseDouble(rate), 0.0) != 0; // -0.0 too: Powertools would write "-0.0"
        } catch (NumberFormatException e) {
            return true;
        }
    }

    /** Whether the log configuration has a buffer Powertools clears per request (or cannot be looked into). */
    private static boolean buffering() {
        if (!(LogManager.getContext(false) instanceof LoggerContext logging)) {
            return true;
        }
        return logging.getConfiguration().getAppenders().values().stream()
                .anyMatch(BufferingAppender.class::isInstance);
    }
}
