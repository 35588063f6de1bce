package com.leadscoring.api;

import com.leadscoring.scoring.LeadScorer;

/**
 * What a cold start can do at once on Lambda's vCPUs instead of one after the other: while the main thread reads the
 * model (from S3: client, credentials, GETs), daemon threads load ONNX Runtime's native library and initialise logging
 * (log4j's configuration and Powertools' JSON layout), the other two large pieces of an init.
 */
public final class ColdStart {

    private ColdStart() {
    }

    public static void startBackgroundInit() {
        LeadScorer.startRuntimeInBackground();
        Thread logging = new Thread(() -> {
            try {
                org.slf4j.LoggerFactory.getLogger(ScoreHandler.class);
            } catch (RuntimeException | LinkageError e) {
                // Logging reports its own configuration problems when the handler first logs.
            }
        }, "logging-init");
        logging.setDaemon(true);
        logging.start();
    }
}
