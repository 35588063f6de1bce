package com.leadscoring.trainer.cli;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Callable;

import com.leadscoring.cli.StoreOption;
import com.leadscoring.model.ModelStore;
import com.leadscoring.model.ModelStores;
import com.leadscoring.trainer.job.CsvTraining;
import com.leadscoring.trainer.job.TrainingJob;
import com.leadscoring.trainer.lifecycle.MinimumData;
import com.leadscoring.trainer.lifecycle.PromotionGate;
import com.leadscoring.trainer.pipeline.TrainingConfig;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;

/**
 * {@code train}: parses the options, runs {@link CsvTraining} (load → minimum data → k-fold cross-validation of the
 * candidates → served model → time check → export → drift reference → promotion gate → report → publish) and prints.
 */
@Command(
        name = "train",
        mixinStandardHelpOptions = true,
        description = "Trains the models on a lead CSV, evaluates them, and publishes the chosen one as a new version.")
final class TrainCommand implements Callable<Integer> {

    @Option(
            names = "--data",
            required = true,
            description = "Training CSV: a path, file: URI or s3://bucket/key. Repeat it to train on several files "
                    + "together (each validated on its own; a lead id in a later file replaces the earlier files' "
                    + "rows of that id).")
    List<String> data;

    @Mixin
    StoreOption store;

    /** The store's name before {@code --store} was everyone's, kept so scripts keep working. */
    @Option(names = "--out", hidden = true)
    void out(String value) {
        store.alias(value);
    }

    @Option(
            names = "--skip-bad-rows",
            negatable = false,
            description = "Skip invalid rows (reported) instead of failing.")
    boolean skipBadRows;

    @Option(
            names = "--min-buyers",
            defaultValue = "100",
            description = "Refuse to train on fewer buyers (default: ${DEFAULT-VALUE}).")
    int minBuyers;

    @Option(
            names = "--min-leads",
            defaultValue = "1000",
            description = "Refuse to train on fewer leads (default: ${DEFAULT-VALUE}).")
    int minLeads;

    @Option(
            names = "--promote",
            defaultValue = "auto",
            description = "Make the new version latest: auto (the promotion gate decides), always or "
                    + "never (default: ${DEFAULT-VALUE}). It is published either way.")
    String promote;

    @Option(
            names = "--promote-margin",
            defaultValue = "0.95",
            description = "auto: the challenger's PR AUC on the newest leads must reach this share of the "
                    + "champion's (default: ${DEFAULT-VALUE}).")
    double promoteMargin;

    @Option(
            names = "--max-champion-age-days",
            defaultValue = "90",
            description =
                    "auto: a champion older than this gives way to any ready challenger (default: ${DEFAULT-VALUE}).")
    int maxChampionAgeDays;

    @Option(
            names = "--min-readiness-auc",
            defaultValue = "0.70",
            description = "auto: never promote a challenger whose cross-validated ROC AUC is below this "
                    + "(default: ${DEFAULT-VALUE}).")
    double minReadinessAuc;

    @Mixin
    TrainingOptions options;

    @picocli.CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        ModelStore target = ModelStores.open(store.get());
        TrainingConfig config = options.toConfig();
        PromotionGate.Config gate;
        MinimumData minimum;
        try {
            gate = new PromotionGate.Config(
                    PromotionGate.Rule.of(promote),
                    promoteMargin,
                    Duration.ofDays(maxChampionAgeDays),
                    minReadinessAuc);
            minimum = MinimumData.of(minBuyers, minLeads);
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), e.getMessage());
        }
        ConsoleProgress progress = ConsoleProgress.forStdout();
        CsvTraining.Outcome outcome = new CsvTraining(
                        new TrainingJob(config, gate, progress, Clock.systemUTC()), minimum, progress)
                .run(data, skipBadRows, target);
        TrainingSummary.print(outcome.job(), target.uri(), System.out);
        return 0;
    }
}
