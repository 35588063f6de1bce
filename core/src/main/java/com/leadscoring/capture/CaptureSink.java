package com.leadscoring.capture;

import java.util.List;

/**
 * Where captured records go: a log line per record on AWS, files under {@code DIR/dt=YYYY-MM-DD/} locally. Given to a
 * handler as one dependency, so capture can be on, sampled or off without the handler knowing which.
 */
public interface CaptureSink {

    /** Captures nothing. */
    CaptureSink OFF = records -> {};

    /**
     * Takes the records of one request or batch. Capture never fails the request it observes: an implementation that
     * cannot write reports it its own way and returns.
     */
    void capture(List<CaptureRecord> records);

    /** Whether this sink takes anything at all (so a handler skips building records when not). */
    default boolean enabled() {
        return this != OFF;
    }
}
