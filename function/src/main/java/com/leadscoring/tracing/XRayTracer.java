package com.leadscoring.tracing;

import com.amazonaws.xray.AWSXRay;
import com.amazonaws.xray.AWSXRayRecorder;
import com.amazonaws.xray.AWSXRayRecorderBuilder;
import com.amazonaws.xray.entities.Entity;
import com.amazonaws.xray.entities.Segment;
import com.amazonaws.xray.entities.SegmentImpl;
import com.amazonaws.xray.entities.Subsegment;
import com.amazonaws.xray.entities.SubsegmentImpl;
import com.amazonaws.xray.interceptors.TracingInterceptor;
import com.amazonaws.xray.strategy.IgnoreErrorContextMissingStrategy;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;

/**
 * Subsegments through the X-Ray SDK. On Lambda the recorder's context is the invocation's facade segment (from the
 * trace header Lambda passes), so steps nest under the function's own segment, and sampling is Lambda's decision (or
 * API Gateway's, upstream): an unsampled request records nothing. Outside an invocation (the init, SnapStart priming)
 * there is no trace: the context-missing strategy ignores it instead of logging an error per step.
 */
public final class XRayTracer implements Tracer {

    private static volatile XRayTracer global;
    /** The init step in progress: SDK calls on threads without a trace of their own join it ({@link S3CallTracing}). */
    private static volatile Entity initStep;

    private final AWSXRayRecorder recorder;

    public XRayTracer(AWSXRayRecorder recorder) {
        this.recorder = recorder;
    }

    /** The process-wide recorder (also the one the S3 interceptor records through), built once. */
    static XRayTracer global() {
        XRayTracer t = global;
        if (t == null) {
            synchronized (XRayTracer.class) {
                if (global == null) {
                    // The SDK's own global recorder, which loading AWSXRay builds anyway: building one more (and
                    // setting it global) read the default sampling rules and opened a UDP socket a second time. As
                    // the builder does, a context-missing strategy the environment names (Lambda's
                    // AWS_XRAY_CONTEXT_MISSING) wins over ours.
                    AWSXRayRecorder recorder = AWSXRay.getGlobalRecorder();
                    if (!contextMissingStrategyNamed()) {
                        recorder.setContextMissingStrategy(new IgnoreErrorContextMissingStrategy());
                    }
                    global = new XRayTracer(recorder);
                }
                t = global;
            }
        }
        return t;
    }

    /** Whether the environment or a system property names the SDK's context-missing strategy. */
    private static boolean contextMissingStrategyNamed() {
        return AWSXRayRecorderBuilder.contextMissingStrategyFromEnvironmentVariable()
                        .isPresent()
                || AWSXRayRecorderBuilder.contextMissingStrategyFromSystemProperty()
                        .isPresent();
    }

    /** The X-Ray SDK's interceptor, recording through the global recorder (configured first). */
    static ExecutionInterceptor sdkCallInterceptor() {
        global();
        return new TracingInterceptor();
    }

    /** The entity SDK calls of threads without a trace join, while an init step runs; null otherwise. */
    static Entity initStep() {
        return initStep;
    }

    @Override
    public <T, E extends Exception> T traceInit(String name, Step<T, E> step) throws E {
        if (recorder.getTraceEntity() != null) {
            return trace(name, step); // inside an invocation: a subsegment like any other step
        }
        // Lambda's init has no trace header: the step gets a trace of its own, a segment named after the function
        // holding the step as a subsegment, sent when it ends. The current entity must be a subsegment: Lambda's
        // segment context nests SDK calls under a current subsegment only.
        Segment segment = new SegmentImpl(recorder, serviceName());
        Subsegment init = new SubsegmentImpl(recorder, name, segment);
        init.setParent(segment);
        segment.addSubsegment(init);
        recorder.setTraceEntity(init);
        initStep = init;
        try {
            return step.run();
        } catch (Exception e) {
            init.addException(e);
            throw e;
        } finally {
            initStep = null;
            recorder.clearTraceEntity();
            init.end();
            segment.end();
            recorder.getEmitter().sendSegment(segment);
        }
    }

    private static String serviceName() {
        String function = System.getenv("AWS_LAMBDA_FUNCTION_NAME");
        return function == null || function.isBlank() ? "lead-scoring" : function;
    }

    @Override
    public <T, E extends Exception> T trace(String name, Step<T, E> step) throws E {
        Subsegment subsegment = recorder.beginSubsegment(name);
        try {
            return step.run();
        } catch (Exception e) {
            subsegment.addException(e);
            throw e;
        } finally {
            recorder.endSubsegment();
        }
    }

    /**
     * SnapStart priming: a segment with a subsegment, built and serialized as the emitter would, but never sent, so the
     * snapshot holds X-Ray's classes and JSON serialization warm.
     */
    @Override
    public void prime() {
        Segment segment = new SegmentImpl(recorder, "priming");
        Subsegment step = new SubsegmentImpl(recorder, "parse", segment);
        step.setParent(segment);
        segment.addSubsegment(step);
        step.putAnnotation("leads", 1);
        step.end();
        segment.end();
        if (step.streamSerialize().isEmpty() || segment.serialize().isEmpty()) {
            throw new IllegalStateException("X-Ray serialized nothing");
        }
    }
}
