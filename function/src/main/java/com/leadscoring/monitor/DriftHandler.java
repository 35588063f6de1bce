package com.leadscoring.monitor;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestStreamHandler;
import com.fasterxml.jackson.jr.ob.JSON;
import com.leadscoring.bootstrap.ModelLoader;
import com.leadscoring.bootstrap.RescoreOutputPrefix;
import com.leadscoring.drift.DriftCheck;
import com.leadscoring.drift.DriftReport;
import com.leadscoring.drift.DriftResult;
import com.leadscoring.drift.FieldDrift;
import com.leadscoring.io.Locations;
import com.leadscoring.model.ModelBundle;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The drift check of a rescoring run: parse {@code {"bucket", "key", "outputPrefix"}} → load the serving model and its
 * reference → read and score the run's leads → compare (the drift rules of core, as {@code trainer.jar drift}) → write
 * {@code drift.json} beside the run's output, publish PSI per field and for the score → answer a summary. The model is
 * loaded per run (runs are rare, a load takes a second), so a moved {@code latest} is always followed. A run with fewer
 * valid leads than {@code DRIFT_MIN_LEADS} (default {@link DriftCheck#DEFAULT_MIN_LEADS}) is not judged: the answer and
 * {@code drift.json} say {@code "tooFewLeads": true}, nothing is shifted, and only {@code LeadsChecked} is published.
 */
public final class DriftHandler implements RequestStreamHandler {

    static final String REPORT_FILE = "drift.json";
    /** The fewest valid leads a run needs for its drift to be judged; unset: {@link DriftCheck#DEFAULT_MIN_LEADS}. */
    static final String MIN_LEADS_VARIABLE = "DRIFT_MIN_LEADS";

    private static final Logger LOG = LoggerFactory.getLogger(DriftHandler.class);

    private final Supplier<ModelBundle> model;
    private final DriftMetrics metrics;
    private final RescoreOutputPrefix runs;
    private final long minLeads;

    /**
     * Lambda's constructor: the model store of {@code MODEL_URI} / {@code MODEL_VERSION}, metrics through Powertools
     * (EMF on stdout), {@code RESCORE_OUTPUT_PREFIX} and {@code DRIFT_MIN_LEADS} from the environment.
     */
    public DriftHandler() {
        this(
                ModelLoader::fromEnvironment,
                EmfDriftMetrics.fromEnvironment(),
                RescoreOutputPrefix.fromEnvironment(),
                minLeads(System.getenv(MIN_LEADS_VARIABLE)));
    }

    DriftHandler(Supplier<ModelBundle> model, DriftMetrics metrics, RescoreOutputPrefix runs, long minLeads) {
        this.model = model;
        this.metrics = metrics;
        this.runs = runs;
        this.minLeads = minLeads;
    }

    /** {@code DRIFT_MIN_LEADS} as a number of at least 1; unset or blank: the default. */
    static long minLeads(String setting) {
        if (setting == null || setting.isBlank()) {
            return DriftCheck.DEFAULT_MIN_LEADS;
        }
        try {
            long n = Long.parseLong(setting.strip());
            if (n >= 1) {
                return n;
            }
        } catch (NumberFormatException e) {
            // refused below
        }
        throw new IllegalStateException(MIN_LEADS_VARIABLE + " must be a whole number of at least 1, got " + setting);
    }

    @Override
    public void handleRequest(InputStream input, OutputStream output, Context context) throws IOException {
        DriftRequest request = DriftRequest.parse(input, runs);
        ModelBundle bundle = model.get();
        String version = bundle.manifest().modelVersion();
        DriftResult result = DriftCheck.run(bundle, request.data(), Locations::open, minLeads)
                .result();
        Locations.write(request.report(), DriftReport.toJson(result));
        metrics.publish(result);
        Map<String, Object> answer = summary(result, request.report());
        LOG.atInfo()
                .addKeyValue("requestId", context == null ? null : context.getAwsRequestId())
                .addKeyValue("modelVersion", version)
                .addKeyValue("leads", result.rows())
                .addKeyValue("tooFewLeads", result.tooFewLeads())
                .addKeyValue("shifted", answer.get("shifted"))
                .addKeyValue("maxPsi", answer.get("maxPsi"))
                .log("drift checked");
        output.write(JSON.std.asBytes(answer));
    }

    private static Map<String, Object> summary(DriftResult result, String report) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("modelVersion", result.modelVersion());
        m.put("leads", result.rows());
        m.put("badRows", result.badRows());
        m.put("tooFewLeads", result.tooFewLeads());
        m.put("minLeads", result.minLeads());
        m.put("shifted", result.shifted().stream().map(FieldDrift::name).toList());
        if (!result.tooFewLeads()) {
            m.put(
                    "maxPsi",
                    result.all().stream().mapToDouble(FieldDrift::psi).max().orElse(0));
        }
        m.put("report", report);
        return m;
    }
}
