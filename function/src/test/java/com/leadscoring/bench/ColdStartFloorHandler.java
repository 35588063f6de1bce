package com.leadscoring.bench;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.RequestStreamHandler;
import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyRequestEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyResponseEvent;
import com.amazonaws.xray.AWSXRayRecorder;

/**
 * The cold-start floor inside the Lambda Java runtime: {@link ColdStartFloor}'s work with logging (read
 * {@code FLOOR_MODEL}, a file or {@code s3://bucket/key}, start ONNX Runtime and score one row, start log4j with
 * Powertools' layout and log a line) done in the handler's constructor, as a handler's init, and an answer of
 * {@code statusCode} 200 with that score. {@code bench/coldstart.sh} runs it under the runtime interface client beside
 * {@code ScoreHandler}, so the runtime's own start (JVM options, its classes, the customer class loader) is in both.
 *
 * <p>This class takes and returns bytes, as a stream handler (as {@code ScoreHandler} does): the runtime serializes
 * nothing. {@link Typed} takes API Gateway's event types, as {@code ScoreHandler} did before it read the event itself,
 * so the runtime reads the event and writes the answer with its own serialization library: the floor of any handler
 * with that signature. {@link Traced} adds what the X-Ray SDK minimally needs to trace the invocation, as the
 * template's {@code Tracing: Active} requires: the floor of a traced stream handler.
 */
public final class ColdStartFloorHandler implements RequestStreamHandler {

    private final float score;

    public ColdStartFloorHandler() throws Exception {
        score = ColdStartFloor.score(System.getenv("FLOOR_MODEL"), true);
    }

    @Override
    public void handleRequest(InputStream input, OutputStream output, Context context) throws IOException {
        input.readAllBytes();
        output.write(("{\"statusCode\":200,\"body\":\"" + score + "\"}").getBytes(StandardCharsets.UTF_8));
    }

    /** The same floor with API Gateway's event types: the event in, its response out, as the runtime reads them. */
    public static final class Typed
            implements RequestHandler<APIGatewayProxyRequestEvent, APIGatewayProxyResponseEvent> {

        private final float score;

        public Typed() throws Exception {
            score = ColdStartFloor.score(System.getenv("FLOOR_MODEL"), true);
        }

        @Override
        public APIGatewayProxyResponseEvent handleRequest(APIGatewayProxyRequestEvent event, Context context) {
            return new APIGatewayProxyResponseEvent()
                    .withStatusCode(200)
                    .withHeaders(Map.of("Content-Type", "application/json"))
                    .withBody("{\"probability\":" + score + ",\"path\":\"" + event.getPath() + "\"}");
        }
    }

    /**
     * The stream floor with X-Ray as active tracing uses it ({@link ColdStartFloor}'s {@code --xray}): the SDK's global
     * recorder started in the init while logging starts, and one subsegment of the invocation (whose trace header the
     * runtime has set) recorded and sent to the daemon before the answer.
     */
    public static final class Traced implements RequestStreamHandler {

        private final float score;
        private final AWSXRayRecorder recorder;

        public Traced() throws Exception {
            AWSXRayRecorder[] started = new AWSXRayRecorder[1];
            score = ColdStartFloor.score(
                    System.getenv("FLOOR_MODEL"), true, () -> started[0] = ColdStartFloor.startXRay());
            recorder = started[0];
        }

        @Override
        public void handleRequest(InputStream input, OutputStream output, Context context) throws IOException {
            input.readAllBytes();
            ColdStartFloor.traceOne(recorder);
            output.write(("{\"statusCode\":200,\"body\":\"" + score + "\"}").getBytes(StandardCharsets.UTF_8));
        }
    }
}
