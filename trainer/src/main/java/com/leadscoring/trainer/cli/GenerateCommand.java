package com.leadscoring.trainer.cli;

import java.io.IOException;
import java.util.concurrent.Callable;

import com.leadscoring.trainer.data.PopulationShift;
import com.leadscoring.trainer.data.SyntheticCsv;
import com.leadscoring.trainer.data.SyntheticOutcomes;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code generate}: writes synthetic labelled leads in the data set's CSV format. */
@Command(
        name = "generate",
        mixinStandardHelpOptions = true,
        description = "Writes synthetic leads (the data set's format, with a buy column), or outcomes for captured "
                + "synthetic leads (--outcomes-for).")
final class GenerateCommand implements Callable<Integer> {

    @Option(names = "--rows", defaultValue = "20000", description = "Number of leads (default: ${DEFAULT-VALUE}).")
    int rows;

    @Option(names = "--seed", defaultValue = "124", description = "Random seed (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--out", required = true, description = "CSV file to write: a path, file: URI or s3://bucket/key.")
    String out;

    @Option(
            names = "--shift",
            defaultValue = "none",
            converter = ShiftConverter.class,
            description = "A shifted population, to try drift: none, campaign, signup or activity "
                    + "(default: ${DEFAULT-VALUE}).")
    PopulationShift shift;

    @Option(
            names = "--outcomes-for",
            paramLabel = "DIR",
            description = "Instead of leads, write outcomes (id,buy,decided_at) for the leads captured under DIR that "
                    + "this generator made with --seed and --shift: their own labels.")
    String outcomesFor;

    @Option(
            names = "--decided",
            defaultValue = "0.8",
            description = "With --outcomes-for: the share of captured leads sales has decided (default: "
                    + "${DEFAULT-VALUE}).")
    double decided;

    @Option(
            names = "--concept-shift",
            description = "With --outcomes-for: grade-A leads convert less than the model learned (70 %% of their "
                    + "buyers do not buy).")
    boolean conceptShift;

    @Override
    public Integer call() throws IOException {
        if (outcomesFor != null) {
            SyntheticOutcomes.Result r = SyntheticOutcomes.write(outcomesFor, out, seed, shift, decided, conceptShift);
            System.out.printf(
                    "wrote %d outcomes (%d buyers) for %d captured leads to %s%s%s%n",
                    r.decided(),
                    r.buyers(),
                    r.captured(),
                    out,
                    r.unmatched() > 0 ? "; " + r.unmatched() + " captured leads are not this generator's" : "",
                    conceptShift ? "; concept shift: grade-A leads convert less" : "");
            return 0;
        }
        if (conceptShift) {
            throw new IllegalArgumentException("--concept-shift applies to --outcomes-for");
        }
        int buyers = SyntheticCsv.write(out, rows, seed, shift);
        System.out.printf(
                "wrote %d synthetic leads (%d buyers, %.1f %%) to %s%s%n",
                rows,
                buyers,
                100.0 * buyers / rows,
                out,
                shift == PopulationShift.NONE ? "" : "; shift: " + shift.description());
        return 0;
    }

    static final class ShiftConverter implements CommandLine.ITypeConverter<PopulationShift> {
        @Override
        public PopulationShift convert(String value) {
            try {
                return PopulationShift.of(value);
            } catch (IllegalArgumentException e) {
                throw new CommandLine.TypeConversionException(e.getMessage());
            }
        }
    }
}
