package com.leadscoring.io;

import java.io.IOException;
import java.io.InputStream;

/**
 * Opens a location (a path, {@code file:} URI or {@code s3://bucket/key}) for reading. Passed in by the caller, so
 * drift reads data and store files exactly as {@code train} reads its data without depending on the training job.
 */
@FunctionalInterface
public interface Opener {

    InputStream open(String location) throws IOException;
}
