package com.leadscoring.batch;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import ai.onnxruntime.OrtException;
import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestStreamHandler;
import com.leadscoring.bootstrap.ColdStart;
import com.leadscoring.bootstrap.Serving;
import com.leadscoring.capture.CaptureSource;
import com.leadscoring.capturing.Capture;
import com.leadscoring.capturing.CaptureLines;
import com.leadscoring.features.LeadEncoder;
import com.leadscoring.metrics.HandlerMetrics;
import com.leadscoring.scoring.LeadScore;
import com.leadscoring.stdout.PowertoolsLine;
import com.leadscoring.stdout.StdoutBatch;
import com.leadscoring.tracing.Tracer;
import org.crac.Core;
import org.crac.Resource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.event.Level;
import software.amazon.lambda.powertools.logging.PowertoolsLogging;

/**
 * The Distributed Map batch handler: parse the item batch straight into encoded rows, each row checked by the CSV rules
 * ({@link BatchReader}) → one batched ONNX Runtime run over the valid rows → {@code {"model": {...}, "scores": [...]}}
 * in item order, each score with its own {@code scoreId} → capture of the scored leads (source {@code rescore}, the
 * item as sent), as the API handler captures. Same model loading, logging and SnapStart priming as the API handler.
 */
public final class BatchScoreHandler implements RequestStreamHandler {

    /**
     * A child workflow's output must stay under Step Functions' 256 KiB payload limit. Scores need about 90 bytes per
     * item and 55 for its score id; only batches full of bad rows with many problems each can come near it, and then
     * each bad row keeps its first problem and a count of the rest.
     */
    static final int MAX_OUTPUT_BYTES = 250_000;

    /**
     * Items per batch of an explained run (the state machine's {@code ExplainedRun}): six reasons with labels take up
     * to about 1,000 bytes a row (labels of the longest length allowed, two bytes a character), so 200 rows stay within
     * {@link #MAX_OUTPUT_BYTES}; with field names as labels a row takes about 600.
     */
    public static final int MAX_EXPLAINED_ITEMS = 200;

    private static final Logger LOG = LoggerFactory.getLogger(BatchScoreHandler.class);

    private final String modelVersion;
    private final double threshold;
    private final LeadEncoder encoder;
    private final Serving.Scoring scorer;
    private final Tracer tracer;
    private final Capture capture;
    /** CRaC holds resources weakly: this field keeps the SnapStart priming hook alive until the snapshot. */
    private Resource priming;
    /** Lambda's publish per batch; the local CLI and tests publish nothing unless they say so. */
    private HandlerMetrics metrics = HandlerMetrics.NONE;

    /**
     * Lambda's constructor: the container's {@link Serving} (the model of {@code MODEL_URI} / {@code MODEL_VERSION}).
     */
    public BatchScoreHandler() {
        this(Serving.fromEnvironment());
        registerPriming(Core.getGlobalContext());
        publishingTo(HandlerMetrics.fromEnvironment(BatchMetrics.BATCH_SERVICE));
    }

    /**
     * A handler over {@code serving} (which also says what to capture); public for the local CLI ({@code invoke-batch},
     * {@code score}) and tests.
     */
    public BatchScoreHandler(Serving serving) {
        this.tracer = serving.tracer();
        this.modelVersion = serving.modelVersion();
        this.threshold = serving.model().policy().threshold();
        this.encoder = serving.model().encoder();
        this.scorer = serving.scoring();
        this.capture = serving.capture();
        ColdStart.awaitLogging();
    }

    /**
     * Registers SnapStart priming with {@code snapshotContext} and keeps it referenced for as long as this handler
     * lives.
     */
    BatchScoreHandler registerPriming(org.crac.Context<Resource> snapshotContext) { // name clash with Lambda's Context
        this.priming = BatchPriming.register(this, snapshotContext);
        return this;
    }

    /** Publishes each caller's batch ({@link BatchMetrics}) to {@code metrics}. */
    BatchScoreHandler publishingTo(HandlerMetrics metrics) {
        this.metrics = metrics;
        return this;
    }

    boolean holdsPriming() {
        return priming != null;
    }

    public String modelVersion() {
        return modelVersion;
    }

    /** The tracer of this handler (SnapStart priming warms it). */
    Tracer tracer() {
        return tracer;
    }

    @Override
    public void handleRequest(InputStream input, OutputStream output, Context context) throws IOException {
        // The batch line and the metrics line leave together, in one write, as the API handler's.
        try (StdoutBatch lines = StdoutBatch.open()) {
            if (context == null) {
                handle(input, output, null, Level.INFO);
                return;
            }
            // Powertools adds the Lambda fields (function_request_id, cold_start, ...) to every line logged inside, as
            // for the API handler.
            PowertoolsLogging.withLogging(context, () -> {
                try {
                    return handle(input, output, context, Level.INFO);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    /** A batch that is not a caller's (SnapStart priming): the same path, its line logged at DEBUG. */
    BatchResult handleUnrecorded(InputStream input, OutputStream output) throws IOException {
        return handle(input, output, null, Level.DEBUG);
    }

    private BatchResult handle(InputStream input, OutputStream output, Context context, Level level)
            throws IOException {
        long start = System.nanoTime();
        String batchId = context == null ? UUID.randomUUID().toString() : context.getAwsRequestId();
        BatchRequest request = tracer.trace("parse", () -> BatchReader.read(input, encoder));
        BatchResult result = score(request, batchId);
        byte[] answer = tracer.trace("respond", () -> write(result));
        if (level == Level.INFO && capture.on()) { // a priming batch's synthetic leads are nobody's
            capture(request, result, batchId);
        }
        output.write(answer);
        output.flush();
        double latencyMs = (System.nanoTime() - start) / 1000 / 1000.0;
        PowertoolsLine.of(level, "batch scored")
                .with("requestId", context == null ? null : context.getAwsRequestId())
                .with("modelVersion", modelVersion)
                .with("items", result.rows().size())
                .with("scored", result.scored())
                .with("invalid", result.rows().size() - result.scored())
                .with("answerBytes", answer.length)
                .with("latencyMs", latencyMs)
                .log(LOG, context != null);
        if (level == Level.INFO) {
            BatchMetrics.batch(metrics, result, latencyMs);
        }
        return result;
    }

    /**
     * Scores one batch, its score ids under a random batch id. Bad rows come back with their problems; a malformed
     * batch throws {@link MalformedBatchException}, a scoring fault {@link BatchScoringException}.
     */
    public BatchResult score(InputStream input) {
        BatchRequest request = tracer.trace("parse", () -> BatchReader.read(input, encoder));
        return score(request, UUID.randomUUID().toString());
    }

    /**
     * Scores the valid items of {@code request} in one run. Score ids are {@code <batchId>-<item index>}: the Lambda
     * request id is unique per invocation (a retried batch is a new invocation) and the index within the batch.
     */
    private BatchResult score(BatchRequest request, String batchId) {
        int valid = request.valid();
        List<LeadScore> scores;
        try {
            scores = valid == 0
                    ? List.of()
                    : tracer.trace("score", () -> scorer.score(request.features(), valid, request.explain()));
        } catch (OrtException | RuntimeException e) {
            throw new BatchScoringException(
                    "scoring " + valid + " leads with model " + modelVersion + " failed: " + e.getMessage(), e);
        }
        if (scores.size() != valid) {
            throw new BatchScoringException(
                    "the model answered " + scores.size() + " scores for " + valid + " leads", null);
        }
        List<BatchRow> rows = new ArrayList<>(request.items().size());
        int next = 0;
        for (int i = 0; i < request.items().size(); i++) {
            BatchItem item = request.items().get(i);
            rows.add(
                    item.valid()
                            ? new BatchRow(
                                    item.id(), batchId + "-" + i, scores.get(next++), List.of(), item.previousScore())
                            : new BatchRow(item.id(), null, null, item.problems(), item.previousScore()));
        }
        return new BatchResult(modelVersion, threshold, rows, request.explain());
    }

    /** One capture line per scored lead the sample takes, the item's bytes as the run sent them; no network call. */
    private void capture(BatchRequest request, BatchResult result, String batchId) {
        CaptureLines lines = CaptureLines.start(batchId, modelVersion, Instant.now(), CaptureSource.RESCORE);
        int scored = 0; // the reader keeps the valid items' places, in row order
        for (int i = 0; i < result.rows().size(); i++) {
            BatchRow row = result.rows().get(i);
            if (row.valid()) {
                int k = scored++;
                if (capture.takes(row.id())) {
                    lines.add(i, row.id(), request.body(), request.leadStart()[k], request.leadEnd()[k], row.score());
                }
            }
        }
        capture.write(lines);
    }

    /**
     * The answer's JSON bytes, within {@link #MAX_OUTPUT_BYTES} whenever the scores alone fit. Reasons take about 300
     * bytes a row, so an explained batch must be smaller than a plain one; one that cannot fit is a wiring mistake (the
     * Map's batch size), refused whole rather than answered without its reasons.
     */
    static byte[] write(BatchResult result) {
        byte[] full = write(result, Integer.MAX_VALUE);
        if (full.length <= MAX_OUTPUT_BYTES) {
            return full;
        }
        byte[] trimmed = write(result, 1);
        if (trimmed.length > MAX_OUTPUT_BYTES) {
            int rows = result.rows().size();
            throw new MalformedBatchException("the answer for " + rows + " items is " + trimmed.length
                    + " bytes, over Step Functions' 256 KiB; " + (result.explained() ? "explained " : "")
                    + "batches must have at most " + (int) ((long) rows * MAX_OUTPUT_BYTES / trimmed.length)
                    + " items");
        }
        return trimmed;
    }

    /** The answer's bytes, each bad row with at most {@code maxErrorsPerRow} of its problems ({@link BatchAnswer}). */
    static byte[] write(BatchResult result, int maxErrorsPerRow) {
        return BatchAnswer.write(result, maxErrorsPerRow);
    }
}
