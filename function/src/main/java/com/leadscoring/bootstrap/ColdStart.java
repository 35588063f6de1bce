package com.leadscoring.bootstrap;

import com.leadscoring.scoring.LeadScorer;
import org.slf4j.LoggerFactory;

/**
 * What a cold start can do at once on Lambda's vCPUs instead of one after the other: while the main thread reads the
 * model (from S3: client, credentials, GETs), daemon threads load ONNX Runtime's native library and initialise logging
 * (log4j's configuration and Powertools' JSON layout), the other two large pieces of an init.
 *
 * <p>A handler is ready only when logging is: a line logged while log4j is still being configured on the other thread
 * goes to its default configuration (errors only) and is lost. Each handler's constructor therefore ends with
 * {@link #awaitLogging()}, so the wait overlaps the model read and costs nothing when logging was faster.
 */
public final class ColdStart {

    private static volatile Thread logging;

    private ColdStart() {}

    /** Starts both daemon threads, once per JVM (the CLI and a handler's init may both ask). */
    public static synchronized void startBackgroundInit() {
        if (logging != null) {
            return;
        }
        LeadScorer.startRuntimeInBackground();
        Thread t = new Thread(
                () -> {
                    try {
                        LoggerFactory.getLogger(ColdStart.class);
                    } catch (RuntimeException | LinkageError e) {
                        // Logging reports its own configuration problems when the handler first logs.
                    }
                },
                "logging-init");
        t.setDaemon(true);
        t.start();
        logging = t;
    }

    /**
     * Waits (at most 5 s, half of Lambda's init limit) for the background logging initialisation, if one was started.
     */
    public static void awaitLogging() {
        Thread t = logging;
        if (t == null) {
            return;
        }
        try {
            t.join(5_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
