package com.leadscoring.stdout;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import com.leadscoring.wire.JsonText;
import org.slf4j.Logger;
import org.slf4j.MDC;
import org.slf4j.event.Level;
import org.slf4j.spi.LoggingEventBuilder;

/**
 * A log line in the layout the function's log4j2.xml gives every line (log4j's JsonTemplateLayout with Powertools'
 * {@code LambdaJsonLayout.json}), written straight into a builder: {@code level}, {@code message}, the Lambda fields
 * Powertools keeps in the MDC during a request ({@code cold_start}, {@code function_arn}, {@code function_memory_size},
 * {@code function_name}, {@code function_request_id}, {@code function_version}, {@code sampling_rate} when above 0,
 * {@code service}, {@code timestamp}, {@code xray_trace_id} and {@code correlation_id} when set), then every other MDC
 * entry and the line's own key-values as strings, by key (as log4j's SLF4J bridge passes key-values). The same fields
 * and values as log4j writes (PowertoolsLineTest compares the two), at a tenth of the cost: no event, no context-map
 * copies, no template walk.
 */
public final class PowertoolsLine {

    /** Powertools' MDC keys, in the layout's order (the rest of the MDC follows the timestamp). */
    private static final List<String> POWERTOOLS_KEYS = List.of(
            "cold_start",
            "function_arn",
            "function_memory_size",
            "function_name",
            "function_request_id",
            "function_version",
            "sampling_rate",
            "service",
            "xray_trace_id",
            "correlation_id");

    /** The layout's timestamp: milliseconds, a literal Z, in the JVM's zone as the layout's (UTC on Lambda). */
    private static final DateTimeFormatter TIMESTAMP =
            DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSS'Z'").withZone(ZoneId.systemDefault());

    private final Level level;
    private final String message;
    private final TreeMap<String, String> fields = new TreeMap<>();

    private PowertoolsLine(Level level, String message) {
        this.level = level;
        this.message = message;
    }

    /** A line at {@code level} saying {@code message}. */
    public static PowertoolsLine of(Level level, String message) {
        return new PowertoolsLine(level, message);
    }

    /**
     * Logs the line at its level, if {@code logger} is enabled for it. In a Lambda invocation ({@code lambda}) it is
     * written straight, in the function's layout, with the request's other stdout lines ({@link StdoutBatch});
     * elsewhere (the local CLI, whose own layout goes to stderr; tests without a context) it goes through
     * {@code logger}, with the same key-values.
     */
    public void log(Logger logger, boolean lambda) {
        if (!logger.isEnabledForLevel(level)) {
            return;
        }
        if (lambda) {
            StringBuilder line = StdoutBatch.begin();
            appendTo(line, System.currentTimeMillis());
            StdoutBatch.end(line);
        } else {
            LoggingEventBuilder event = logger.atLevel(level);
            fields.forEach(event::addKeyValue);
            event.log(message);
        }
    }

    /** Adds a key-value, written as the string of {@code value} (as log4j's SLF4J bridge does). */
    public PowertoolsLine with(String key, Object value) {
        fields.put(key, String.valueOf(value));
        return this;
    }

    /** Appends the line (without its newline) to {@code b}, at time {@code millis}. */
    public void appendTo(StringBuilder b, long millis) {
        b.append("{\"level\":");
        JsonText.string(b, level.name());
        b.append(",\"message\":");
        JsonText.string(b, message);
        Map<String, String> mdc = MDC.getCopyOfContextMap();
        TreeMap<String, String> rest = new TreeMap<>(fields);
        if (mdc != null) {
            mdc.forEach((k, v) -> {
                if (!POWERTOOLS_KEYS.contains(k)) {
                    rest.putIfAbsent(k, v);
                }
            });
        }
        String coldStart = mdc == null ? null : mdc.get("cold_start");
        if (coldStart != null) {
            b.append(",\"cold_start\":").append(Boolean.parseBoolean(coldStart));
        }
        string(b, "function_arn", mdc);
        String memory = mdc == null ? null : mdc.get("function_memory_size");
        if (memory != null) {
            b.append(",\"function_memory_size\":").append(Integer.parseInt(memory));
        }
        string(b, "function_name", mdc);
        string(b, "function_request_id", mdc);
        string(b, "function_version", mdc);
        String rate = mdc == null ? null : mdc.get("sampling_rate");
        if (rate != null && parses(rate) && Float.parseFloat(rate) > 0) {
            b.append(",\"sampling_rate\":").append(Float.parseFloat(rate));
        }
        string(b, "service", mdc);
        b.append(",\"timestamp\":\"");
        TIMESTAMP.formatTo(Instant.ofEpochMilli(millis), b);
        b.append('"');
        optional(b, "xray_trace_id", mdc);
        optional(b, "correlation_id", mdc);
        rest.forEach((k, v) -> {
            b.append(',');
            JsonText.string(b, k);
            b.append(':');
            JsonText.string(b, v);
        });
        b.append('}');
    }

    /** A field the layout always writes (null when the MDC has none). */
    private static void string(StringBuilder b, String key, Map<String, String> mdc) {
        b.append(",\"").append(key).append("\":");
        JsonText.string(b, mdc == null ? null : mdc.get(key));
    }

    /** A field the layout writes only when set. */
    private static void optional(StringBuilder b, String key, Map<String, String> mdc) {
        String value = mdc == null ? null : mdc.get(key);
        if (value != null) {
            b.append(",\"").append(key).append("\":");
            JsonText.string(b, value);
        }
    }

    private static boolean parses(String rate) {
        try {
            Float.parseFloat(rate);
            return true;
        } catch (NumberFormatException e) {
            return false;
        }
    }
}
