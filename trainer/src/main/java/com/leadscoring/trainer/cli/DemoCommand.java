package com.leadscoring.trainer.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.Callable;

import com.leadscoring.model.ModelStores;
import com.leadscoring.trainer.data.PopulationShift;
import com.leadscoring.trainer.data.SyntheticCsv;
import com.leadscoring.trainer.job.CsvTraining;
import com.leadscoring.trainer.job.DemoEvent;
import com.leadscoring.trainer.job.TrainingJob;
import com.leadscoring.trainer.lifecycle.MinimumData;
import com.leadscoring.trainer.lifecycle.PromotionGate;
import com.leadscoring.trainer.pipeline.TrainingConfig;
import picocli.CommandLine;
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
        description = "Generates synthetic leads, trains, publishes to a local store and writes an API "
                + "event of sample leads for function.jar invoke.")
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
    CommandLine.Model.CommandSpec spec;

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
        int buyers = SyntheticCsv.write(csv.toString(), rows, options.seed, PopulationShift.NONE);
        System.out.printf("1/3 generated %d synthetic leads (%d buyers) in %s%n", rows, buyers, csv);
        System.out.println(
                "2/3 training (" + options.folds + (options.folds == 1 ? " fold: one 20 % hold-out" : " folds") + ")");
        ConsoleProgress progress = ConsoleProgress.forStdout();
        TrainingJob job = new TrainingJob(
                config, PromotionGate.Config.defaults(PromotionGate.Rule.AUTO), progress, Clock.systemUTC());
        CsvTraining.Outcome outcome = new CsvTraining(
                        job, MinimumData.of(MinimumData.DEFAULT_MIN_BUYERS, MinimumData.DEFAULT_MIN_LEADS), progress)
                .run(csv.toString(), false, ModelStores.open(store.toString()));
        TrainingSummary.print(outcome.job(), store.toUri().toString(), System.out);

        System.out.println();
        Path eventFile = dir.resolve("sample-event.json");
        DemoEvent.write(eventFile, samples, options.seed + 1000);
        System.out.println("3/3 wrote " + samples
                + " new sample leads as an API Gateway event (POST /v1/score, explain) to " + eventFile);
        System.out.println();
        System.out.println("report: "
                + store.resolve(outcome.job().manifest().modelVersion()).resolve("report.html"));
        System.out.println("score them through the Lambda handler: java -jar function/target/function.jar invoke "
                + "--store " + store + " --event " + eventFile);
        System.out.println(
                "serve the API locally:                 java -jar function/target/function.jar serve --store " + store);
        return 0;
    }
}
