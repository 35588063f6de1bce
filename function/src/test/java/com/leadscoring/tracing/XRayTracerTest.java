package com.leadscoring.tracing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyRequestEvent;
import com.amazonaws.services.lambda.runtime.tests.EventLoader;
import com.amazonaws.xray.AWSXRayRecorder;
import com.amazonaws.xray.AWSXRayRecorderBuilder;
import com.amazonaws.xray.contexts.LambdaSegmentContext;
import com.amazonaws.xray.contexts.SegmentContextResolverChain;
import com.amazonaws.xray.emitters.Emitter;
import com.amazonaws.xray.entities.Entity;
import com.amazonaws.xray.entities.Segment;
import com.amazonaws.xray.entities.Subsegment;
import com.amazonaws.xray.strategy.IgnoreErrorContextMissingStrategy;
import com.leadscoring.api.Cors;
import com.leadscoring.api.RequestMetrics;
import com.leadscoring.api.ScoreHandler;
import com.leadscoring.batch.BatchScoreHandler;
import com.leadscoring.bootstrap.ModelLoader;
import com.leadscoring.bootstrap.Serving;
import com.leadscoring.bootstrap.TestServing;
import com.leadscoring.capturing.Capture;
import com.leadscoring.model.FixtureStore;
import com.leadscoring.model.ModelBundle;
import com.leadscoring.scoring.LeadScorer;
import org.junit.jupiter.api.Test;

/** The handlers' steps as X-Ray records them, with a recorder whose emitter keeps what it would send. */
class XRayTracerTest {

    static final ModelBundle MODEL = ModelLoader.load(FixtureStore.location(), null);

    /** Keeps every segment the recorder would send to the daemon. */
    static final class Kept extends Emitter {
        final List<Segment> segments = new ArrayList<>();

        @Override
        public boolean sendSegment(Segment segment) {
            segments.add(segment);
            return true;
        }

        @Override
        public boolean sendSubsegment(Subsegment subsegment) {
            return true;
        }
    }

    static AWSXRayRecorder recorder(Kept kept) {
        return AWSXRayRecorderBuilder.standard()
                .withEmitter(kept)
                .withContextMissingStrategy(new IgnoreErrorContextMissingStrategy())
                .build();
    }

    static List<String> names(Entity e) {
        return e.getSubsegments().stream().map(Entity::getName).toList();
    }

    static APIGatewayProxyRequestEvent scoreRequest() {
        return EventLoader.loadApiGatewayRestEvent("events/score-batch.json");
    }

    @Test
    void aSampledScoringRequestRecordsParseScoreAndRespondInOrder() throws Exception {
        Kept kept = new Kept();
        AWSXRayRecorder recorder = recorder(kept);
        ScoreHandler handler =
                new ScoreHandler(TestServing.traced(MODEL, new XRayTracer(recorder)), RequestMetrics.NONE, Cors.NONE);
        recorder.beginSegment("lead-scoring");
        assertEquals(200, handler.handle(scoreRequest(), null).getStatusCode());
        recorder.endSegment();
        assertEquals(1, kept.segments.size());
        Segment segment = kept.segments.get(0);
        assertEquals(List.of("parse", "score", "respond"), names(segment));
        double previousEnd = segment.getStartTime();
        for (Entity step : segment.getSubsegments()) {
            assertTrue(step.getStartTime() >= previousEnd && step.getEndTime() >= step.getStartTime(), step.getName());
            previousEnd = step.getEndTime();
        }
    }

    @Test
    void aBatchRecordsItsStepsToo() throws Exception {
        Kept kept = new Kept();
        AWSXRayRecorder recorder = recorder(kept);
        LeadScorer scorer = new LeadScorer(MODEL);
        BatchScoreHandler handler = new BatchScoreHandler(
                new Serving(MODEL, scorer.model(), scorer::score, new XRayTracer(recorder), Capture.OFF));
        recorder.beginSegment("lead-scoring-batch");
        handler.handleRequest(
                new ByteArrayInputStream(Files.readAllBytes(Path.of("..", "events", "batch-good.json"))),
                new ByteArrayOutputStream(),
                null);
        recorder.endSegment();
        assertEquals(List.of("parse", "score", "respond"), names(kept.segments.get(0)));
    }

    @Test
    void aFailingStepIsRecordedWithItsExceptionAndStillThrows() {
        Kept kept = new Kept();
        AWSXRayRecorder recorder = recorder(kept);
        XRayTracer tracer = new XRayTracer(recorder);
        recorder.beginSegment("lead-scoring");
        IOException thrown = assertThrows(
                IOException.class,
                () -> tracer.trace("model load", () -> {
                    throw new IOException("no such object");
                }));
        recorder.endSegment();
        assertEquals("no such object", thrown.getMessage());
        Subsegment load = kept.segments.get(0).getSubsegments().get(0);
        assertEquals("model load", load.getName());
        assertTrue(load.isFault(), "recorded as a fault");
        assertEquals(
                "no such object",
                load.getCause().getExceptions().get(0).getThrowable().getMessage());
    }

    @Test
    void withoutATraceStepsRunAndNothingIsSent() throws Exception {
        Kept kept = new Kept();
        XRayTracer tracer = new XRayTracer(recorder(kept));
        assertEquals(42, tracer.trace("score", () -> 42)); // the Lambda init: no invocation, no trace
        tracer.prime();
        assertTrue(kept.segments.isEmpty(), "priming builds and serializes, never sends");
    }

    @Test
    void withoutADaemonTracingIsOffAndSdkCallsAreNotIntercepted() throws Exception {
        // Tests, the local CLI and benchmarks run with no daemon named.
        assertSame(Tracer.NONE, Tracer.forEnvironment());
        assertEquals(7, Tracer.NONE.trace("parse", () -> 7));
        assertTrue(!new S3CallTracing().active());
        // The SDK finds the interceptor for every client of the jar on the classpath, by this resource.
        String registered = new String(
                        S3CallTracing.class
                                .getClassLoader()
                                .getResourceAsStream("software/amazon/awssdk/global/handlers/execution.interceptors")
                                .readAllBytes(),
                        StandardCharsets.UTF_8)
                .strip();
        assertEquals(S3CallTracing.class.getName(), registered);
    }

    /** A recorder with Lambda's own segment context (the one the function gets on Lambda), keeping what it sends. */
    static final class KeptAll extends Emitter {
        final List<Segment> segments = new ArrayList<>();
        final List<Subsegment> subsegments = new ArrayList<>();

        @Override
        public boolean sendSegment(Segment segment) {
            segments.add(segment);
            return true;
        }

        @Override
        public boolean sendSubsegment(Subsegment subsegment) {
            subsegments.add(subsegment);
            return true;
        }
    }

    static AWSXRayRecorder lambdaRecorder(KeptAll kept) {
        SegmentContextResolverChain chain = new SegmentContextResolverChain();
        chain.addResolver(LambdaSegmentContext::new);
        return AWSXRayRecorderBuilder.standard()
                .withEmitter(kept)
                .withSegmentContextResolverChain(chain)
                .withContextMissingStrategy(new IgnoreErrorContextMissingStrategy())
                .build();
    }

    @Test
    void underLambdasSegmentContextTheInitPrimingAndAnInvocationEachRecordWhatTheyShould() throws Exception {
        KeptAll kept = new KeptAll();
        AWSXRayRecorder recorder = lambdaRecorder(kept);
        XRayTracer tracer = new XRayTracer(recorder);
        ScoreHandler handler = new ScoreHandler(TestServing.traced(MODEL, tracer), RequestMetrics.NONE, Cors.NONE);

        // Init (no trace header): the model load is a trace of its own, an SDK call inside it nests under it.
        assertEquals(3, tracer.traceInit("model load", () -> {
            recorder.beginSubsegment("S3");
            recorder.endSubsegment();
            return 3;
        }));
        assertEquals(1, kept.segments.size());
        Subsegment load = kept.segments.get(0).getSubsegments().get(0);
        assertEquals("model load", load.getName());
        assertEquals(List.of("S3"), names(load));
        // SnapStart priming at init: requests run through the tracer, record nothing and break nothing.
        for (int i = 0; i < 3; i++) {
            assertEquals(200, handler.handle(scoreRequest(), null).getStatusCode());
        }
        tracer.prime();
        assertEquals(1, kept.segments.size());
        assertTrue(kept.subsegments.isEmpty(), kept.subsegments.toString());

        // An invocation Lambda sampled (its trace header): each step is sent as a subsegment of the function's segment.
        System.setProperty(
                "com.amazonaws.xray.traceHeader",
                "Root=1-67a1b2c3-0123456789abcdef01234567;Parent=53995c3f42cd8ad8;Sampled=1");
        try {
            assertEquals(200, handler.handle(scoreRequest(), null).getStatusCode());
        } finally {
            System.clearProperty("com.amazonaws.xray.traceHeader");
        }
        assertEquals(
                List.of("parse", "score", "respond"),
                kept.subsegments.stream().map(Entity::getName).toList());
        assertTrue(
                kept.subsegments.stream()
                        .allMatch(sub -> "1-67a1b2c3-0123456789abcdef01234567"
                                .equals(sub.getParentSegment().getTraceId().toString())),
                "in the invocation's trace");
    }
}
