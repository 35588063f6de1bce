package com.leadscoring.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import com.leadscoring.decision.Trend;
import com.leadscoring.lead.FieldProblem;
import com.leadscoring.scoring.Factor;
import com.leadscoring.scoring.LeadScore;
import com.leadscoring.wire.Decimals;
import com.leadscoring.wire.JsonText;
import org.junit.jupiter.api.Test;

/**
 * {@link BatchAnswer} writes exactly the bytes the handler wrote through a text builder before it (kept here as the
 * reference), on generated batches: scored and bad rows, ids with escapes, non-ASCII and lone surrogates, missing ids,
 * percentiles, trends, reasons, problems cut to one a row, numbers at rounding ties and beyond doubles' fractions.
 */
class BatchAnswerTest {

    private static final String[] TEXTS = {
        "L1",
        "",
        "caf\u00e9",
        "\"quoted\" \\ back",
        "tab\tnew\nline\u0001\u001f",
        "\u2028\u4e2d\ud83d\ude00",
        "lone\ud800",
        "\udc00x",
        "\u007f\u0080\u07ff\u0800\uffff"
    };
    private static final double[] NUMBERS = {
        0.5, 0.0000005, 0.1234565, 1.0, 0.0, 1e-9, 0.9999995, Double.NaN, 2e20, -0.25
    };

    @Test
    void writesTheBytesTheTextBuilderWrote() {
        Random r = new Random(36);
        for (int i = 0; i < 2000; i++) {
            BatchResult result = result(r, r.nextInt(30));
            for (int max : new int[] {Integer.MAX_VALUE, 1}) {
                assertEquals(
                        new String(reference(result, max), StandardCharsets.UTF_8),
                        new String(BatchAnswer.write(result, max), StandardCharsets.UTF_8));
            }
        }
    }

    @Test
    void writesBatchesLargerThanItsFirstBuffer() {
        Random r = new Random(7);
        BatchResult result = result(r, 5000);
        byte[] answer = BatchAnswer.write(result, Integer.MAX_VALUE);
        assertEquals(
                new String(reference(result, Integer.MAX_VALUE), StandardCharsets.UTF_8),
                new String(answer, StandardCharsets.UTF_8));
    }

    private static BatchResult result(Random r, int rows) {
        boolean explained = r.nextBoolean();
        List<BatchRow> list = new ArrayList<>();
        for (int i = 0; i < rows; i++) {
            String id = r.nextInt(10) == 0 ? null : text(r) + i;
            int previous = r.nextBoolean() ? Trend.NO_PREVIOUS_SCORE : r.nextInt(101);
            if (r.nextInt(4) == 0) {
                List<FieldProblem> problems = new ArrayList<>();
                for (int k = 0, n = 1 + r.nextInt(4); k < n; k++) {
                    problems.add(new FieldProblem(text(r), text(r) + " is wrong"));
                }
                list.add(new BatchRow(id, null, null, problems, previous));
            } else {
                List<Factor> factors = new ArrayList<>();
                for (int k = 0, n = explained ? r.nextInt(7) : 0; k < n; k++) {
                    factors.add(new Factor(text(r), text(r), number(r) - 0.5));
                }
                LeadScore score = new LeadScore(
                        number(r),
                        r.nextInt(101),
                        r.nextBoolean(),
                        text(r),
                        r.nextBoolean() ? Double.NaN : 100 * number(r),
                        factors);
                list.add(new BatchRow(id, "b-" + text(r) + "-" + i, score, List.of(), previous));
            }
        }
        return new BatchResult(text(r), number(r), list, explained);
    }

    private static String text(Random r) {
        return TEXTS[r.nextInt(TEXTS.length)];
    }

    private static double number(Random r) {
        return r.nextInt(3) == 0 ? NUMBERS[r.nextInt(NUMBERS.length)] : r.nextDouble();
    }

    /** The answer as the handler wrote it through a text builder before {@link BatchAnswer}. */
    private static byte[] reference(BatchResult result, int maxErrorsPerRow) {
        StringBuilder b = new StringBuilder();
        b.append("{\"model\":{\"version\":");
        JsonText.string(b, result.modelVersion());
        b.append(",\"threshold\":");
        Decimals.append(b, result.threshold(), Decimals.PROBABILITY);
        b.append("},\"scores\":[");
        boolean first = true;
        for (BatchRow row : result.rows()) {
            b.append(first ? "{\"id\":" : ",{\"id\":");
            first = false;
            JsonText.string(b, row.id());
            if (row.valid()) {
                LeadScore s = row.score();
                b.append(",\"scoreId\":");
                JsonText.string(b, row.scoreId());
                b.append(",\"probability\":");
                Decimals.append(b, s.probability(), Decimals.PROBABILITY);
                b.append(",\"score\":").append(s.score()).append(",\"grade\":");
                JsonText.string(b, s.grade());
                b.append(",\"buy\":").append(s.buy());
                if (s.hasPercentile()) {
                    b.append(",\"percentile\":");
                    Decimals.append(b, s.percentile(), Decimals.PERCENTILE);
                }
                if (row.previousScore() >= 0) {
                    b.append(",\"trend\":");
                    JsonText.string(b, Trend.of(row.previousScore(), s.score()).label());
                }
                if (result.explained()) {
                    JsonText.factors(b, s.factors());
                }
            } else {
                b.append(",\"errors\":[");
                int n = Math.min(maxErrorsPerRow, row.errors().size());
                for (int k = 0; k < n; k++) {
                    FieldProblem p = row.errors().get(k);
                    b.append(k == 0 ? "{\"field\":" : ",{\"field\":");
                    JsonText.string(b, p.field());
                    b.append(",\"reason\":");
                    JsonText.string(b, p.reason());
                    b.append('}');
                }
                b.append(']');
                if (n < row.errors().size()) {
                    b.append(",\"moreErrors\":").append(row.errors().size() - n);
                }
            }
            b.append('}');
        }
        b.append("]}");
        return b.toString().getBytes(StandardCharsets.UTF_8);
    }
}
