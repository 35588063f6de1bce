package com.leadscoring.bench;

import java.nio.FloatBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import ai.onnxruntime.OnnxTensor;
import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtSession;
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
 */
public final class ColdStartFloor {

    private ColdStartFloor() {}

    public static void main(String[] args) throws Exception {
        System.out.println(score(args[0], args.length > 1 && args[1].equals("--log")));
    }

    /**
     * Reads {@code model} (a file, or {@code s3://bucket/key}), starts ONNX Runtime, scores one row of zeros and
     * returns its first output; with {@code log}, starts logging on a second thread meanwhile and waits for its one
     * line.
     */
    static float score(String model, boolean log) throws Exception {
        Thread logging = null;
        if (log) {
            // The production configuration in function.jar, not the test one that test-classes would bring.
            System.setProperty("log4j2.configurationFile", "classpath:log4j2.xml");
            logging = new Thread(
                    () -> LoggerFactory.getLogger("com.leadscoring.bench").info("floor"));
            logging.start();
        }
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

    private static byte[] fromS3(String uri) {
        S3Location at = S3Location.parse(uri);
        try (S3Client s3 = S3Clients.create()) {
            return s3.getObjectAsBytes(b -> b.bucket(at.bucket()).key(at.key())).asByteArray();
        }
    }
}
