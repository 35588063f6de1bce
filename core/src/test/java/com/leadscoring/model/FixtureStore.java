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

    private FixtureStore() {
    }

    /** The store directory, found from the core module, another module or the repository root (benchmarks). */
    public static Path path() {
        for (String candidate : new String[] {"src/test/resources/fixture-store", "../core/src/test/resources/fixture-store",
                "core/src/test/resources/fixture-store"}) {
            Path p = Path.of(candidate);
            if (Files.isDirectory(p) && p.toAbsolutePath().normalize().toString().contains("core")) {
                return p;
            }
        }
        throw new IllegalStateException("core/src/test/resources/fixture-store not found from " + Path.of("").toAbsolutePath());
    }

    public static String location() {
        return path().toString();
    }
}
