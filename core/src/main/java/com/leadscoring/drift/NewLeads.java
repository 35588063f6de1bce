package com.leadscoring.drift;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import com.leadscoring.io.Opener;
import com.leadscoring.lead.FieldProblem;
import com.leadscoring.lead.Lead;
import com.leadscoring.lead.LeadCsvReader;
import com.leadscoring.lead.LeadCsvRow;
import com.leadscoring.lead.Utf8Text;

/**
 * Leads to check for drift: a lead CSV from a path or {@code s3://} (opened by the caller's {@link Opener}, the one
 * {@code train} uses for its data). Any other column, such as a {@code buy} label, is ignored. Invalid rows are counted
 * and the first few kept by line and column (never by value): a drift figure is only honest when the reader knows what
 * it left out. The file is read as strict UTF-8 (a byte order mark is skipped).
 *
 * @param source where they came from
 * @param leads the valid leads
 * @param badRows how many rows were invalid
 * @param firstBadRows the first (at most 20) invalid rows, by line and column
 */
public record NewLeads(String source, List<Lead> leads, long badRows, List<BadRow> firstBadRows) {

    private static final int MAX_REPORTED = 20;

    public static NewLeads load(String location, Opener opener) throws IOException {
        List<Lead> leads = new ArrayList<>();
        List<BadRow> bad = new ArrayList<>();
        long badRows = 0;
        try (InputStream in = opener.open(location);
                LeadCsvReader reader = LeadCsvReader.open(Utf8Text.reader(in, location), location)) {
            for (LeadCsvRow row : reader) {
                if (row.valid()) {
                    leads.add(row.lead());
                } else {
                    badRows++;
                    if (bad.size() < MAX_REPORTED) {
                        Set<String> columns = new LinkedHashSet<>();
                        for (FieldProblem p : row.validation().problems()) {
                            columns.add(p.field());
                        }
                        bad.add(new BadRow(row.line(), List.copyOf(columns)));
                    }
                }
            }
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        if (leads.isEmpty()) {
            throw new IOException(location + ": no valid leads"
                    + (badRows > 0 ? " (" + badRows + " invalid rows; first: " + bad.get(0) + ")" : ""));
        }
        return new NewLeads(location, leads, badRows, bad);
    }
}
