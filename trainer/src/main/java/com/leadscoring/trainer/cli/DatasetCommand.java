package com.leadscoring.trainer.cli;

import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.Callable;

import com.leadscoring.trainer.job.NextTrainingSet;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code dataset}: the decided captured leads as the next training CSV. */
@Command(
        name = "dataset",
        description = "Writes the next training set: one row per decided lead id, its first capture's fields and its "
                + "latest decision, in the trainer's CSV format (plus <out>.origin.json, which train records in the "
                + "model's manifest).")
final class DatasetCommand implements Callable<Integer> {

    @Mixin
    HelpOption help;

    @Option(names = "--captures", required = true, description = "Capture directory: a path or s3://bucket/prefix.")
    String captures;

    @Option(names = "--outcomes", required = true, description = "Outcomes CSV: a path or s3://bucket/key.")
    String outcomes;

    @Option(names = "--out", required = true, description = "Training CSV to write: a path or s3://bucket/key.")
    String out;

    @Option(
            names = "--unknown-after",
            paramLabel = "DAYS",
            description = "Also write leads undecided this many days after their first capture, as not bought "
                    + "(default: only decided leads).")
    Integer unknownAfter;

    @Override
    public Integer call() throws Exception {
        if (unknownAfter != null && unknownAfter < 0) {
            throw new IllegalArgumentException("--unknown-after must be 0 or more days, got " + unknownAfter);
        }
        NextTrainingSet.Result r = NextTrainingSet.write(
                captures,
                outcomes,
                out,
                unknownAfter == null ? null : Duration.ofDays(unknownAfter),
                Clock.systemUTC());
        System.out.printf(
                "captured leads: %d; written: %d (%d buyers%s); left out undecided: %d; decisions for leads never "
                        + "captured: %d%nwrote %s and %s%n",
                r.captured(),
                r.rows(),
                r.buyers(),
                r.countedNotBought() > 0 ? ", " + r.countedNotBought() + " undecided counted as not bought" : "",
                r.undecided(),
                r.neverCaptured(),
                out,
                out + NextTrainingSet.ORIGIN_SUFFIX);
        return 0;
    }
}
