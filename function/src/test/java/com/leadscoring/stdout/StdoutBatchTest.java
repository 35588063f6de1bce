package com.leadscoring.stdout;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A batch is written whole, in one write, capture bytes first: at its close, or (an invocation's batch with a drain) by
 * the drain, after the request; nested opens join the outer batch; lines built later are built at the write.
 */
class StdoutBatchTest {

    private final List<String> writes = Collections.synchronizedList(new ArrayList<>());
    private final List<String> threads = Collections.synchronizedList(new ArrayList<>());
    private PrintStream original;

    @BeforeEach
    void record() {
        original = System.out;
        System.setOut(new PrintStream(
                new OutputStream() {
                    @Override
                    public void write(int b) {
                        write(new byte[] {(byte) b}, 0, 1);
                    }

                    @Override
                    public void write(byte[] b, int off, int len) {
                        writes.add(new String(b, off, len, StandardCharsets.UTF_8));
                        threads.add(Thread.currentThread().getName());
                    }
                },
                true,
                StandardCharsets.UTF_8));
    }

    @AfterEach
    void restore() {
        StdoutBatch.drainTo(null);
        System.setOut(original);
    }

    private static byte[] captureLines(int n) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < n; i++) {
            b.append("{\"scoreId\":\"r-")
                    .append(i)
                    .append("\",\"lead\":{\"pad\":\"")
                    .append("x".repeat(100))
                    .append("\"}}\n");
        }
        return b.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static void requestLine(String text) {
        StringBuilder line = StdoutBatch.begin();
        line.append(text);
        StdoutBatch.end(line);
    }

    @Test
    void aBatchLargerThanItsBufferIsWrittenWholeInOneWrite() {
        byte[] capture = captureLines(200); // ~27 KB, over the 8 KB first buffer
        try (StdoutBatch batch = StdoutBatch.open()) {
            StdoutBatch.lines(capture, capture.length);
            requestLine("{\"message\":\"request handled\"}");
            requestLine("{\"_aws\":{}}");
        }
        assertEquals(1, writes.size());
        assertEquals(
                new String(capture, StandardCharsets.UTF_8) + "{\"message\":\"request handled\"}\n{\"_aws\":{}}\n",
                writes.get(0));
    }

    @Test
    void nestedOpensJoinTheOuterBatchAndLaterLinesComeFirst() {
        byte[] capture = captureLines(3);
        try (StdoutBatch outer = StdoutBatch.open("req-1")) {
            try (StdoutBatch inner = StdoutBatch.open()) {
                requestLine("{\"message\":\"request handled\"}");
                StdoutBatch.later(() -> StdoutBatch.lines(capture, capture.length));
            }
            assertTrue(writes.isEmpty(), "the inner close writes nothing");
            assertFalse(StdoutBatch.drained(), "no drain: written at the close");
        }
        assertEquals(
                List.of(new String(capture, StandardCharsets.UTF_8) + "{\"message\":\"request handled\"}\n"), writes);
    }

    @Test
    void anInvocationsBatchIsHandedToTheDrainAndWrittenThereWhole() throws Exception {
        StdoutDrain drain = new StdoutDrain();
        StdoutBatch.drainTo(drain);
        for (int round = 0; round < 3; round++) { // the drain's spare buffer goes back to the batch each time
            String id = "req-" + round;
            byte[] capture = captureLines(100 * (round + 1));
            try (StdoutBatch batch = StdoutBatch.open(id)) {
                assertTrue(StdoutBatch.drained());
                requestLine("{\"message\":\"request handled\",\"round\":" + round + "}");
                StdoutBatch.later(() -> StdoutBatch.lines(capture, capture.length));
            }
            assertTrue(writes.isEmpty(), "nothing written by the request");
            Thread extension = new Thread(() -> drain.drain(id, System.currentTimeMillis() + 10_000), "drain");
            extension.start();
            extension.join(10_000);
            assertEquals(1, writes.size());
            assertEquals("drain", threads.get(0), "written by the drain's thread");
            assertEquals(
                    new String(capture, StandardCharsets.UTF_8) + "{\"message\":\"request handled\",\"round\":" + round
                            + "}\n",
                    writes.get(0));
            writes.clear();
            threads.clear();
        }
    }

    @Test
    void aBatchHandedOverUnderAnotherIdIsStillThisInvocationsAndWritten() {
        StdoutDrain drain = new StdoutDrain();
        StdoutBatch.drainTo(drain);
        try (StdoutBatch batch = StdoutBatch.open("context-id")) {
            requestLine("{\"message\":\"request handled\"}");
        }
        long start = System.nanoTime();
        drain.drain("invoke-id", System.currentTimeMillis() + 10_000);
        assertTrue(System.nanoTime() - start < 5_000_000_000L, "not held until the deadline");
        assertEquals(List.of("{\"message\":\"request handled\"}\n"), writes);
    }

    @Test
    void aHandOverTheDrainRefusesIsWrittenByTheRequest() {
        StdoutDrain drain = new StdoutDrain();
        StdoutBatch.drainTo(drain);
        drain.drain("gone", System.currentTimeMillis() + 20); // gives up at its deadline
        try (StdoutBatch batch = StdoutBatch.open("gone")) {
            requestLine("{\"message\":\"late\"}");
        }
        assertEquals(List.of("{\"message\":\"late\"}\n"), writes);
        drain.stop();
        try (StdoutBatch batch = StdoutBatch.open("after-stop")) {
            assertFalse(StdoutBatch.drained());
            requestLine("{\"message\":\"after\"}");
        }
        assertEquals(List.of("{\"message\":\"late\"}\n", "{\"message\":\"after\"}\n"), writes);
    }
}
