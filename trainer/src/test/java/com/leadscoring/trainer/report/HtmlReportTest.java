package com.leadscoring.trainer.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;

import com.leadscoring.trainer.evaluation.GradeTable;
import com.leadscoring.trainer.figures.CandidateFigures;
import com.leadscoring.trainer.pipeline.PublishedAlgorithm;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** report.html formats the run's figures: grades, candidates, the published model's composition, the time check. */
class HtmlReportTest {

    private static ReportFixture run;
    private static String html;

    @BeforeAll
    static void train() {
        run = new ReportFixture(PublishedAlgorithm.DNN, true);
        html = new String(
                HtmlReport.render(
                        run.figures,
                        run.artifacts,
                        new DataSource("s3://bucket/<leads>&.csv", "d".repeat(64), 0),
                        Map.of("cross-validate", 1500L, "export", 20L),
                        run.promotion),
                StandardCharsets.UTF_8);
    }

    @Test
    void eachGradeIsARowOfItsFigures() {
        for (GradeTable.Row g : run.figures.published().grades()) {
            String row = "<tr><td>" + g.grade() + "</td><td>" + g.leads() + "</td><td>" + pct(g.shareOfLeads())
                    + "</td><td>" + g.buyers() + "</td><td>" + pct(g.conversion()) + "</td>";
            assertTrue(html.contains(row), row);
        }
        assertTrue(html.contains(
                run.figures.published().gradeRulesBroken().isEmpty() ? "The grades meet the rules" : "Rules broken"));
    }

    @Test
    void theNetworkIsDescribedByItsCompositionAndEveryCandidateHasARow() {
        String variant = run.figures.network().variant();
        assertTrue(
                html.contains("<b>dnn</b> — the 2 fold networks of <code>" + variant + "</code> averaged"),
                "the composition of the published ensemble");
        for (CandidateFigures c : run.figures.candidates()) {
            assertTrue(html.contains("<td>" + c.name() + (c.served() ? " (served)" : "") + "</td>"), c.name());
        }
        assertEquals(1, html.split("\\(served\\)", -1).length - 1, "one served row");
    }

    @Test
    void theTimeCheckAndStepsAreShownAndTheDataSourceIsEscaped() {
        assertTrue(html.contains("<h2>Time check</h2><p>The same recipe fitted on "
                + run.figures.timeCheck().trainRows() + " leads"));
        assertTrue(html.contains("<tr><td>cross-validate</td><td>1.5000</td></tr>"));
        assertTrue(html.contains("s3://bucket/&lt;leads&gt;&amp;.csv"));
        assertFalse(html.contains("<leads>"));
        assertEquals(7, html.split("<img alt=\"chart\" src=\"data:image/png;base64,", -1).length - 1, "charts");
    }

    private static String pct(double v) {
        return String.format(Locale.ROOT, "%.1f %%", 100 * v);
    }
}
