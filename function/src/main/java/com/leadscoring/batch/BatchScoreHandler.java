package com.leadscoring.batch;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

import ai.onnxruntime.OrtException;
import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestStreamHandler;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.leadscoring.bootstrap.ColdStart;
import com.leadscoring.bootstrap.ModelLoader;
import com.leadscoring.bootstrap.Scorers;
import com.leadscoring.decision.Trend;
import com.leadscoring.lead.FieldProblem;
import com.leadscoring.lead.Lead;
import com.leadscoring.lead.LeadField;
import com.leadscoring.lead.LeadValidation;
import com.leadscoring.lead.LeadValidator;
import com.leadscoring.lead.RawValue;
import com.leadscoring.model.ModelBundle;
import com.leadscoring.scoring.Factor;
import com.leadscoring.scoring.LeadScore;
import com.leadscoring.tracing.Tracer;
import org.crac.Core;
import org.crac.Resource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.event.Level;

/**
 * The Distributed Map batch handler: read the item batch → validate each row with the CSV rules → one batched ONNX
 * Runtime run over the valid rows → {@code {"model": {...}, "scores": [...]}} in item order. Same model loading and
 * SnapStart priming as the API handler. A stream handler, so the batch is parsed once, straight into raw values.
 */
public final class BatchScoreHandler implements RequestStreamHandler {

    /**
     * A child workflow's output must stay under Step Functions' 256 KiB payload limit. Scores need about 90 bytes per
     * item; only batches full of bad rows with many problems each can come near it, and then each bad row keeps its
     * first problem and a count of the rest.
     */
    static final int MAX_OUTPUT_BYTES = 250_000;

    /**
     * Items per batch of an explained run (the state machine's {@code ExplainedRun}): six reasons with labels take up
     * to about 1,000 bytes a row (labels of the longest length allowed, two bytes a character), so 200 rows stay within
     * {@link #MAX_OUTPUT_BYTES}; with field names as labels a row takes about 600.
     */
    public static final int MAX_EXPLAINED_ITEMS = 200;

    private static final Logger LOG = LoggerFactory.getLogger(BatchScoreHandler.class);
    private static final JsonFactory JSON = new JsonFactory();

    /** Scores valid leads in one batched run, with reasons when asked; the seam where tests put a failing model. */
    @FunctionalInterface
    public interface Scorer {
        List<LeadScore> score(List<Lead> leads, boolean explain) throws OrtException;
    }

    private final String modelVersion;
    private final double threshold;
    private final Scorer scorer;
    private final Tracer tracer;
    /** CRaC holds resources weakly: this field keeps the SnapStart priming hook alive until the snapshot. */
    private Resource priming;

    /** Lambda's constructor: loads the model from {@code MODEL_URI} / {@code MODEL_VERSION} or fails the init. */
    public BatchScoreHandler() {
        this(ModelLoader.fromEnvironmentWithBackgroundInit(), Tracer.forEnvironment());
        registerPriming(Core.getGlobalContext());
    }

    private BatchScoreHandler(ModelBundle bundle, Tracer tracer) {
        this(bundle.manifest().modelVersion(), bundle.preprocessing().threshold(), Scorers.open(bundle)::score, tracer);
    }

    /**
     * Registers SnapStart priming with {@code snapshotContext} and keeps it referenced for as long as this handler
     * lives.
     */
    BatchScoreHandler registerPriming(org.crac.Context<Resource> snapshotContext) {
        this.priming = BatchPriming.register(this, snapshotContext);
        return this;
    }

    boolean holdsPriming() {
        return priming != null;
    }

    public BatchScoreHandler(ModelBundle bundle) {
        this(bundle.manifest().modelVersion(), bundle.preprocessing().threshold(), Scorers.open(bundle)::score);
    }

    public BatchScoreHandler(String modelVersion, double threshold, Scorer scorer) {
        this(modelVersion, threshold, scorer, Tracer.NONE);
    }

    /** With {@code tracer} timing parse, score and respond of each batch (X-Ray on Lambda). */
    public BatchScoreHandler(String modelVersion, double threshold, Scorer scorer, Tracer tracer) {
        this.tracer = tracer;
        this.modelVersion = modelVersion;
        this.threshold = threshold;
        this.scorer = scorer;
        ColdStart.awaitLogging();
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
        handle(input, output, context, Level.INFO);
    }

    /** A batch that is not a caller's (SnapStart priming): the same path, its line logged at DEBUG. */
    BatchResult handleUnrecorded(InputStream input, OutputStream output) throws IOException {
        return handle(input, output, null, Level.DEBUG);
    }

    private BatchResult handle(InputStream input, OutputStream output, Context context, Level level)
            throws IOException {
        long start = System.nanoTime();
        BatchResult result = score(input);
        byte[] answer = tracer.trace("respond", () -> write(result));
        output.write(answer);
        output.flush();
        LOG.atLevel(level)
                .addKeyValue("requestId", context == null ? null : context.getAwsRequestId())
                .addKeyValue("modelVersion", modelVersion)
                .addKeyValue("items", result.rows().size())
                .addKeyValue("scored", result.scored())
                .addKeyValue("invalid", result.rows().size() - result.scored())
                .addKeyValue("answerBytes", answer.length)
                .addKeyValue("latencyMs", (System.nanoTime() - start) / 1000 / 1000.0)
                .log("batch scored");
        return result;
    }

    /**
     * Scores one batch. Bad rows come back with their problems; a malformed batch throws
     * {@link MalformedBatchException}, a scoring fault {@link BatchScoringException}.
     */
    public BatchResult score(InputStream input) {
        BatchRequest request = tracer.trace("parse", () -> BatchReader.read(input));
        List<RawValue[]> items = request.items();
        List<LeadValidation> validations = new ArrayList<>(items.size());
        List<Lead> valid = new ArrayList<>(items.size());
        int[] previousScores = new int[items.size()];
        for (int i = 0; i < items.size(); i++) {
            LeadValidation v = validate(items.get(i));
            previousScores[i] = previousScore(request.previousScores().get(i));
            if (previousScores[i] == Trend.BAD_PREVIOUS_SCORE) {
                List<FieldProblem> problems = new ArrayList<>(v.problems());
                problems.add(new FieldProblem(Trend.PREVIOUS_SCORE, Trend.PREVIOUS_SCORE_RULE));
                v = new LeadValidation(null, problems);
            }
            validations.add(v);
            if (v.valid()) {
                valid.add(v.lead());
            }
        }
        List<LeadScore> scores;
        try {
            scores = valid.isEmpty() ? List.of() : tracer.trace("score", () -> scorer.score(valid, request.explain()));
        } catch (OrtException | RuntimeException e) {
            throw new BatchScoringException(
                    "scoring " + valid.size() + " leads with model " + modelVersion + " failed: " + e.getMessage(), e);
        }
        if (scores.size() != valid.size()) {
            throw new BatchScoringException(
                    "the model answered " + scores.size() + " scores for " + valid.size() + " leads", null);
        }
        List<BatchRow> rows = new ArrayList<>(items.size());
        int next = 0;
        for (int i = 0; i < items.size(); i++) {
            LeadValidation v = validations.get(i);
            rows.add(
                    v.valid()
                            ? new BatchRow(v.lead().id(), scores.get(next++), List.of(), previousScores[i])
                            : new BatchRow(rawId(items.get(i)), null, v.problems(), previousScores[i]));
        }
        return new BatchResult(modelVersion, threshold, rows, request.explain());
    }

    /**
     * The CSV rules of {@link LeadValidator#forCsv()}. A column the item lacks altogether means the CSV's header has no
     * such column (Distributed Map gives every header column a key, "" when the cell is empty): said as such, like
     * {@code LeadCsvReader}'s header check, instead of "is required" or a silent "missing".
     */
    static LeadValidation validate(RawValue[] item) {
        LeadValidation v =
                LeadValidator.forCsv().validate(f -> item[f.ordinal()] == null ? RawValue.MISSING : item[f.ordinal()]);
        List<FieldProblem> problems = null;
        for (LeadField f : LeadField.values()) {
            if (item[f.ordinal()] == null) {
                if (problems == null) {
                    problems = new ArrayList<>();
                }
                problems.add(
                        new FieldProblem(f.fieldName(), "is missing: the CSV has no " + f.fieldName() + " column"));
            }
        }
        if (problems == null) {
            return v;
        }
        for (FieldProblem p : v.problems()) {
            LeadField f = LeadField.byName(p.field());
            if (f == null || item[f.ordinal()] != null) {
                problems.add(p);
            }
        }
        return new LeadValidation(null, problems);
    }

    /** A {@code previous_score} cell: 0..100, or Trend's no / bad previous score. */
    private static int previousScore(RawValue cell) {
        if (cell == RawValue.MISSING) {
            return Trend.NO_PREVIOUS_SCORE;
        }
        return cell instanceof RawValue.Text t ? Trend.previousScoreCell(t.value()) : Trend.BAD_PREVIOUS_SCORE;
    }

    private static String rawId(RawValue[] item) {
        return item[LeadField.ID.ordinal()] instanceof RawValue.Text t
                ? t.value().strip()
                : null;
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

    static byte[] write(BatchResult result, int maxErrorsPerRow) {
        ByteArrayOutputStream out =
                new ByteArrayOutputStream(128 + 96 * result.rows().size());
        try (JsonGenerator g = JSON.createGenerator(out)) {
            g.writeStartObject();
            g.writeObjectFieldStart("model");
            g.writeStringField("version", result.modelVersion());
            g.writeNumberField("threshold", result.threshold());
            g.writeEndObject();
            g.writeArrayFieldStart("scores");
            for (BatchRow row : result.rows()) {
                g.writeStartObject();
                g.writeStringField("id", row.id());
                if (row.valid()) {
                    LeadScore s = row.score();
                    g.writeNumberField("probability", s.probability());
                    g.writeNumberField("score", s.score());
                    g.writeStringField("grade", s.grade());
                    g.writeBooleanField("buy", s.buy());
                    if (s.hasPercentile()) {
                        g.writeNumberField("percentile", s.percentile());
                    }
                    if (row.previousScore() >= 0) {
                        g.writeStringField(
                                "trend",
                                Trend.of(row.previousScore(), s.score()).label());
                    }
                    if (result.explained()) {
                        g.writeArrayFieldStart("factors");
                        for (Factor f : s.factors()) {
                            g.writeStartObject();
                            g.writeStringField("feature", f.feature());
                            g.writeStringField("label", f.label());
                            g.writeNumberField("impact", f.impact());
                            g.writeEndObject();
                        }
                        g.writeEndArray();
                    }
                } else {
                    g.writeArrayFieldStart("errors");
                    int n = Math.min(maxErrorsPerRow, row.errors().size());
                    for (FieldProblem p : row.errors().subList(0, n)) {
                        g.writeStartObject();
                        g.writeStringField("field", p.field());
                        g.writeStringField("reason", p.reason());
                        g.writeEndObject();
                    }
                    g.writeEndArray();
                    if (n < row.errors().size()) {
                        g.writeNumberField("moreErrors", row.errors().size() - n);
                    }
                }
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
