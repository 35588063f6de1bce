package com.leadscoring.bench;

import java.nio.FloatBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import ai.onnxruntime.OnnxTensor;
import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtSession;
import com.amazonaws.xray.AWSXRay;
import com.amazonaws.xray.AWSXRayRecorder;
import com.amazonaws.xray.entities.FacadeSegment;
import com.amazonaws.xray.entities.Subsegment;
import com.leadscoring.io.S3Clients;
import com.leadscoring.io.S3Location;
import org.slf4j.LoggerFactory;
import software.amazon.awssdk.services.s3.S3Client;

/**
 * The cold-start floor: a fresh JVM that reads {@code model.onnx}, creates the ONNX Runtime environment and session and
 * scores one row, nothing else (no validation, no checksums, no JSON). {@code bench/coldstart.sh} runs it beside
 * {@code function.jar invoke} so the ratio of the two is measured in one run.
 *
 * <p>{@code java -cp function/target/function.jar:function/target/test-classes com.leadscoring.bench.ColdStartFloor
 * model.onnx [--log]}
 *
 * <p>With {@code --log} it also does the one other thing the function must do before it answers: start its logging
 * (log4j with Powertools' JSON layout, on a second thread as the function does) and log one line. That is the floor of
 * any handler that logs its requests with this stack, and shows how much of a cold start logging alone costs. With an
 * {@code s3://bucket/key} in place of the file it reads {@code model.onnx} with one GET of the project's S3 client: the
 * floor of reading a model from S3 with the AWS SDK (client creation, credentials, one request).
 *
 * <p>With {@code --xray} it also does what the X-Ray SDK minimally needs to trace one request on Lambda with active
 * tracing: the SDK's global recorder started on the main thread while logging starts, and, once it has scored, one
 * subsegment begun and ended under the invocation's trace header, which the SDK streams to the daemon
 * ({@code AWS_XRAY_DAEMON_ADDRESS}) as JSON. The trace header is set as the runtime interface client sets it for an
 * invocation (the system property {@code com.amazonaws.xray.traceHeader}); {@code LAMBDA_TASK_ROOT} must be set, as on
 * Lambda, so that the SDK uses its Lambda context. That is the floor of a function whose template says {@code Tracing:
 * Active}.
 */
public final class ColdStartFloor {

    /** The trace header {@code bench/lambda_runtime.py} hands over with its invocation (sampled). */
    static final String TRACE_HEADER = "Root=1-5bef4de7-ad49b0e87f6ef6c87fc2e700;Parent=9a9197af755a6419;Sampled=1";

    private ColdStartFloor() {}

    public static void main(String[] args) throws Exception {
        List<String> flags = List.of(args).subList(1, args.length);
        if (!flags.contains("--xray")) {
            System.out.println(score(args[0], flags.contains("--log")));
            return;
        }
        if (System.getenv("LAMBDA_TASK_ROOT") == null) {
            throw new IllegalStateException("--xray needs LAMBDA_TASK_ROOT, as on Lambda (the SDK's Lambda context)");
        }
        AWSXRayRecorder[] recorder = new AWSXRayRecorder[1];
        float score = score(args[0], flags.contains("--log"), () -> recorder[0] = startXRay());
        System.setProperty("com.amazonaws.xray.traceHeader", TRACE_HEADER);
        traceOne(recorder[0]);
        System.out.println(score);
    }

    /**
     * Reads {@code model} (a file, or {@code s3://bucket/key}), starts ONNX Runtime, scores one row of zeros and
     * returns its first output; with {@code log}, starts logging on a second thread meanwhile and waits for its one
     * line.
     */
    static float score(String model, boolean log) throws Exception {
        return score(model, log, () -> {});
    }

    /**
     * {@link #score(String, boolean)} with {@code alongside} run on the main thread once logging has started, before
     * the model is read: where a handler starts its tracer.
     */
    static float score(String model, boolean log, Runnable alongside) throws Exception {
        Thread logging = null;
        if (log) {
            // The production configuration in function.jar, not the test one that test-classes would bring.
            System.setProperty("log4j2.configurationFile", "classpath:log4j2.xml");
            logging = new Thread(
                    () -> LoggerFactory.getLogger("com.leadscoring.bench").info("floor"));
            logging.start();
        }
        alongside.run();
        byte[] bytes = model.startsWith("s3://") ? fromS3(model) : Files.readAllBytes(Path.of(model));
        OrtEnvironment env = OrtEnvironment.getEnvironment();
        try (OrtSession.SessionOptions options = new OrtSession.SessionOptions()) {
            options.setIntraOpNumThreads(1);
            try (OrtSession session = env.createSession(bytes, options);
                    OnnxTensor row = OnnxTensor.createTensor(env, FloatBuffer.wrap(new float[24]), new long[] {1, 24});
                    OrtSession.Result result = session.run(
                            Map.of(session.getInputNames().iterator().next(), row))) {
                if (logging != null) {
                    logging.join();
                }
                return ((float[][]) result.get(0).getValue())[0][0];
            }
        }
    }

    /**
     * The X-Ray SDK's global recorder, as any SDK user gets it (its defaults: centralized sampling strategy with the
     * default rules read, UDP emitter to {@code AWS_XRAY_DAEMON_ADDRESS}, the Lambda context when
     * {@code LAMBDA_TASK_ROOT} is set).
     */
    static AWSXRayRecorder startXRay() {
        return AWSXRay.getGlobalRecorder();
    }

    /**
     * One subsegment of the current invocation, begun and ended: under a sampled trace header the SDK's Lambda context
     * hangs it under the function's facade segment and its emitter serializes it and sends it to the daemon. Fails when
     * it was not recorded, so the floor never measures a no-op.
     */
    static void traceOne(AWSXRayRecorder recorder) {
        Subsegment step = recorder.beginSubsegment("score");
        recorder.endSubsegment();
        if (!(step.getParent() instanceof FacadeSegment) || !step.isSampled()) {
            throw new IllegalStateException("the subsegment was not recorded under the invocation's trace");
        }
    }

    private static byte[] fromS3(String uri) {
        S3Location at = S3Location.parse(uri);
        try (S3Client s3 = S3Clients.create()) {
            return s3.getObjectAsBytes(b -> b.bucket(at.bucket()).key(at.key())).asByteArray();
        }
    }
}
