package com.leadscoring.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import org.junit.jupiter.api.Test;

/**
 * {@code events/} holds exactly what {@link SampleEvents} builds. After a schema or writer change, regenerate with
 * {@code mvn -B -pl function -am test -Dtest=SampleEventsTest -Devents.write=true
 * -Dsurefire.failIfNoSpecifiedTests=false}.
 */
class SampleEventsTest {

    private static final Path EVENTS = Path.of("..", "events");
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    @Test
    void theEventsDirectoryIsWhatTheGeneratorBuilds() throws Exception {
        Map<String, JsonNode> events = SampleEvents.all();
        boolean write = Boolean.getBoolean("events.write");
        for (Map.Entry<String, JsonNode> e : events.entrySet()) {
            Path file = EVENTS.resolve(e.getKey() + ".json");
            String built = JSON.writeValueAsString(e.getValue()) + "\n";
            if (write) {
                Files.writeString(file, built, StandardCharsets.UTF_8);
            }
            assertTrue(Files.exists(file), file + " is missing: regenerate (see this test's comment)");
            assertEquals(
                    e.getValue(),
                    JSON.readTree(file.toFile()),
                    file + " is stale: regenerate it (see this test's comment)");
        }
    }
}
