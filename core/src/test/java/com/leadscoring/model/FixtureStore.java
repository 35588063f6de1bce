package com.leadscoring.model;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The store the tests of every module serve from: a version written by the real trainer (scripts/make-fixture-store.sh)
 * before the core module existed, so serving it is also the compatibility check for stores published by older trainers.
 */
public final class FixtureStore {

    /**
     * A version beside {@code latest}, written by the current trainer (scripts/make-fixture-store.sh): its graph also
     * outputs the calibrated log-odds that explanations are measured on, its grade bands start at probabilities chosen
     * from out-of-fold predictions, and it has a score distribution for percentiles. {@code latest} stays on the oldest
     * version, the compatibility check.
     */
    public static final String NEWEST_VERSION = "20261206T045105Z-ddeab15";

    /**
     * A version of another feature encoder than {@code lead-features-v1} (a search encoder, v1 with appended blocks;
     * {@code scripts/make-fixture-store.sh --encoder ...}): the store serves models of two encoders side by side.
     */
    public static final String OTHER_ENCODER_VERSION = "20261206T045810Z-67ecc54";

    /** The encoder of {@link #OTHER_ENCODER_VERSION}. */
    public static final String OTHER_ENCODER = "lead-features-v1+aggregates+interactions+products-missing";

    /** Its number of features. */
    public static final String OTHER_ENCODER_FEATURES = "32";

    private FixtureStore() {}

    /** The store directory, found from the core module, another module or the repository root (benchmarks). */
    public static Path path() {
        for (String candidate : new String[] {
            "src/test/resources/fixture-store",
            "../core/src/test/resources/fixture-store",
            "core/src/test/resources/fixture-store"
        }) {
            Path p = Path.of(candidate);
            if (Files.isDirectory(p)
                    && p.toAbsolutePath().normalize().toString().contains("core")) {
                return p;
            }
        }
        throw new IllegalStateException("core/src/test/resources/fixture-store not found from "
                + Path.of("").toAbsolutePath());
    }

    public static String location() {
        return path().toString();
    }
}
