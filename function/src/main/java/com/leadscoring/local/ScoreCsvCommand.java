package com.leadscoring.local;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

import com.leadscoring.lead.FieldProblem;
import com.leadscoring.lead.Lead;
import com.leadscoring.lead.LeadCsvReader;
import com.leadscoring.lead.LeadCsvRow;
import com.leadscoring.model.Locations;
import com.leadscoring.model.ModelBundle;
import com.leadscoring.scoring.Factor;
import com.leadscoring.scoring.LeadScore;
import com.leadscoring.scoring.LeadScorer;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code score}: batch scoring of a lead CSV (either date format; extra columns such as {@code buy} are ignored),
 * streamed in batches of 1000. Invalid rows are reported with line numbers and nothing is written for them; the
 * command then exits 1, so no row is dropped silently.
 */
@Command(name = "score", description = "Scores a CSV of leads into a CSV of scores.")
final class ScoreCsvCommand implements Callable<Integer> {

    private static final int BATCH = 1000;

    @Mixin
    ModelOptions model;

    @Option(names = "--in", required = true, description = "Lead CSV: a path, file: URI or s3://bucket/key.")
    String in;

    @Option(names = "--out", required = true, description = "Scores CSV to write: a path, file: URI or s3://bucket/key.")
    String out;

    @Option(names = "--explain", negatable = false, description = "Add the top factors per lead.")
    boolean explain;

    @Override
    public Integer call() throws Exception {
        ModelBundle bundle = model.load();
        int scored = 0;
        List<String> errors = new ArrayList<>();
        int bad = 0;
        try (LeadScorer scorer = new LeadScorer(bundle);
             Reader reader = new BufferedReader(new InputStreamReader(Locations.open(in), StandardCharsets.UTF_8));
             LeadCsvReader csv = LeadCsvReader.open(reader, in);
             Writer w = new BufferedWriter(new OutputStreamWriter(Locations.create(out), StandardCharsets.UTF_8))) {
            w.write("line,id,probability,score,buy,grade" + (explain ? ",factors" : "") + "\n");
            List<Lead> batch = new ArrayList<>(BATCH);
            List<Long> lines = new ArrayList<>(BATCH);
            for (LeadCsvRow row : csv) {
                if (!row.valid()) {
                    bad++;
                    for (FieldProblem p : row.validation().problems()) {
                        errors.add(in + ": line " + row.line() + ", column " + p.field() + ": " + p.reason());
                    }
                    continue;
                }
                batch.add(row.lead());
                lines.add(row.line());
                if (batch.size() == BATCH) {
                    scored += flush(scorer, batch, lines, w);
                }
            }
            scored += flush(scorer, batch, lines, w);
        }
        System.out.printf("scored %d leads from %s into %s%s%n", scored, in, out, bad > 0 ? "; " + bad + " invalid rows skipped" : "");
        errors.stream().limit(20).forEach(System.err::println);
        return bad == 0 ? 0 : 1;
    }

    private int flush(LeadScorer scorer, List<Lead> batch, List<Long> lines, Writer w) throws Exception {
        if (batch.isEmpty()) {
            return 0;
        }
        List<LeadScore> scores = scorer.score(batch, explain);
        for (int i = 0; i < batch.size(); i++) {
            LeadScore s = scores.get(i);
            w.write(String.format(Locale.ROOT, "%d,%s,%.6f,%d,%s,%s", lines.get(i), csvField(batch.get(i).id()),
                    s.probability(), s.score(), s.buy(), s.grade()));
            if (explain) {
                StringBuilder f = new StringBuilder();
                for (Factor factor : s.factors()) {
                    f.append(f.length() == 0 ? "" : " ").append(factor.feature())
                            .append(String.format(Locale.ROOT, "%+.4f", factor.impact()));
                }
                w.write("," + csvField(f.toString()));
            }
            w.write("\n");
        }
        int n = batch.size();
        batch.clear();
        lines.clear();
        return n;
    }

    private static String csvField(String s) {
        return s.contains(",") || s.contains("\"") || s.contains("\n") ? "\"" + s.replace("\"", "\"\"") + "\"" : s;
    }
}
