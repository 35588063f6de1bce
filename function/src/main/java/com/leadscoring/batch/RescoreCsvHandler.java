package com.leadscoring.batch;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestStreamHandler;
import com.fasterxml.jackson.jr.ob.JSON;
import com.leadscoring.model.Locations;

/**
 * A rescoring run's last step: parse {@code {"bucket", "manifestKey", "outputKey"}} (the Map's
 * {@code ResultWriterDetails} and where the CSV goes) → stream every succeeded batch answer into the one scores CSV in a
 * temporary file → put it at {@code s3://bucket/outputKey} in one PUT (a run that fails leaves no half CSV) → answer
 * the counts. Distributed Map's result writer offers JSON or JSON Lines only, so the CSV needs this step.
 */
public final class RescoreCsvHandler implements RequestStreamHandler {

    private static final Logger LOG = LoggerFactory.getLogger(RescoreCsvHandler.class);

    private final RescoreResults.Opener opener;

    /** Lambda's constructor: reads and writes S3 through core's locations. */
    public RescoreCsvHandler() {
        this(Locations::open);
    }

    RescoreCsvHandler(RescoreResults.Opener opener) {
        this.opener = opener;
    }

    @Override
    public void handleRequest(InputStream input, OutputStream output, Context context) throws IOException {
        Map<String, Object> request = JSON.std.mapFrom(input);
        String bucket = required(request, "bucket");
        String manifest = "s3://" + bucket + "/" + required(request, "manifestKey");
        String csv = "s3://" + bucket + "/" + required(request, "outputKey");
        if (!csv.endsWith(".csv")) {
            throw new IllegalArgumentException("outputKey must name a .csv object, got " + csv);
        }
        Path spool = Files.createTempFile("scores-", ".csv");
        try {
            RescoreResults.Summary summary;
            try (Writer w = Files.newBufferedWriter(spool, StandardCharsets.UTF_8)) {
                summary = RescoreResults.toCsv(manifest, opener, w);
            }
            Locations.upload(spool, csv);
            Map<String, Object> answer = new LinkedHashMap<>();
            answer.put("csv", csv);
            answer.put("rows", summary.rows());
            answer.put("scored", summary.scored());
            answer.put("refused", summary.refused());
            answer.put("failedBatches", summary.failedBatches());
            LOG.atInfo().addKeyValue("requestId", context == null ? null : context.getAwsRequestId())
                    .addKeyValue("csv", csv).addKeyValue("rows", summary.rows())
                    .addKeyValue("failedBatches", summary.failedBatches()).log("rescoring CSV written");
            output.write(JSON.std.asBytes(answer));
        } finally {
            Files.deleteIfExists(spool);
        }
    }

    private static String required(Map<String, Object> request, String name) {
        if (!(request.get(name) instanceof String s) || s.isBlank()) {
            throw new IllegalArgumentException("the request needs \"" + name + "\" (a string); got " + request.keySet());
        }
        return s;
    }
}
