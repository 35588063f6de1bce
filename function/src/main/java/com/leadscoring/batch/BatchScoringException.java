package com.leadscoring.batch;

/**
 * An internal fault while scoring a well-formed batch (ONNX Runtime failed, the answer could not be written). Thrown
 * out of the handler so that Lambda reports a function error and Step Functions retries the batch.
 */
public final class BatchScoringException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public BatchScoringException(String message, Throwable cause) {
        super(message, cause);
    }
}
