package com.leadscoring.drift;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import com.leadscoring.io.Opener;
import com.leadscoring.lead.Lead;
import com.leadscoring.lead.LeadCsvReader;
import com.leadscoring.lead.LeadCsvRow;

/**
 * Leads to check for drift: a lead CSV from a path or {@code s3://} (opened by the caller's {@link Opener}, the one
 * {@code train} uses for its data). Any other column, such as a {@code buy} label, is ignored. Invalid rows are counted
 * and the first few kept with their line numbers: a drift figure is only honest when the reader knows what it left out.
 *
 * @param source where they came from
 * @param leads the valid leads
 * @param badRows how many rows were invalid
 * @param firstBadRows the first (at most 20) invalid rows, line-numbered
 */
public record NewLeads(String source, List<Lead> leads, long badRows, List<String> firstBadRows) {

    private static final int MAX_REPORTED = 20;

    public static NewLeads load(String location, Opener opener) throws IOException {
        List<Lead> leads = new ArrayList<>();
        List<String> bad = new ArrayList<>();
        long badRows = 0;
        try (InputStream in = opener.open(location);
                LeadCsvReader reader =
                        LeadCsvReader.open(new InputStreamReader(in, StandardCharsets.UTF_8), location)) {
            for (LeadCsvRow row : reader) {
                if (row.valid()) {
                    leads.add(row.lead());
                } else {
                    badRows++;
                    if (bad.size() < MAX_REPORTED) {
                        bad.add(location + ": " + row.describeProblems());
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
