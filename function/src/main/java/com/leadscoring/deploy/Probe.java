package com.leadscoring.deploy;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * One request the hook sends to the new version: an API Gateway event from {@code events/} (copied into function.jar at
 * build time) and what a healthy function answers to it.
 *
 * @param name the event file, for messages
 * @param event the API Gateway REST proxy event, as JSON
 * @param kind what a healthy answer looks like
 */
public record Probe(String name, String event, Kind kind) {

    /** The kinds of answer the check knows. */
    public enum Kind {
        /** 200 with one well-formed score per lead of the request, in order. */
        SCORE,
        /** 200 {@code {"status":"ok","model":...}}. */
        HEALTH,
        /** 400 problem+json naming the bad fields, nothing scored. */
        INVALID
    }

    /** The events the hook replays: real scoring requests, the health check and the validation contract. */
    public static final List<String> EVENTS =
            List.of("score-one.json", "score-batch.json", "score-explain.json", "health.json", "invalid-lead.json");

    /** The probes from function.jar's {@code /events/} resources. */
    public static List<Probe> fromClasspath() {
        List<Probe> probes = new ArrayList<>();
        for (String name : EVENTS) {
            try (InputStream in = Probe.class.getResourceAsStream("/events/" + name)) {
                if (in == null) {
                    throw new IllegalStateException("events/" + name + " is not in function.jar: build it with Maven");
                }
                probes.add(new Probe(name, new String(in.readAllBytes(), StandardCharsets.UTF_8), kindOf(name)));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return List.copyOf(probes);
    }

    static Kind kindOf(String name) {
        if (name.startsWith("health")) {
            return Kind.HEALTH;
        }
        return name.startsWith("invalid") ? Kind.INVALID : Kind.SCORE;
    }
}
