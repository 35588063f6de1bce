package com.leadscoring.api;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;

import ai.onnxruntime.OrtException;
import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestStreamHandler;
import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyRequestEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyResponseEvent;
import com.leadscoring.bootstrap.ColdStart;
import com.leadscoring.bootstrap.Serving;
import com.leadscoring.capture.CaptureSource;
import com.leadscoring.capturing.Capture;
import com.leadscoring.capturing.CaptureLines;
import com.leadscoring.features.LeadEncoder;
import com.leadscoring.scoring.LeadScore;
import com.leadscoring.stdout.LambdaLoggingContext;
import com.leadscoring.stdout.PowertoolsLine;
import com.leadscoring.stdout.StdoutBatch;
import com.leadscoring.tracing.Tracer;
import com.leadscoring.wire.ApiGatewayEventJson;
import com.leadscoring.wire.EventBody;
import com.leadscoring.wire.TextBodyResponse;
import org.crac.Core;
import org.crac.Resource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.event.Level;

/**
 * The Lambda handler behind API Gateway (REST proxy integration): route → parse → validate → score → respond. The model
 * and ONNX Runtime session are created once per container ({@link Serving}) and handed in, so tests build the handler
 * without AWS. Lambda hands it the event as bytes ({@link #handleRequest}, read and answered by
 * {@link ApiGatewayEventJson}), so the runtime's own serialization library never loads; tests, SnapStart priming and
 * the local CLI call the typed entry, {@link #handle}.
 */
public final class ScoreHandler implements RequestStreamHandler {

    public static final int MAX_BODY_BYTES = 1 << 20;
    /** Compiled once: String.matches compiles its pattern on every call, a microsecond of a one-lead request. */
    private static final Pattern JSON_CONTENT_TYPE = Pattern.compile("application/json\\s*(;.*)?");

    /**
     * The logger, in a holder so that loading this class does not start logging: Lambda loads and initialises the
     * handler class before calling its constructor, and a static logger here started log4j and Powertools' layout on
     * the init's one thread, before {@link ColdStart} could start it beside the model read.
     */
    private static final class Log {
        static final Logger LOG = LoggerFactory.getLogger(ScoreHandler.class);
    }

    private final Serving serving;
    private final LeadEncoder encoder;
    private final Serving.Scoring scoring;
    private final String modelInfo;
    private final RequestMetrics metrics;
    private final Cors cors;
    private final ScoreRequestParser parser = new ScoreRequestParser();
    private final Tracer tracer;
    private final Capture capture;
    /** CRaC holds resources weakly: this field keeps the SnapStart priming hook alive until the snapshot. */
    private SnapStartPriming priming;

    /**
     * Lambda's constructor: the container's {@link Serving} (the model named by {@code MODEL_URI} /
     * {@code MODEL_VERSION}, or a failed init); metrics go to CloudWatch as EMF; browser origins from
     * {@code CORS_ALLOWED_ORIGINS}.
     */
    public ScoreHandler() {
        this(Serving.fromEnvironment(), new EmfRequestMetrics(), Cors.fromEnvironment());
        registerPriming(Core.getGlobalContext());
    }

    /**
     * A handler over {@code serving} (which also says what to capture), reporting to {@code metrics} and answering the
     * browser origins of {@code cors}. Public for the local CLI ({@code serve}, {@code invoke}), which names its own
     * store; tests build theirs here too.
     */
    public ScoreHandler(Serving serving, RequestMetrics metrics, Cors cors) {
        this.serving = serving;
        this.tracer = serving.tracer();
        this.encoder = serving.model().encoder();
        this.scoring = serving.scoring();
        this.cors = cors;
        this.metrics = metrics;
        this.capture = serving.capture();
        this.modelInfo = ModelInfo.json(serving.bundle(), serving.model());
        ColdStart.awaitLogging();
    }

    /**
     * Registers SnapStart priming with {@code snapshotContext} and keeps it referenced for as long as this handler
     * lives.
     */
    ScoreHandler registerPriming(org.crac.Context<Resource> snapshotContext) { // name clash with Lambda's Context
        this.priming = SnapStartPriming.register(this, snapshotContext);
        return this;
    }

    /** The SnapStart priming this handler holds; null until registered. */
    SnapStartPriming priming() {
        return priming;
    }

    public String modelVersion() {
        return serving.modelVersion();
    }

    /** The tracer of this handler (SnapStart priming warms it). */
    Tracer tracer() {
        return tracer;
    }

    /**
     * Lambda's entry: API Gateway's event from {@code input}, the response to {@code output}. An event that is not a
     * REST proxy event's JSON is refused with a {@link ApiGatewayEventJson.MalformedEventException}, which says where,
     * never what was there.
     */
    @Override
    public void handleRequest(InputStream input, OutputStream output, Context context) throws IOException {
        // The body stays bytes on the way in and the answer's builder on the way out: never a 400 KB String.
        ApiGatewayEventJson.write(answer(ApiGatewayEventJson.readUtf8Body(input), context), output);
    }

    /** The typed entry: {@code event} answered; {@code context} is null outside Lambda. */
    public APIGatewayProxyResponseEvent handle(APIGatewayProxyRequestEvent event, Context context) {
        return TextBodyResponse.detached(answer(event, context));
    }

    /** {@code event} answered, the answer's body possibly still in this thread's builder ({@link TextBodyResponse}). */
    private APIGatewayProxyResponseEvent answer(APIGatewayProxyRequestEvent event, Context context) {
        // Powertools' logging context (set up cheaper, the same MDC) adds the Lambda fields (function_request_id,
        // cold_start, function_name, ...) to every line logged inside; local runs and tests without a context log the
        // same line without them. The request line and the metrics line leave together, in one write, when the
        // request ends.
        try (StdoutBatch lines = StdoutBatch.open()) {
            return context == null
                    ? handle(event, null, true)
                    : LambdaLoggingContext.withLogging(context, () -> handle(event, context, true));
        }
    }

    /**
     * A request that is not a caller's (SnapStart priming): the same path, logged at DEBUG, not counted in the metrics.
     */
    APIGatewayProxyResponseEvent handleUnrecorded(APIGatewayProxyRequestEvent event) {
        return handle(event, null, false);
    }

    private APIGatewayProxyResponseEvent handle(APIGatewayProxyRequestEvent event, Context context, boolean recorded) {
        long start = System.nanoTime();
        String requestId = requestId(event, context);
        int leads = 0;
        int buys = 0;
        Map<String, Integer> grades = Map.of();
        APIGatewayProxyResponseEvent response;
        try {
            Route route = Route.of(event);
            response = switch (route) {
                case SCORE, FORM_SCORE -> {
                    EventBody body = body(event);
                    ScoreRequest request =
                            tracer.trace("parse", () -> parser.parse(body.bytes(), body.length(), encoder));
                    leads = request.size();
                    List<LeadScore> scores = tracer.trace(
                            "score", () -> scoring.score(request.features(), request.size(), request.explain()));
                    buys = buyCount(scores);
                    grades = gradeCounts(scores);
                    APIGatewayProxyResponseEvent answer = tracer.trace(
                            "respond",
                            () -> ApiResponses.scores(
                                    modelVersion(),
                                    serving.model().policy().threshold(),
                                    request.ids(),
                                    request.previousScores(),
                                    scores,
                                    request.explain(),
                                    requestId));
                    // Only scores that go out; a priming request's synthetic leads are nobody's.
                    if (recorded && capture.on()) {
                        capture(request, scores, requestId);
                    }
                    yield answer;
                }
                case MODEL ->
                    new APIGatewayProxyResponseEvent()
                            .withStatusCode(200)
                            .withHeaders(Map.of("Content-Type", ApiResponses.JSON_TYPE))
                            .withBody(modelInfo);
                case HEALTH ->
                    ApiResponses.json(
                            200,
                            ApiResponses.JSON_TYPE,
                            g -> {
                                g.writeStartObject();
                                g.writeStringField("status", "ok");
                                g.writeStringField("model", modelVersion());
                                g.writeEndObject();
                            },
                            Map.of());
                case PREFLIGHT -> ApiResponses.noContent(Cors.preflightHeaders(Route.allowed(event.getPath())));
            };
        } catch (ProblemException e) {
            Map<String, String> headers = e.type() == ProblemType.METHOD_NOT_ALLOWED
                    ? Map.of("Allow", Route.allowed(event.getPath()))
                    : Map.of();
            response = ApiResponses.problem(e.type(), e.getMessage(), e.errors(), null, headers);
        } catch (OrtException | RuntimeException e) {
            Log.LOG.error("request {} failed: {}", requestId, e.toString(), e);
            response = ApiResponses.problem(
                    ProblemType.INTERNAL,
                    "the request could not be scored; quote the request id",
                    List.of(),
                    requestId,
                    Map.of());
        }
        response.setHeaders(cors.apply(response.getHeaders(), header(event, "Origin")));
        double latencyMs = (System.nanoTime() - start) / 1000 / 1000.0;
        // One line per request; never lead contents. Priming requests at DEBUG: the snapshot's init says once what it
        // ran. On Lambda written straight, in the same layout, with the metrics line (PowertoolsLine).
        PowertoolsLine.of(recorded ? Level.INFO : Level.DEBUG, "request handled")
                .with("requestId", requestId)
                .with("path", String.valueOf(event.getPath()))
                .with("status", response.getStatusCode())
                .with("modelVersion", modelVersion())
                .with("leads", leads)
                .with("latencyMs", latencyMs)
                .log(Log.LOG, context != null);
        // Leads count as scored only when the scores went out (not when a later step failed).
        boolean answered = response.getStatusCode() == 200;
        if (recorded) {
            metrics.record(new RequestMetrics.RequestOutcome(
                    response.getStatusCode(),
                    latencyMs,
                    answered ? leads : 0,
                    answered ? buys : 0,
                    answered ? grades : Map.of()));
        }
        return response;
    }

    /** One capture line per scored lead the sample takes, the lead's bytes as the caller sent them; no network call. */
    private void capture(ScoreRequest request, List<LeadScore> scores, String requestId) {
        CaptureLines lines = CaptureLines.start(requestId, modelVersion(), Instant.now(), CaptureSource.API);
        for (int i = 0; i < scores.size(); i++) {
            Object id = request.ids()[i];
            if (capture.takes(id)) {
                lines.add(i, id, request.body(), request.leadStart()[i], request.leadEnd()[i], scores.get(i));
            }
        }
        capture.write(lines);
    }

    /** Leads per grade, every grade of the model's bands present (0 when none), in band order. */
    private Map<String, Integer> gradeCounts(List<LeadScore> scores) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        serving.model().policy().gradeBands().forEach(b -> counts.put(b.grade(), 0));
        for (LeadScore s : scores) {
            counts.merge(s.grade(), 1, Integer::sum);
        }
        return counts;
    }

    private static int buyCount(List<LeadScore> scores) {
        int n = 0;
        for (LeadScore s : scores) {
            if (s.buy()) {
                n++;
            }
        }
        return n;
    }

    private static EventBody body(APIGatewayProxyRequestEvent event) throws ProblemException {
        String contentType = header(event, "Content-Type");
        if (contentType == null
                || !JSON_CONTENT_TYPE
                        .matcher(contentType.toLowerCase(Locale.ROOT).strip())
                        .matches()) {
            throw new ProblemException(
                    ProblemType.UNSUPPORTED_MEDIA_TYPE,
                    "send Content-Type: application/json, got "
                            + (contentType == null ? "none" : "'" + contentType + "'"));
        }
        // Checked before decoding or parsing: a character is at least one byte, base64 at least 3/4 of one.
        if (EventBody.lowerBound(event) > MAX_BODY_BYTES) {
            throw tooLarge();
        }
        EventBody bytes;
        try {
            bytes = EventBody.of(event);
        } catch (IllegalArgumentException e) {
            throw new ProblemException(ProblemType.MALFORMED_JSON, "the body is marked base64 but is not valid base64");
        }
        if (bytes.length() > MAX_BODY_BYTES) {
            throw tooLarge();
        }
        return bytes;
    }

    private static ProblemException tooLarge() {
        return new ProblemException(ProblemType.TOO_LARGE, "the request body is over " + MAX_BODY_BYTES + " bytes");
    }

    static String header(APIGatewayProxyRequestEvent event, String name) {
        if (event.getHeaders() != null) {
            for (Map.Entry<String, String> h : event.getHeaders().entrySet()) {
                if (h.getKey() != null && h.getKey().equalsIgnoreCase(name)) {
                    return h.getValue();
                }
            }
        }
        if (event.getMultiValueHeaders() != null) {
            for (Map.Entry<String, List<String>> h :
                    event.getMultiValueHeaders().entrySet()) {
                if (h.getKey() != null
                        && h.getKey().equalsIgnoreCase(name)
                        && h.getValue() != null
                        && !h.getValue().isEmpty()) {
                    return h.getValue().get(0);
                }
            }
        }
        return null;
    }

    private static String requestId(APIGatewayProxyRequestEvent event, Context context) {
        if (event.getRequestContext() != null && event.getRequestContext().getRequestId() != null) {
            return event.getRequestContext().getRequestId();
        }
        if (context != null && context.getAwsRequestId() != null) {
            return context.getAwsRequestId();
        }
        return UUID.randomUUID().toString();
    }
}
