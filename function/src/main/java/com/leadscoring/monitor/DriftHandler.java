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
 * loaded per run (runs are rare, a load takes a second), so a moved {@code latest} is always followed.
 */
public final class DriftHandler implements RequestStreamHandler {

    static final String REPORT_FILE = "drift.json";
    private static final Logger LOG = LoggerFactory.getLogger(DriftHandler.class);

    private final Supplier<ModelBundle> model;
    private final DriftMetrics metrics;

    /** Lambda's constructor: the model store of {@code MODEL_URI} / {@code MODEL_VERSION}, metrics as EMF on stdout. */
    public DriftHandler() {
        this(ModelLoader::fromEnvironment, EmfDriftMetrics.fromEnvironment());
    }

    DriftHandler(Supplier<ModelBundle> model, DriftMetrics metrics) {
        this.model = model;
        this.metrics = metrics;
    }

    @Override
    public void handleRequest(InputStream input, OutputStream output, Context context) throws IOException {
        DriftRequest request = DriftRequest.parse(input);
        ModelBundle bundle = model.get();
        String version = bundle.manifest().modelVersion();
        DriftResult result =
                DriftCheck.run(bundle, request.data(), Locations::open).result();
        Locations.write(request.report(), DriftReport.toJson(result));
        metrics.publish(result);
        Map<String, Object> answer = summary(result, request.report());
        LOG.atInfo()
                .addKeyValue("requestId", context == null ? null : context.getAwsRequestId())
                .addKeyValue("modelVersion", version)
                .addKeyValue("leads", result.rows())
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
        m.put("shifted", result.shifted().stream().map(FieldDrift::name).toList());
        m.put("maxPsi", result.all().stream().mapToDouble(FieldDrift::psi).max().orElse(0));
        m.put("report", report);
        return m;
    }
}
