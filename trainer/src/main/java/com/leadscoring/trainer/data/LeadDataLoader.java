package com.leadscoring.trainer.data;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

import com.leadscoring.lead.FieldProblem;
import com.leadscoring.lead.LeadCsvReader;
import com.leadscoring.lead.LeadCsvRow;
import com.leadscoring.lead.LeadValidation;

/**
 * Step 1 of training: reads labelled leads (the data set's CSV with a {@code buy} column of 0/1). Bad rows fail the
 * load with every line number, unless {@code skipBadRows}, in which case they are counted and the first few reported.
 */
public final class LeadDataLoader {

    /** The label column. */
    public static final String LABEL = "buy";

    private static final int MAX_REPORTED = 20;

    private final boolean skipBadRows;

    public LeadDataLoader(boolean skipBadRows) {
        this.skipBadRows = skipBadRows;
    }

    /**
     * The outcome of a load.
     *
     * @param leads the valid rows
     * @param skipped how many rows were skipped as invalid
     * @param firstErrors the first (at most 20) row errors, line-numbered
     */
    public record Result(List<LabeledLead> leads, int skipped, List<String> firstErrors) {}

    /** Thrown when rows are invalid and skipping was not asked for; the message lists them with line numbers. */
    public static final class BadRowsException extends IOException {
        private static final long serialVersionUID = 1L;

        public BadRowsException(String message) {
            super(message);
        }
    }

    /** Reads the labelled leads of {@code in}; a file without a single valid lead is refused. */
    public Result load(Reader in, String source) throws IOException {
        Result result = read(in, source);
        if (result.leads().isEmpty()) {
            throw new IOException(source + ": no valid leads");
        }
        return result;
    }

    /**
     * Reads the labelled leads of {@code in}, which may hold none (a training set built from outcomes before any lead
     * was decided, trained on beside other files).
     */
    public Result read(Reader in, String source) throws IOException {
        List<LabeledLead> leads = new ArrayList<>();
        List<String> errors = new ArrayList<>();
        int bad = 0;
        try (LeadCsvReader reader = LeadCsvReader.open(in, source, List.of(LABEL))) {
            for (LeadCsvRow row : reader) {
                LeadValidation validation = row.validation();
                String label = row.extra(LABEL);
                List<FieldProblem> problems = new ArrayList<>(validation.problems());
                if (!label.equals("0") && !label.equals("1")) {
                    problems.add(new FieldProblem(LABEL, "must be 0 or 1"));
                }
                if (problems.isEmpty()) {
                    leads.add(new LabeledLead(validation.lead(), label.equals("1")));
                } else {
                    bad++;
                    if (errors.size() < MAX_REPORTED) {
                        for (FieldProblem p : problems) {
                            errors.add(source + ": line " + row.line() + ", column " + p.field() + ": " + p.reason());
                        }
                    }
                }
            }
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        if (bad > 0 && !skipBadRows) {
            throw new BadRowsException(bad + " invalid row" + (bad == 1 ? "" : "s") + " in " + source
                    + " (use --skip-bad-rows to skip them):\n  " + String.join("\n  ", errors)
                    + (bad > errors.size() ? "\n  ..." : ""));
        }
        return new Result(leads, bad, errors);
    }
}
