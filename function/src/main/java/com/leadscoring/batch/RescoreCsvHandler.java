package com.leadscoring.batch;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestStreamHandler;
import com.fasterxml.jackson.jr.ob.JSON;
import com.leadscoring.bootstrap.RescoreOutputPrefix;
import com.leadscoring.io.Locations;
import com.leadscoring.io.Opener;
import com.leadscoring.io.S3Location;
import com.leadscoring.metrics.HandlerMetrics;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A rescoring run's last step: parse {@code {"bucket", "manifestKey", "outputKey"}} (the Map's
 * {@code ResultWriterDetails} and where the CSV goes) → stream every succeeded batch answer into the one scores CSV,
 * which appears at {@code s3://bucket/outputKey} in one PUT once complete (a run that fails leaves no half CSV) →
 * answer the counts. Distributed Map's result writer offers JSON or JSON Lines only, so the CSV needs this step. Keys
 * are used exactly as sent; with {@code RESCORE_OUTPUT_PREFIX} set (the stack's {@code RescoreOutputPrefix}) both must
 * lie in a run's folder below it. Result files the run left {@code PENDING} are listed in the answer and logged.
 */
public final class RescoreCsvHandler implements RequestStreamHandler {

    private static final Logger LOG = LoggerFactory.getLogger(RescoreCsvHandler.class);

    private final Opener opener;
    private final RescoreOutputPrefix runs;
    private final HandlerMetrics metrics;

    /**
     * Lambda's constructor: reads and writes S3 through core's locations, below {@code RESCORE_OUTPUT_PREFIX}; metrics
     * through Powertools.
     */
    public RescoreCsvHandler() {
        this(
                Locations::open,
                RescoreOutputPrefix.fromEnvironment(),
                HandlerMetrics.fromEnvironment(BatchMetrics.CSV_SERVICE));
    }

    RescoreCsvHandler(Opener opener, RescoreOutputPrefix runs, HandlerMetrics metrics) {
        this.opener = opener;
        this.runs = runs;
        this.metrics = metrics;
    }

    @Override
    public void handleRequest(InputStream input, OutputStream output, Context context) throws IOException {
        Map<String, Object> request = parse(input);
        String bucket = required(request, "bucket");
        String manifestKey = required(request, "manifestKey");
        String outputKey = required(request, "outputKey");
        runs.check("manifestKey", manifestKey);
        runs.check("outputKey", outputKey);
        String manifest = new S3Location(bucket, manifestKey).toString();
        String csv = new S3Location(bucket, outputKey).toString();
        if (!csv.endsWith(".csv")) {
            throw new IllegalArgumentException("outputKey must name a .csv object, got " + csv);
        }
        RescoreResults.Summary summary;
        // The CSV appears at its key only once every answer is in it (Locations.Output): a failed step leaves none.
        try (Locations.Output out = Locations.create(csv);
                Writer w = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8))) {
            summary = RescoreResults.toCsv(manifest, bucket, runs, opener, w);
            w.flush();
            out.commit();
        }
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("csv", csv);
        answer.put("rows", summary.rows());
        answer.put("scored", summary.scored());
        answer.put("refused", summary.refused());
        answer.put("failedBatches", summary.failedBatches());
        answer.put("pendingFiles", summary.pendingFiles());
        if (!summary.pendingFiles().isEmpty()) {
            LOG.atWarn()
                    .addKeyValue("requestId", context == null ? null : context.getAwsRequestId())
                    .addKeyValue("manifest", manifest)
                    .addKeyValue("pendingFiles", summary.pendingFiles())
                    .log("the run left result files PENDING: their leads are not in the CSV");
        }
        LOG.atInfo()
                .addKeyValue("requestId", context == null ? null : context.getAwsRequestId())
                .addKeyValue("csv", csv)
                .addKeyValue("rows", summary.rows())
                .addKeyValue("failedBatches", summary.failedBatches())
                .log("rescoring CSV written");
        BatchMetrics.csv(metrics, summary);
        output.write(JSON.std.asBytes(answer));
    }

    /** The event as an object; anything else is an {@link IllegalArgumentException} saying what to send. */
    private static Map<String, Object> parse(InputStream input) {
        Map<String, Object> request;
        try {
            request = JSON.std.mapFrom(input);
        } catch (IOException | RuntimeException e) {
            throw new IllegalArgumentException("the event is not a JSON object: " + e.getMessage(), e);
        }
        if (request == null) {
            throw new IllegalArgumentException("the event is empty; send {\"bucket\", \"manifestKey\", \"outputKey\"}");
        }
        return request;
    }

    private static String required(Map<String, Object> request, String name) {
        if (!(request.get(name) instanceof String s) || s.isBlank()) {
            throw new IllegalArgumentException("the event needs a non-empty string \"" + name
                    + "\"; send {\"bucket\", \"manifestKey\", \"outputKey\"} as the rescoring state machine does");
        }
        return s;
    }
}
