package com.leadscoring.local;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import com.leadscoring.model.FixtureStore;
import org.junit.jupiter.api.Test;

/** The picocli-free {@code invoke} answers plain invocations and hands everything else to the full command line. */
class InvokeFastPathTest {

    private static final String STORE = FixtureStore.location();
    private static final String EVENT = "../events/score-one.json";

    @Test
    void aPlainInvocationRunsWithoutPicocliUnderEitherStoreName() {
        assertEquals(0, InvokeFastPath.tryRun(new String[] {"invoke", "--store", STORE, "--event", EVENT}));
        assertEquals(0, InvokeFastPath.tryRun(new String[] {"invoke", "--event", EVENT, "--model", STORE}));
        assertEquals(1, InvokeFastPath.tryRun(new String[] {"invoke", "--store", "/nonexistent", "--event", EVENT}));
    }

    @Test
    void anythingElseIsLeftToPicocli() {
        assertNull(InvokeFastPath.tryRun(new String[] {"invoke", "--help"}));
        assertNull(InvokeFastPath.tryRun(new String[] {"invoke", "--event", EVENT}));
        assertNull(InvokeFastPath.tryRun(new String[] {"invoke", "--store", STORE}));
        assertNull(InvokeFastPath.tryRun(new String[] {"invoke", "--store", STORE, "--event", "s3://b/e.json"}));
        assertNull(InvokeFastPath.tryRun(new String[] {"invoke", "--store", STORE, "--event", EVENT, "--bogus", "x"}));
        assertNull(InvokeFastPath.tryRun(new String[] {"invoke", "--store", STORE, "--event"}));
        assertNull(InvokeFastPath.tryRun(new String[] {"serve", "--store", STORE}));
    }
}
