package com.leadscoring.local;

import java.io.BufferedWriter;
import java.io.InputStream;
import java.io.OutputStreamWriter;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;

import com.leadscoring.batch.ScoreCsv;
import com.leadscoring.capture.CaptureFiles;
import com.leadscoring.capture.CaptureRecord;
import com.leadscoring.capture.CaptureSource;
import com.leadscoring.decision.Trend;
import com.leadscoring.io.Locations;
import com.leadscoring.lead.FieldProblem;
import com.leadscoring.lead.Lead;
import com.leadscoring.lead.LeadCsvReader;
import com.leadscoring.lead.LeadCsvRow;
import com.leadscoring.lead.LeadField;
import com.leadscoring.lead.Utf8Text;
import com.leadscoring.model.ModelBundle;
import com.leadscoring.scoring.LeadScore;
import com.leadscoring.scoring.LeadScorer;
import com.leadscoring.wire.Decimals;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code score}: batch scoring of a lead CSV (either date format; extra columns such as {@code buy} are ignored, an
 * optional {@code previous_score} column adds each lead's trend), streamed in batches of 1000, into the CSV a rescoring
 * run writes ({@link ScoreCsv}: one row per input row, in order). Invalid rows are written with their problems and also
 * reported on stderr with line numbers; the command then exits 1, so no row is dropped silently.
 */
@Command(
        name = "score",
        description = "Scores a CSV of leads into a CSV of scores (the columns a rescoring run writes).")
final class ScoreCsvCommand implements Callable<Integer> {

    private static final int BATCH = 1000;
    private static final String ID = LeadField.ID.fieldName();

    @Mixin
    ModelOptions model;

    @Option(names = "--in", required = true, description = "Lead CSV: a path, file: URI or s3://bucket/key.")
    String in;

    @Option(
            names = "--out",
            required = true,
            description = "Scores CSV to write: a path, file: URI or s3://bucket/key.")
    String out;

    @Option(
            names = "--capture",
            paramLabel = "DIR",
            description = "Also capture every scored lead (JSON Lines, source rescore) under DIR/dt=YYYY-MM-DD/, "
                    + "written once the scores are: a path, file: URI or s3://bucket/prefix.")
    String captureDir;

    @Option(names = "--explain", negatable = false, description = "Add the top reasons up and down per lead.")
    boolean explain;

    /** A row read, and its previous score (or Trend's no / bad previous score). */
    private record Pending(LeadCsvRow row, int previousScore) {
        boolean scorable() {
            return row.valid() && previousScore != Trend.BAD_PREVIOUS_SCORE;
        }
    }

    /** The run's captures, written as whole files once every score is out. */
    private final List<CaptureRecord> captured = new ArrayList<>();

    private final String runId = UUID.randomUUID().toString();
    private final Instant scoredAt = Instant.now();

    @Override
    public Integer call() throws Exception {
        ModelBundle bundle = model.load();
        String version = bundle.manifest().modelVersion();
        int[] counts = new int[2];
        List<String> errors = new ArrayList<>();
        try (LeadScorer scorer = new LeadScorer(bundle);
                InputStream raw = Locations.open(in);
                Reader reader = Utf8Text.reader(raw, in);
                LeadCsvReader csv = LeadCsvReader.open(reader, in, List.of(), List.of(Trend.PREVIOUS_SCORE, ID));
                Locations.Output output = Locations.create(out);
                Writer w = new BufferedWriter(new OutputStreamWriter(output, StandardCharsets.UTF_8))) {
            w.write(ScoreCsv.HEADER + "\n");
            List<Pending> batch = new ArrayList<>(BATCH);
            for (LeadCsvRow row : csv) {
                Pending p = new Pending(row, Trend.previousScoreCell(row.extra(Trend.PREVIOUS_SCORE)));
                for (FieldProblem problem : problems(p)) {
                    errors.add(in + ": line " + row.line() + ", column " + problem.field() + ": " + problem.reason());
                }
                batch.add(p);
                if (batch.size() == BATCH) {
                    flush(scorer, batch, version, w, counts);
                }
            }
            flush(scorer, batch, version, w, counts);
            w.flush();
            output.commit(); // every row written: only now does the CSV appear at --out
        }
        if (captureDir != null && !captured.isEmpty()) {
            List<String> files = CaptureFiles.write(captureDir, captured);
            System.out.printf(
                    "captured %d scored leads in %d file(s) under %s%n", captured.size(), files.size(), captureDir);
        }
        System.out.printf(
                "scored %d leads from %s into %s%s%n",
                counts[0], in, out, counts[1] > 0 ? "; " + counts[1] + " invalid rows written with their errors" : "");
        errors.stream().limit(20).forEach(System.err::println);
        return counts[1] == 0 ? 0 : 1;
    }

    private static List<FieldProblem> problems(Pending p) {
        List<FieldProblem> problems = new ArrayList<>(p.row().validation().problems());
        if (p.previousScore() == Trend.BAD_PREVIOUS_SCORE) {
            problems.add(new FieldProblem(Trend.PREVIOUS_SCORE, Trend.PREVIOUS_SCORE_RULE));
        }
        return problems;
    }

    /** Scores the batch's valid rows in one run and writes every row in input order. */
    private void flush(LeadScorer scorer, List<Pending> batch, String version, Writer w, int[] counts)
            throws Exception {
        List<Lead> leads = new ArrayList<>(batch.size());
        for (Pending p : batch) {
            if (p.scorable()) {
                leads.add(p.row().lead());
            }
        }
        Iterator<LeadScore> scores = leads.isEmpty()
                ? List.<LeadScore>of().iterator()
                : scorer.score(leads, explain).iterator();
        for (Pending p : batch) {
            if (p.scorable()) {
                LeadScore s = scores.next();
                String trend = p.previousScore() < 0
                        ? null
                        : Trend.of(p.previousScore(), s.score()).label();
                // The row's own id, <run id>-<row index>, as the batch handler's <request id>-<item index>.
                String scoreId = runId + "-" + (counts[0] + counts[1]);
                ScoreCsv.scored(w, p.row().lead().id(), scoreId, s, trend, version);
                if (captureDir != null) {
                    captured.add(CaptureRecord.of(
                            scoreId,
                            version,
                            scoredAt,
                            CaptureSource.RESCORE,
                            p.row().lead(),
                            asAnswered(s)));
                }
                counts[0]++;
            } else {
                String id = p.row().valid() ? p.row().lead().id() : p.row().extra(ID); // an invalid row's id as written
                ScoreCsv.refused(w, id, problems(p), version);
                counts[1]++;
            }
        }
        batch.clear();
    }

    /**
     * The score as the CSV (and the API and batch answers) round it: a capture holds what was answered, so the captures
     * of {@code score --capture} and of the handlers agree to the digit.
     */
    private static LeadScore asAnswered(LeadScore s) {
        return new LeadScore(
                Decimals.round(s.probability(), Decimals.PROBABILITY),
                s.score(),
                s.buy(),
                s.grade(),
                s.hasPercentile() ? Decimals.round(s.percentile(), Decimals.PERCENTILE) : Double.NaN,
                s.factors());
    }
}
