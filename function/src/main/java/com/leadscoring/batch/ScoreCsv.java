package com.leadscoring.batch;

import java.io.IOException;
import java.io.Writer;
import java.util.List;

import com.leadscoring.lead.FieldProblem;
import com.leadscoring.scoring.Factor;
import com.leadscoring.scoring.LeadScore;
import com.leadscoring.wire.Decimals;
import org.apache.commons.csv.CSVFormat;

/**
 * The one CSV of scores a CRM imports, written by a rescoring run's last step and by {@code function.jar score}: one
 * row per lead, scored or refused. Reasons are one cell per direction, strongest first, each its label and log-odds
 * impact ({@code Activity 9 +2.3141; Signed up +1.02}); numbers as the API writes them ({@link Decimals}); a refused
 * row has only its id and its problems. The last column, {@code score_id}, is the score's own id (the API's and batch
 * answer's {@code scoreId}, the id its capture record carries), empty for a refused row. Empty cells where a value does
 * not apply (no percentile for models published without one, no trend without a previous score). Text that came from
 * outside (ids, labels, problems) and starts with {@code = + - @}, a tab or a carriage return is written behind a
 * {@code '}, so a spreadsheet opening the file shows it instead of evaluating it as a formula (OWASP CSV injection).
 */
public final class ScoreCsv {

    public static final String HEADER =
            "id,probability,score,percentile,grade,buy,trend,model_version,reasons_up,reasons_down,errors,score_id";

    /** RFC 4180 as the project's other CSV writer ({@code LeadCsvWriter}) writes it: quotes where needed, \n lines. */
    private static final CSVFormat FORMAT =
            CSVFormat.DEFAULT.builder().setRecordSeparator('\n').get();

    private ScoreCsv() {}

    /**
     * A scored lead; {@code trend} is {@code null} when the lead carried no previous score, {@code scoreId} when the
     * answer it came from had none (written before score ids were).
     */
    public static void scored(Writer w, String id, String scoreId, LeadScore s, String trend, String modelVersion)
            throws IOException {
        StringBuilder up = new StringBuilder();
        StringBuilder down = new StringBuilder();
        for (Factor f : s.factors()) {
            StringBuilder to = f.impact() > 0 ? up : down;
            to.append(to.length() == 0 ? "" : "; ").append(f.label()).append(' ');
            // Always signed, as the direction is the point (a reason down that rounds to zero reads -0.0).
            if (f.impact() > 0) {
                to.append('+');
            } else if (f.impact() < 0 && Decimals.round(f.impact(), Decimals.IMPACT) == 0) {
                to.append('-');
            }
            Decimals.append(to, f.impact(), Decimals.IMPACT);
        }
        FORMAT.printRecord(
                w,
                text(id),
                Decimals.text(s.probability(), Decimals.PROBABILITY),
                s.score(),
                s.hasPercentile() ? Decimals.text(s.percentile(), Decimals.PERCENTILE) : "",
                s.grade(),
                s.buy(),
                trend == null ? "" : trend,
                modelVersion,
                text(up),
                text(down),
                "",
                scoreId == null ? "" : text(scoreId));
    }

    /** A refused row: its id (empty when it had none) and every problem, field by field. */
    public static void refused(Writer w, String id, List<FieldProblem> problems, String modelVersion)
            throws IOException {
        StringBuilder e = new StringBuilder();
        for (FieldProblem p : problems) {
            e.append(e.length() == 0 ? "" : "; ").append(p.field()).append(": ").append(p.reason());
        }
        FORMAT.printRecord(w, id == null ? "" : text(id), "", "", "", "", "", "", modelVersion, "", "", text(e), "");
    }

    /** {@code value} as a cell no spreadsheet evaluates: a leading formula character is put behind a quote. */
    static String text(CharSequence value) {
        if (value.length() == 0) {
            return "";
        }
        char first = value.charAt(0);
        boolean formula =
                first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r';
        return formula ? "'" + value : value.toString();
    }
}
