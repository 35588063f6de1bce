package com.leadscoring.io;

import java.io.IOException;
import java.io.InputStream;

/**
 * Opens a location (a path, {@code file:} URI or {@code s3://bucket/key}) for reading; {@link Locations#open} in
 * production. Passed in by the caller, so drift and the rescoring results read files exactly as {@code train} reads its
 * data, and a test can hand in what it likes.
 */
@FunctionalInterface
public interface Opener {

    InputStream open(String location) throws IOException;
}
