package com.leadscoring.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.leadscoring.bench.ScoringBench;
import com.leadscoring.bootstrap.ModelLoader;
import com.leadscoring.bootstrap.Serving;
import com.leadscoring.bootstrap.StdoutExtension;
import com.leadscoring.bootstrap.TestContext;
import com.leadscoring.capturing.Capture;
import com.leadscoring.capturing.StdoutCaptureOutput;
import com.leadscoring.extension.FakeExtensionsApi;
import com.leadscoring.extension.InternalExtension;
import com.leadscoring.metrics.EmfLines;
import com.leadscoring.model.FixtureStore;
import com.leadscoring.stdout.StdoutBatch;
import org.apache.logging.log4j.Level;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.core.config.Configurator;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The API handler's stdout written after its response by the internal extension, against an in-process Extensions API
 * ({@link FakeExtensionsApi}) with this test as the runtime (as Lambda's Java runtime: wait for the event, call
 * {@code handleRequest}, post the answer): each invocation's lines (the capture lines of every lead at 100 %, the
 * request line, the EMF line) reach stdout in one whole write, on the extension's thread, once the handler's answer is
 * complete (the runtime posts it meanwhile), exactly once and in invocation order, and the extension asks for its next
 * event only after that write; an invocation whose handler never hands anything over holds the environment only until
 * its deadline; a refused registration or a failed extension leaves each request writing its own lines before it
 * returns.
 */
class StdoutAfterResponseIT {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final ScoreHandler HANDLER = new ScoreHandler(
            Serving.of(ModelLoader.load(FixtureStore.location(), null))
                    .withCapture(new Capture(new StdoutCaptureOutput(), 100)),
            new EmfRequestMetrics(EmfLines.powertools("LeadScoringTest", EmfRequestMetrics.SERVICE)),
            Cors.NONE);

    private final List<String> timeline = Collections.synchronizedList(new ArrayList<>());
    private final List<Write> writes = Collections.synchronizedList(new ArrayList<>());
    private PrintStream original;
    private Level level;
    private FakeExtensionsApi api;
    /** The answer of the invocation running. */
    private volatile ByteArrayOutputStream answer;

    /** One write that reached stdout: its bytes and the thread that wrote. */
    record Write(String text, String thread) {}

    @BeforeEach
    void recordStdout() {
        original = System.out;
        level = LogManager.getLogger(ScoreHandler.class).getLevel();
        Configurator.setLevel(ScoreHandler.class.getName(), Level.INFO);
        System.setOut(new PrintStream(
                new OutputStream() {
                    @Override
                    public void write(int b) {
                        write(new byte[] {(byte) b}, 0, 1);
                    }

                    @Override
                    public void write(byte[] b, int off, int len) {
                        String text = new String(b, off, len, StandardCharsets.UTF_8);
                        Write w = new Write(text, Thread.currentThread().getName());
                        if (!requestOf(w).equals("?")) { // not a log line of the extension's own
                            writes.add(w);
                            ByteArrayOutputStream a = answer;
                            timeline.add("write " + requestOf(w) + " after an answer of " + (a == null ? 0 : a.size()));
                        }
                    }
                },
                true,
                StandardCharsets.UTF_8));
    }

    @AfterEach
    void restore() {
        StdoutBatch.drainTo(null);
        System.setOut(original);
        Configurator.setLevel(ScoreHandler.class.getName(), level);
        if (api != null) {
            api.close();
        }
    }

    @Test
    void eachInvocationsLinesLeaveAfterItsResponseInOneWholeWrite() throws Exception {
        api = new FakeExtensionsApi(timeline);
        InternalExtension extension = StdoutExtension.start(api.address());
        assertNotNull(extension);
        int[] leads = {1, 3, 200, 1, 1000, 7};
        List<Integer> answers = new ArrayList<>();
        for (int i = 0; i < leads.length; i++) {
            String id = "req-" + i;
            assertTrue(api.awaitReady(10_000), "the extension is done with the previous invocation");
            answers.add(invoke(id, leads[i], System.currentTimeMillis() + 60_000, true));
        }
        assertTrue(api.awaitReady(10_000), "the extension is done with the last invocation");
        assertEquals(leads.length, writes.size(), "one write per invocation, nothing left: " + timeline);
        for (int i = 0; i < leads.length; i++) {
            Write w = writes.get(i);
            assertEquals(StdoutExtension.NAME, w.thread(), "written by the extension's thread");
            assertWhole(w, "req-" + i, leads[i]);
            List<String> t = List.copyOf(timeline);
            String write = "write req-" + i + " after an answer of " + answers.get(i);
            int written = t.indexOf(write);
            assertTrue(written > t.indexOf("invoke req-" + i), "written once the answer was complete: " + t);
            int invoked = t.indexOf("invoke req-" + i);
            assertEquals(-1, t.subList(invoked, written).indexOf("next"), "no next before the write: " + t);
            int next = t.subList(written, t.size()).indexOf("next");
            int following = t.indexOf("invoke req-" + (i + 1));
            assertTrue(
                    next > 0 && (following < 0 || written + next < following),
                    "the extension asks for its next event after the write, before the next invocation: " + t);
            String prefix = "write req-" + i + " ";
            assertEquals(1, t.stream().filter(e -> e.startsWith(prefix)).count(), "written once");
        }
        assertTrue(extension.alive());
    }

    @Test
    void anInvocationWithoutAHandOverHoldsTheEnvironmentOnlyUntilItsDeadline() throws Exception {
        api = new FakeExtensionsApi(timeline);
        assertNotNull(StdoutExtension.start(api.address()));
        assertTrue(api.awaitReady(10_000));
        long start = System.nanoTime();
        api.invoke("lost", System.currentTimeMillis() + 300);
        assertTrue(api.awaitReady(10_000), "the extension gave up at the deadline");
        long waitedMs = (System.nanoTime() - start) / 1_000_000;
        assertTrue(waitedMs >= 250 && waitedMs < 5_000, "waited " + waitedMs + " ms");
        assertTrue(writes.isEmpty());
        // The late hand-over of that invocation is refused: its own thread writes it before it returns.
        invoke("lost", 2, 0, false);
        assertEquals(1, writes.size());
        assertEquals(Thread.currentThread().getName(), writes.get(0).thread());
        assertWhole(writes.get(0), "lost", 2);
        // And the next invocation drains as usual.
        invoke("after", 5, System.currentTimeMillis() + 60_000, true);
        assertTrue(api.awaitReady(10_000));
        assertEquals(2, writes.size());
        assertEquals(StdoutExtension.NAME, writes.get(1).thread());
        assertWhole(writes.get(1), "after", 5);
    }

    @Test
    void aRefusedRegistrationLeavesEachRequestWritingItsOwnLines() throws Exception {
        api = new FakeExtensionsApi(timeline).refusingRegistration();
        assertNull(StdoutExtension.start(api.address()));
        invoke("sync-1", 4, 0, false);
        assertEquals(1, writes.size(), "written before the handler returned");
        assertEquals(Thread.currentThread().getName(), writes.get(0).thread());
        assertWhole(writes.get(0), "sync-1", 4);
    }

    @Test
    void afterTheExtensionStopsEachRequestWritesItsOwnLines() throws Exception {
        api = new FakeExtensionsApi(timeline);
        InternalExtension extension = StdoutExtension.start(api.address());
        assertTrue(api.awaitReady(10_000));
        api.failNextCalls(100); // the extension's next calls, once it has written "drained": it gives up
        invoke("drained", 3, System.currentTimeMillis() + 60_000, true);
        extension.thread().join(10_000);
        assertTrue(!extension.alive(), "the extension stopped on the API's error");
        assertEquals(1, writes.size(), "the invocation it held was written: " + timeline);
        assertWhole(writes.get(0), "drained", 3);
        for (int i = 0; i < 3; i++) {
            invoke("sync-" + i, 2, 0, false);
            assertEquals(2 + i, writes.size(), "written before the handler returned");
            assertEquals(Thread.currentThread().getName(), writes.get(1 + i).thread());
            assertWhole(writes.get(1 + i), "sync-" + i, 2);
        }
    }

    @Test
    void aFailedNextCallIsAskedAgainAndTheExtensionGoesOn() throws Exception {
        api = new FakeExtensionsApi(timeline);
        InternalExtension extension = StdoutExtension.start(api.address());
        assertTrue(api.awaitReady(10_000));
        api.failNextCalls(2); // its next call after writing "first", and the first retry
        invoke("first", 2, System.currentTimeMillis() + 60_000, true);
        assertTrue(api.awaitReady(10_000) && api.awaitReady(10_000) && api.awaitReady(10_000), "asked three times");
        invoke("second", 3, System.currentTimeMillis() + 60_000, true);
        assertTrue(api.awaitReady(10_000));
        assertTrue(extension.alive());
        assertEquals(2, writes.size());
        assertEquals(StdoutExtension.NAME, writes.get(1).thread(), "still written after the response");
        assertWhole(writes.get(1), "second", 3);
    }

    /**
     * One invocation as Lambda's runtime runs it: the extension gets its INVOKE ({@code extension}), the handler gets
     * the event, and the answer (200, one score per lead) is posted once the handler returns.
     */
    private int invoke(String requestId, int leads, long deadlineMs, boolean extension) throws Exception {
        if (extension) {
            api.invoke(requestId, deadlineMs);
        }
        ObjectNode event = JSON.createObjectNode()
                .put("httpMethod", "POST")
                .put("path", "/v1/score")
                .put("body", ScoringBench.event(leads, false).getBody())
                .put("isBase64Encoded", false);
        event.putObject("headers").put("Content-Type", "application/json");
        ByteArrayOutputStream answer = new ByteArrayOutputStream();
        this.answer = answer;
        HANDLER.handleRequest(
                new ByteArrayInputStream(JSON.writeValueAsBytes(event)),
                answer,
                new TestContext(requestId, "lead-scoring-api", "7", 1024));
        timeline.add("returned " + requestId);
        JsonNode response = JSON.readTree(answer.toByteArray());
        assertEquals(200, response.get("statusCode").asInt());
        assertEquals(
                leads,
                JSON.readTree(response.get("body").asText()).get("scores").size());
        timeline.add("posted " + requestId);
        return answer.size();
    }

    /**
     * The write holds exactly the invocation's lines, each a whole JSON line: a capture line per lead, then the rest.
     */
    private static void assertWhole(Write w, String requestId, int leads) throws Exception {
        assertTrue(w.text().endsWith("\n"));
        List<String> lines = w.text().lines().toList();
        assertEquals(leads + 2, lines.size(), "capture lines, request line, EMF line");
        for (int i = 0; i < leads; i++) {
            JsonNode capture = JSON.readTree(lines.get(i));
            assertEquals(requestId + "-" + i, capture.get("scoreId").asText());
            assertEquals("L" + i, capture.get("lead").get("id").asText());
        }
        JsonNode request = JSON.readTree(lines.get(leads));
        assertEquals("request handled", request.get("message").asText());
        assertEquals(requestId, request.get("requestId").asText());
        assertEquals(String.valueOf(leads), request.get("leads").asText());
        assertTrue(JSON.readTree(lines.get(leads + 1)).has("_aws"), "the EMF line");
    }

    private static String requestOf(Write w) {
        int at = w.text().indexOf("\"requestId\":\"");
        if (at < 0) {
            return "?";
        }
        int from = at + "\"requestId\":\"".length();
        return w.text().substring(from, w.text().indexOf('"', from));
    }
}
