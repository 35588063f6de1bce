package com.leadscoring.trainer.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyRequestEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyResponseEvent;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.leadscoring.api.ModelLoader;
import com.leadscoring.api.ScoreHandler;
import com.leadscoring.lead.Lead;
import com.leadscoring.model.ModelStores;
import com.leadscoring.trainer.data.LabeledLead;
import com.leadscoring.trainer.data.SyntheticLeadGenerator;
import com.leadscoring.trainer.pipeline.TrainingData;
import com.leadscoring.trainer.pipeline.TrainingJob;
import com.leadscoring.trainer.report.DataSource;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code demo}: the whole product on the embedded default, no data or cloud needed: synthetic leads → train →
 * publish to a local store → score fresh sample leads through the Lambda handler and print its answer.
 */
@Command(name = "demo", mixinStandardHelpOptions = true,
        description = "Generates synthetic leads, trains, publishes to a local store and scores sample leads through the API handler.")
final class DemoCommand implements Callable<Integer> {

    @Option(names = "--dir", defaultValue = "target/demo", description = "Working directory (default: ${DEFAULT-VALUE}).")
    Path dir;

    @Option(names = "--rows", defaultValue = "20000", description = "Synthetic leads to train on (default: ${DEFAULT-VALUE}).")
    int rows;

    @Option(names = "--samples", defaultValue = "5", description = "Sample leads to score at the end (default: ${DEFAULT-VALUE}).")
    int samples;

    @Mixin
    TrainingOptions options;

    @Override
    public Integer call() throws Exception {
        Files.createDirectories(dir);
        Path csv = dir.resolve("leads.csv");
        Path store = dir.resolve("store");
        int buyers = GenerateCommand.writeCsv(csv, rows, options.seed);
        System.out.printf("1/3 generated %d synthetic leads (%d buyers) in %s%n", rows, buyers, csv);

        System.out.println("2/3 training");
        TrainingData.Loaded loaded = TrainingData.load(csv.toString(), false);
        TrainingJob.Outcome outcome = new TrainingJob(options.toConfig(), new ConsoleProgress(System.out), Clock.systemUTC())
                .run(loaded.result().leads(), new DataSource(loaded.source(), loaded.sha256(), 0),
                        Map.of(), ModelStores.open(store.toString()));
        TrainingSummary.print(outcome, store.toUri().toString(), System.out);

        System.out.println();
        System.out.println("3/3 scoring " + samples + " new sample leads through the Lambda handler (POST /v1/score, explain)");
        ScoreHandler handler = new ScoreHandler(ModelLoader.load(store.toString(), null));
        List<Lead> leads = new SyntheticLeadGenerator(options.seed + 1000).generate(samples).stream()
                .map(LabeledLead::lead).toList();
        APIGatewayProxyRequestEvent event = new APIGatewayProxyRequestEvent().withHttpMethod("POST").withPath("/v1/score")
                .withHeaders(Map.of("Content-Type", "application/json")).withBody(requestBody(leads));
        APIGatewayProxyResponseEvent response = handler.handleRequest(event, null);
        ObjectMapper json = new ObjectMapper();
        System.out.println("HTTP " + response.getStatusCode());
        System.out.println(json.writerWithDefaultPrettyPrinter().writeValueAsString(json.readTree(response.getBody())));
        System.out.println();
        System.out.println("report: " + store.resolve(outcome.manifest().modelVersion()).resolve("report.html"));
        System.out.println("serve it locally: java -jar function/target/function.jar serve --model " + store);
        return response.getStatusCode() == 200 ? 0 : 1;
    }

    /** The API's request body for {@code leads} (the documented JSON lead format). */
    static String requestBody(List<Lead> leads) throws Exception {
        ObjectMapper json = new ObjectMapper();
        ObjectNode root = json.createObjectNode();
        ArrayNode array = root.putArray("leads");
        for (Lead l : leads) {
            ObjectNode n = array.addObject();
            n.put("id", l.id());
            n.put("created_at", l.createdAt().toString());
            n.put("campaign_var_1", l.campaignVar1());
            n.put("campaign_var_2", l.campaignVar2());
            if (l.productsPurchased() != null) {
                n.put("products_purchased", l.productsPurchased());
            }
            if (l.signupDate() != null) {
                n.put("signup_date", l.signupDate().toString());
            }
            for (int k = 1; k <= Lead.ACTIVITY_COUNT; k++) {
                n.put("user_activity_var_" + k, l.userActivityVar(k));
            }
        }
        root.put("explain", true);
        return json.writeValueAsString(root);
    }
}
