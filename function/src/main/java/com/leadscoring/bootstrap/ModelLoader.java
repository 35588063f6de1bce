package com.leadscoring.bootstrap;

import com.leadscoring.model.ModelBundle;
import com.leadscoring.model.ModelStoreException;
import com.leadscoring.model.ModelStores;
import com.leadscoring.tracing.Tracer;

/** Loads the model the function serves, from {@code MODEL_URI} and optional {@code MODEL_VERSION}. */
public final class ModelLoader {

    private ModelLoader() {}

    /** Loads and verifies the model; any problem is one clear exception, so the Lambda init fails loudly. */
    public static ModelBundle fromEnvironment() {
        String uri = System.getenv("MODEL_URI");
        if (uri == null || uri.isBlank()) {
            throw new IllegalStateException(
                    "MODEL_URI is not set: point it at a model store (a directory or s3://bucket/prefix)");
        }
        String version = System.getenv("MODEL_VERSION");
        return load(uri, version == null || version.isBlank() ? null : version.strip());
    }

    /**
     * As {@link #fromEnvironment()}, with the rest of the init running meanwhile ({@link ColdStart}): the Lambda path.
     */
    public static ModelBundle fromEnvironmentWithBackgroundInit() {
        ColdStart.startBackgroundInit();
        return fromEnvironment();
    }

    /**
     * Loads and verifies a version; with X-Ray on, traced as {@code model load} with its S3 calls inside it (a trace of
     * its own at init, where Lambda passes no trace header; a subsegment inside an invocation).
     */
    public static ModelBundle load(String uri, String versionOrNull) {
        try {
            return Tracer.forEnvironment()
                    .traceInit("model load", () -> ModelStores.open(uri).load(versionOrNull));
        } catch (ModelStoreException | IllegalArgumentException e) {
            throw new IllegalStateException("cannot load the model: " + e.getMessage(), e);
        }
    }
}
