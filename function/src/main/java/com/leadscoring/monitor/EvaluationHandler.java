package com.leadscoring.monitor;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestStreamHandler;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.leadscoring.io.Locations;
import com.leadscoring.io.S3Clients;
import com.leadscoring.io.S3Location;
import com.leadscoring.metrics.HandlerMetrics;
import com.leadscoring.model.ModelStore;
import com.leadscoring.model.ModelStoreException;
import com.leadscoring.model.ModelStores;
import com.leadscoring.outcome.OutcomeCsvReader;
import com.leadscoring.outcome.Outcomes;
import com.leadscoring.realized.Expected;
import com.leadscoring.realized.FirstCaptures;
import com.leadscoring.realized.RealizedAccuracy;
import com.leadscoring.realized.RealizedJson;
import com.leadscoring.realized.RealizedReport;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.S3Object;

/**
 * Realized accuracy on AWS: runs when an outcomes file lands under {@code outcomes/} (an EventBridge "Object Created"
 * or an S3 notification names it) and on a schedule (the newest outcomes file). Joins it with every capture under
 * {@code CAPTURES_URI}, compares each scoring version with its own out-of-fold figures from the model store, writes
 * {@code realized.json} to {@code REALIZED_URI}, and publishes EMF metrics per version ({@code RealizedRocAuc},
 * {@code RealizedGradeAConversion}) and per run ({@code RealizedDegraded}, which the alarm watches).
 */
public final class EvaluationHandler implements RequestStreamHandler {

    private static final Logger LOG = LoggerFactory.getLogger(EvaluationHandler.class);
    private static final ObjectMapper JSON = new ObjectMapper();

    /**
     * Where the handler reads and writes.
     *
     * @param captures the captures directory ({@code s3://bucket/captures})
     * @param outcomesPrefix where outcomes files land ({@code s3://bucket/outcomes/}), for the scheduled run
     * @param store the model store
     * @param realized where realized.json goes
     * @param unknownAfter undecided leads count as not bought after this long; null leaves them out
     */
    record Settings(String captures, String outcomesPrefix, String store, String realized, Duration unknownAfter) {

        static Settings fromEnvironment() {
            String days = System.getenv("UNKNOWN_AFTER_DAYS");
            return new Settings(
                    System.getenv("CAPTURES_URI"),
                    System.getenv("OUTCOMES_URI"),
                    System.getenv("MODEL_URI"),
                    System.getenv("REALIZED_URI"),
                    days == null || days.isBlank() ? null : Duration.ofDays(Integer.parseInt(days.strip())));
        }
    }

    private final Settings settings;
    private final RealizedMetrics metrics;
    private final Clock clock;

    /** Lambda's constructor: settings from the environment, metrics through Powertools (EMF on stdout). */
    public EvaluationHandler() {
        this(
                Settings.fromEnvironment(),
                RealizedMetrics.emf(HandlerMetrics.fromEnvironment(RealizedMetrics.SERVICE)),
                Clock.systemUTC());
    }

    EvaluationHandler(Settings settings, RealizedMetrics metrics, Clock clock) {
        this.settings = settings;
        this.metrics = metrics;
        this.clock = clock;
    }

    @Override
    public void handleRequest(InputStream input, OutputStream output, Context context) throws IOException {
        String outcomes = outcomesOf(JSON.readTree(input));
        RealizedReport report;
        try {
            Outcomes decided = OutcomeCsvReader.load(outcomes);
            FirstCaptures first = FirstCaptures.read(settings.captures());
            ModelStore store = ModelStores.open(settings.store());
            Set<String> published = new HashSet<>(store.listVersions());
            report = RealizedAccuracy.evaluate(
                    first,
                    decided,
                    v -> published.contains(v) ? Expected.of(store.load(v)) : Expected.unknown(v),
                    settings.unknownAfter(),
                    clock.instant());
        } catch (ModelStoreException e) {
            throw new IOException(e.getMessage(), e);
        }
        Locations.write(settings.realized(), RealizedJson.toJson(report));
        metrics.publish(report);
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("verdict", report.verdict());
        answer.put("outcomes", outcomes);
        answer.put("realized", settings.realized());
        answer.put("modelVersions", report.modelVersions().size());
        answer.put("leads", report.captures().leads());
        LOG.atInfo()
                .addKeyValue("requestId", context == null ? null : context.getAwsRequestId())
                .addKeyValue("outcomes", outcomes)
                .addKeyValue("verdict", report.verdict())
                .addKeyValue("leads", report.captures().leads())
                .log("realized accuracy evaluated");
        output.write(JSON.writeValueAsBytes(answer));
    }

    /** The outcomes file an S3 event names, or (a scheduled run) the newest one under the outcomes prefix. */
    String outcomesOf(JsonNode event) throws IOException {
        JsonNode record = event.path("Records").path(0);
        if (!record.isMissingNode()) {
            String bucket = record.path("s3").path("bucket").path("name").asText();
            // S3 event keys are URL-encoded (a space arrives as '+').
            String key = URLDecoder.decode(
                    record.path("s3").path("object").path("key").asText(), StandardCharsets.UTF_8);
            return "s3://" + bucket + "/" + key;
        }
        JsonNode detail = event.path("detail");
        if (detail.path("object").path("key").isTextual()) {
            // EventBridge's "Object Created" (the template's route): bucket and key as plain text.
            return "s3://" + detail.path("bucket").path("name").asText() + "/"
                    + detail.path("object").path("key").asText();
        }
        if (event.path("outcomes").isTextual()) {
            return event.get("outcomes").asText();
        }
        S3Location prefix = S3Location.parse(settings.outcomesPrefix());
        try (S3Client s3 = S3Clients.create()) {
            return s3.listObjectsV2Paginator(b -> b.bucket(prefix.bucket()).prefix(prefix.key())).contents().stream()
                    .filter(o -> !o.key().endsWith("/"))
                    .max(Comparator.comparing(S3Object::lastModified).thenComparing(S3Object::key))
                    .map(o -> "s3://" + prefix.bucket() + "/" + o.key())
                    .orElseThrow(() -> new IOException("no outcomes file under " + settings.outcomesPrefix()));
        }
    }
}
