package com.leadscoring.batch;

/**
 * The batch itself is not the shape Distributed Map sends (not JSON, no {@code Items} array, an item that is not an
 * object). A wiring mistake, not a data problem: retrying cannot help, so the state machine does not retry it.
 */
public final class MalformedBatchException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public MalformedBatchException(String message) {
        super(message);
    }

    public MalformedBatchException(String message, Throwable cause) {
        super(message, cause);
    }
}
