package com.leadscoring.trainer.cli;

import java.util.Locale;
import java.util.concurrent.Callable;

import com.leadscoring.cli.StoreOption;
import com.leadscoring.drift.DriftCheck;
import com.leadscoring.drift.DriftReport;
import com.leadscoring.io.Locations;
import com.leadscoring.model.ModelBundle;
import com.leadscoring.model.ModelStore;
import com.leadscoring.model.ModelStores;
import com.leadscoring.trainer.job.TrainingData;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code drift}: new leads against a version's reference. Exit 0 when nothing is shifted, 3 when any field or the score
 * is (1 and 2 keep their meanings), so a scheduled job can alarm or retrain on it. Below {@code --min-leads} valid
 * leads nothing is judged and the exit is 0: a too-small sample is not evidence of drift, and the output says so.
 */
@Command(
        name = "drift",
        description = "Compares new leads with a model version's training distribution (population stability index per "
                + "source field and for the score). Exit 0: nothing shifted, or too few leads to judge (see "
                + "--min-leads); 3: a field or the score shifted (PSI >= 0.25).")
final class DriftCommand implements Callable<Integer> {

    /** Exit code when a field or the score is shifted. */
    static final int SHIFTED = 3;

    @picocli.CommandLine.Mixin
    HelpOption help;

    @Mixin
    StoreOption store;

    @Spec
    CommandSpec spec;

    @Option(names = "--version", description = "Version to compare with (default: latest).")
    String version;

    @Option(
            names = "--data",
            required = true,
            description = "New leads: a CSV path, file: URI or s3://bucket/key (a buy column is ignored).")
    String data;

    @Option(
            names = "--out",
            description = "Also write the full result (every bin) as JSON here: a path, file: URI or s3://bucket/key.")
    String out;

    @Option(
            names = "--min-leads",
            paramLabel = "<n>",
            description =
                    "Fewest valid leads whose drift is judged (default: ${DEFAULT-VALUE}: 5 expected leads in the "
                            + "rarest bin a reference keeps, 0.5 %% of training leads). Below it nothing is judged: "
                            + "\"tooFewLeads\" in --out, exit 0.")
    long minLeads = DriftCheck.DEFAULT_MIN_LEADS;

    @Override
    public Integer call() throws Exception {
        if (minLeads < 1) {
            throw new ParameterException(spec.commandLine(), "--min-leads must be at least 1, got " + minLeads);
        }
        ModelStore s = ModelStores.open(store.get());
        // Loading verifies every file the manifest lists, reference.json included, and keeps its bytes.
        ModelBundle bundle = s.load(version != null ? version : s.latestVersion());
        DriftCheck.Outcome outcome = DriftCheck.run(bundle, data, TrainingData::open, minLeads);
        DriftReport.print(outcome.result(), System.out);
        System.out.printf(
                Locale.ROOT,
                "time: read and validate %.2f s, score %.2f s, compare %.2f s%n",
                outcome.readNanos() / 1e9,
                outcome.scoreNanos() / 1e9,
                outcome.compareNanos() / 1e9);
        if (out != null) {
            Locations.write(out, DriftReport.toJson(outcome.result()));
            System.out.println("wrote " + out);
        }
        return outcome.result().shifted().isEmpty() ? 0 : SHIFTED;
    }
}
