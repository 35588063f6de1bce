package com.leadscoring.deploy;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;

/** The hook sends exactly the events in events/ (copied into function.jar by the build), not a drifting copy. */
class ProbeEventsTest {

    @Test
    void theProbesAreTheEventsOfTheEventsDirectory() throws Exception {
        var probes = Probe.fromClasspath();
        assertEquals(Probe.EVENTS.size(), probes.size());
        for (Probe p : probes) {
            assertEquals(Files.readString(Path.of("..", "events", p.name())), p.event(), p.name());
            // ...and the main classes (what goes into function.jar) hold the same bytes, not only the test resources.
            assertEquals(p.event(), Files.readString(Path.of("target", "classes", "events", p.name())), p.name());
        }
        assertEquals(Probe.Kind.HEALTH, Probe.kindOf("health.json"));
        assertEquals(Probe.Kind.INVALID, Probe.kindOf("invalid-lead.json"));
        assertEquals(Probe.Kind.SCORE, Probe.kindOf("score-batch.json"));
    }
}
