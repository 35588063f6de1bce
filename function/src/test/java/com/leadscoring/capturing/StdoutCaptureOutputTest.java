package com.leadscoring.capturing;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

/** Lines on stdout whole, through whatever System.out is at the time (the runtime replaces it), never interleaved. */
class StdoutCaptureOutputTest {

    @Test
    void linesGoWholeToTheCurrentStdoutAndNeverInterleaveWithOtherWriters() throws Exception {
        PrintStream original = System.out;
        ByteArrayOutputStream written = new ByteArrayOutputStream();
        StdoutCaptureOutput output = new StdoutCaptureOutput();
        StringBuilder request = new StringBuilder();
        for (int i = 0; i < 2_000; i++) {
            request.append("{\"scoreId\":\"r-").append(i).append("\",\"lead\":{\"id\":\"é\"}}\n");
        }
        byte[] lines = (request + "not written").getBytes(StandardCharsets.UTF_8);
        int length = request.toString().getBytes(StandardCharsets.UTF_8).length;
        System.setOut(new PrintStream(written, false, StandardCharsets.UTF_8));
        try {
            List<Thread> threads = new ArrayList<>();
            for (int t = 0; t < 4; t++) {
                Thread capture = new Thread(() -> {
                    for (int k = 0; k < 20; k++) {
                        output.write(lines, length, 2_000);
                    }
                });
                Thread log = new Thread(() -> {
                    for (int k = 0; k < 2_000; k++) {
                        System.out.println("{\"message\":\"request handled\"}");
                    }
                });
                threads.add(capture);
                threads.add(log);
            }
            threads.forEach(Thread::start);
            for (Thread t : threads) {
                t.join();
            }
        } finally {
            System.setOut(original);
        }
        List<String> out = written.toString(StandardCharsets.UTF_8).lines().toList();
        assertEquals(4 * 20 * 2_000 + 4 * 2_000, out.size());
        long captured =
                out.stream().filter(l -> l.startsWith("{\"scoreId\":\"r-")).count();
        long logged = out.stream()
                .filter(l -> l.equals("{\"message\":\"request handled\"}"))
                .count();
        assertEquals(4 * 20 * 2_000, captured);
        assertEquals(4 * 2_000, logged, "every other line whole: nothing landed inside a capture line");
        assertEquals(
                captured,
                out.stream()
                        .filter(l -> l.matches("\\{\"scoreId\":\"r-\\d+\",\"lead\":\\{\"id\":\"é\"}}"))
                        .count());
    }
}
