package com.leadscoring.wire;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * The API Gateway events of {@code events/} (those with an {@code httpMethod}): every one a stream-entry test reads.
 */
public final class ApiSampleEvents {

    private ApiSampleEvents() {}

    /** Their file names, sorted; at least the eleven the README's examples use. */
    public static Stream<String> names() {
        try (Stream<Path> files = Files.list(Path.of("../events"))) {
            List<String> names = files.filter(f -> f.toString().endsWith(".json"))
                    .filter(ApiSampleEvents::isApiEvent)
                    .map(f -> f.getFileName().toString())
                    .sorted()
                    .toList();
            if (names.size() < 11) {
                throw new IllegalStateException("expected the 11 API sample events in events/, found " + names);
            }
            return names.stream();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static boolean isApiEvent(Path file) {
        try {
            return Files.readString(file).contains("\"httpMethod\"");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
