package com.leadscoring.trainer.cli;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

import com.leadscoring.lead.LeadCsvWriter;
import com.leadscoring.model.Locations;
import com.leadscoring.trainer.data.LabeledLead;
import com.leadscoring.trainer.data.PopulationShift;
import com.leadscoring.trainer.data.SyntheticLeadGenerator;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code generate}: writes synthetic labelled leads in the data set's CSV format. */
@Command(
        name = "generate",
        mixinStandardHelpOptions = true,
        description = "Writes synthetic leads (the data set's format, with a buy column).")
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
            description =
                    "A shifted population, to try drift: none, campaign, signup or activity (default: ${DEFAULT-VALUE}).")
    PopulationShift shift;

    @Override
    public Integer call() throws IOException {
        if (rows < 1) {
            throw new IllegalArgumentException("--rows must be at least 1, got " + rows);
        }
        int buyers;
        try (Locations.Output file = Locations.create(out)) {
            buyers = writeCsv(file, rows, seed, shift);
        }
        System.out.printf(
                "wrote %d synthetic leads (%d buyers, %.1f %%) to %s%s%n",
                rows,
                buyers,
                100.0 * buyers / rows,
                out,
                shift == PopulationShift.NONE ? "" : "; shift: " + shift.description());
        return 0;
    }

    /** Writes {@code rows} synthetic leads to {@code file}; returns the number of buyers. */
    static int writeCsv(Path file, int rows, long seed) throws IOException {
        return writeCsv(file, rows, seed, PopulationShift.NONE);
    }

    static int writeCsv(Path file, int rows, long seed, PopulationShift shift) throws IOException {
        try (Locations.Output out = Locations.create(file.toString())) {
            return writeCsv(out, rows, seed, shift);
        }
    }

    /** Writes the leads and commits {@code file} once every row is written: a failed run leaves no file. */
    private static int writeCsv(Locations.Output file, int rows, long seed, PopulationShift shift) throws IOException {
        SyntheticLeadGenerator generator = new SyntheticLeadGenerator(seed, shift);
        int buyers = 0;
        try (Writer w = new BufferedWriter(new OutputStreamWriter(file, StandardCharsets.UTF_8));
                LeadCsvWriter csv = new LeadCsvWriter(w, List.of("buy"))) {
            for (int i = 0; i < rows; i++) {
                LabeledLead l = generator.next();
                csv.write(l.lead(), l.buy() ? 1 : 0);
                buyers += l.buy() ? 1 : 0;
            }
            csv.flush();
            file.commit();
        }
        return buyers;
    }

    static final class ShiftConverter implements picocli.CommandLine.ITypeConverter<PopulationShift> {
        @Override
        public PopulationShift convert(String value) {
            try {
                return PopulationShift.of(value);
            } catch (IllegalArgumentException e) {
                throw new picocli.CommandLine.TypeConversionException(e.getMessage());
            }
        }
    }
}
