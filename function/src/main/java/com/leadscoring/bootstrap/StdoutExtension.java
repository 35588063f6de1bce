package com.leadscoring.bootstrap;

import java.io.IOException;

import com.leadscoring.extension.InternalExtension;
import com.leadscoring.stdout.StdoutBatch;
import com.leadscoring.stdout.StdoutDrain;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The internal extension that writes each invocation's stdout (request line, EMF metrics, capture lines) after its
 * response: registered during the init of the functions that write stdout per request ({@code ScoreFunction},
 * {@code BatchScoreFunction}), before a SnapStart snapshot, its thread drains every invocation's batch
 * ({@link StdoutDrain}) before it asks Lambda for the next event. Without {@code AWS_LAMBDA_RUNTIME_API} (the local
 * CLI, tests) nothing starts and each request writes its own lines, as does every request after a failed registration
 * (one WARN line) or after the extension's thread has stopped.
 */
public final class StdoutExtension {

    /** The extension's name in Lambda's logs ({@code Lambda-Extension-Name}). */
    public static final String NAME = "lead-scoring-stdout";

    private static final Logger LOG = LoggerFactory.getLogger(StdoutExtension.class);

    private static boolean started;

    private StdoutExtension() {}

    /** Lambda's init: starts the extension once per process, when the Runtime API is there. */
    public static synchronized void startFromEnvironment() {
        if (started) {
            return;
        }
        started = true;
        String runtimeApi = System.getenv("AWS_LAMBDA_RUNTIME_API");
        if (runtimeApi != null && !runtimeApi.isBlank()) {
            start(runtimeApi);
        }
    }

    /**
     * Registers the extension with the Extensions API at {@code runtimeApi} (host:port) and installs its drain; null,
     * after one WARN line, when the registration fails (each request then writes its own lines).
     */
    public static InternalExtension start(String runtimeApi) {
        StdoutDrain drain = new StdoutDrain();
        try {
            InternalExtension extension = InternalExtension.start(
                    runtimeApi,
                    NAME,
                    event -> {
                        if (event.requestId() != null) {
                            drain.drain(event.requestId(), event.deadlineMs());
                        }
                    },
                    drain::stop);
            StdoutBatch.drainTo(drain);
            return extension;
        } catch (IOException | RuntimeException e) {
            LOG.warn(
                    "stdout extension {} not registered ({}): each request writes its stdout lines before its response",
                    NAME,
                    e.toString());
            return null;
        }
    }
}
