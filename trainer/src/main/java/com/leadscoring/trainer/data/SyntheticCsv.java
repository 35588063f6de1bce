package com.leadscoring.trainer.data;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;

import com.leadscoring.io.Locations;
import com.leadscoring.lead.LeadCsvWriter;

/** Synthetic labelled leads written in the data set's CSV format, with a {@code buy} column. */
public final class SyntheticCsv {

    private SyntheticCsv() {}

    /**
     * Writes {@code rows} leads of {@code seed} (shifted as {@code shift} says) to a path, {@code file:} URI or
     * {@code s3://bucket/key}; the file appears only once every row is written. Returns the number of buyers.
     */
    public static int write(String location, int rows, long seed, PopulationShift shift) throws IOException {
        if (rows < 1) {
            throw new IllegalArgumentException("--rows must be at least 1, got " + rows);
        }
        SyntheticLeadGenerator generator = new SyntheticLeadGenerator(seed, shift);
        int buyers = 0;
        try (Locations.Output file = Locations.create(location);
                Writer w = new BufferedWriter(new OutputStreamWriter(file, StandardCharsets.UTF_8));
                LeadCsvWriter csv = new LeadCsvWriter(w, List.of("buy"))) {
            for (int i = 0; i < rows; i++) {
                LabeledLead l = generator.next();
                csv.write(l.lead(), l.buy() ? 1 : 0);
                buyers += l.buy() ? 1 : 0;
            }
            csv.flush();
            w.flush();
            file.commit();
        }
        return buyers;
    }
}
