package com.leadscoring.trainer.cli;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.leadscoring.lead.Lead;
import com.leadscoring.lead.LeadJsonWriter;
import com.leadscoring.model.ModelStores;
import com.leadscoring.trainer.data.LabeledLead;
import com.leadscoring.trainer.data.SyntheticLeadGenerator;
import com.leadscoring.trainer.job.TrainingData;
import com.leadscoring.trainer.job.TrainingJob;
import com.leadscoring.trainer.lifecycle.PromotionGate;
import com.leadscoring.trainer.pipeline.TrainingConfig;
import com.leadscoring.trainer.report.DataSource;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code demo}: the trainer's half of the whole product on the embedded default, no data or cloud needed: synthetic
 * leads → train → publish to a local store → an API Gateway event with fresh sample leads. The README's first command
 * then hands that event to the Lambda handler ({@code function.jar invoke}), which the trainer does not contain.
 */
@Command(
        name = "demo",
        mixinStandardHelpOptions = true,
        description =
                "Generates synthetic leads, trains, publishes to a local store and writes an API event of sample leads for function.jar invoke.")
final class DemoCommand implements Callable<Integer> {

    @Option(
            names = "--dir",
            defaultValue = "target/demo",
            description = "Working directory (default: ${DEFAULT-VALUE}).")
    Path dir;

    @Option(
            names = "--rows",
            defaultValue = "20000",
            description = "Synthetic leads to train on (default: ${DEFAULT-VALUE}).")
    int rows;

    @Option(
            names = "--samples",
            defaultValue = "5",
            description = "Sample leads to score at the end (default: ${DEFAULT-VALUE}).")
    int samples;

    @Mixin
    TrainingOptions options;

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        // The demo takes the fast path (one 20 % hold-out) unless told otherwise: the full 5-fold recipe is what
        // `train` runs.
        var parsed = spec.commandLine().getParseResult();
        if (!parsed.hasMatchedOption("--folds")) {
            options.folds = 1;
        }
        options.randomForest = options.randomForest || parsed.hasMatchedOption("--rf-trees");
        // Checked before anything is written: a bad option is a usage error, not a half-made demo.
        TrainingConfig config = options.toConfig();

        Files.createDirectories(dir);
        Path csv = dir.resolve("leads.csv");
        Path store = dir.resolve("store");
        int buyers = GenerateCommand.writeCsv(csv, rows, options.seed);
        System.out.printf("1/3 generated %d synthetic leads (%d buyers) in %s%n", rows, buyers, csv);
        System.out.println(
                "2/3 training (" + options.folds + (options.folds == 1 ? " fold: one 20 % hold-out" : " folds") + ")");
        TrainingData.Loaded loaded = TrainingData.load(csv.toString(), false);
        TrainingJob.Outcome outcome = new TrainingJob(
                        config,
                        PromotionGate.Config.defaults(PromotionGate.Rule.AUTO),
                        ConsoleProgress.forStdout(),
                        Clock.systemUTC())
                .run(
                        loaded.result().leads(),
                        new DataSource(loaded.source(), loaded.sha256(), 0),
                        Map.of(),
                        ModelStores.open(store.toString()));
        TrainingSummary.print(outcome, store.toUri().toString(), System.out);

        System.out.println();
        Path eventFile = dir.resolve("sample-event.json");
        List<Lead> leads = new SyntheticLeadGenerator(options.seed + 1000)
                .generate(samples).stream().map(LabeledLead::lead).toList();
        Files.write(eventFile, apiEvent(requestBody(leads)));
        System.out.println("3/3 wrote " + samples
                + " new sample leads as an API Gateway event (POST /v1/score, explain) to " + eventFile);
        System.out.println();
        System.out.println(
                "report: " + store.resolve(outcome.manifest().modelVersion()).resolve("report.html"));
        System.out.println(
                "score them through the Lambda handler: java -jar function/target/function.jar invoke --model " + store
                        + " --event " + eventFile);
        System.out.println(
                "serve the API locally:                 java -jar function/target/function.jar serve --model " + store);
        return 0;
    }

    /** An API Gateway REST proxy event (as in events/) carrying {@code body}, for {@code function.jar invoke}. */
    static byte[] apiEvent(String body) throws Exception {
        ObjectMapper json = new ObjectMapper();
        ObjectNode event = json.createObjectNode();
        event.put("resource", "/v1/score");
        event.put("path", "/v1/score");
        event.put("httpMethod", "POST");
        event.putObject("headers").put("Content-Type", "application/json");
        event.putObject("requestContext")
                .put("requestId", "demo-request")
                .put("resourcePath", "/v1/score")
                .put("httpMethod", "POST");
        event.put("body", body);
        event.put("isBase64Encoded", false);
        return json.writerWithDefaultPrettyPrinter().writeValueAsBytes(event);
    }

    /** The API's request body for {@code leads}, written by the one lead writer in core. */
    static String requestBody(List<Lead> leads) throws IOException {
        StringWriter text = new StringWriter();
        try (JsonGenerator out = new JsonFactory().createGenerator(text)) {
            out.writeStartObject();
            out.writeArrayFieldStart("leads");
            for (Lead lead : leads) {
                LeadJsonWriter.writeApiLead(out, lead);
            }
            out.writeEndArray();
            out.writeBooleanField("explain", true);
            out.writeEndObject();
        }
        return text.toString();
    }
}
