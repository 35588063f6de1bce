package com.leadscoring.model;

/**
 * A store operation that cannot be done safely: a missing or tampered file, a version that exists already, a
 * {@code latest} that points nowhere. The message names the store, version and file.
 */
public class ModelStoreException extends Exception {
    private static final long serialVersionUID = 1L;

    public ModelStoreException(String message) {
        super(message);
    }

    public ModelStoreException(String message, Throwable cause) {
        super(message, cause);
    }
}
