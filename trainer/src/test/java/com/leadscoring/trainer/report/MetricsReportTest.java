package com.leadscoring.trainer.report;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.leadscoring.trainer.figures.CandidateFigures;
import com.leadscoring.trainer.figures.TrainingFigures;
import com.leadscoring.trainer.pipeline.PublishedAlgorithm;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** metrics.json formats the run's figures: each figure appears once, where a reader of the file looks for it. */
class MetricsReportTest {

    private static ReportFixture run;
    private static Map<String, Object> tree;
    private static JsonNode json;

    @BeforeAll
    static void train() throws Exception {
        run = new ReportFixture(PublishedAlgorithm.LOGISTIC_REGRESSION, false);
        tree = MetricsReport.tree(
                run.figures,
                run.config,
                run.artifacts,
                new DataSource("leads.csv", "d".repeat(64), 2),
                run.result.rows(),
                Map.of("cross-validate", 1200L),
                Map.of("java", "17"));
        tree.put("promotion", MetricsReport.promotion(run.promotion));
        json = new ObjectMapper().readTree(MetricsReport.toJson(tree));
    }

    @Test
    void thePublishedModelsFiguresAreTheTopLevelOnes() {
        TrainingFigures f = run.figures;
        assertEquals("logistic-regression", json.get("algorithm").asText());
        assertEquals(
                run.artifacts.preprocessing().threshold(), json.get("threshold").asDouble());
        // Each figure's mean over folds; the threshold is the published one, not the folds' mean.
        f.published().validation().entrySet().stream()
                .filter(e -> !e.getKey().equals("threshold"))
                .forEach(e -> assertEquals(
                        e.getValue().mean(),
                        json.get("validation").get(e.getKey()).asDouble(),
                        e.getKey()));
        assertEquals(
                run.artifacts.preprocessing().threshold(),
                json.get("validation").get("threshold").asDouble());
        assertEquals(
                "2-fold cross-validation, mean over folds",
                json.get("validation").get("source").asText());
        assertEquals(f.published().grades(), tree.get("grades"));
        assertEquals(f.published().gradeRulesBroken(), tree.get("gradeRulesBroken"));
        assertEquals("shares:5,10,25", json.get("gradePolicy").asText());
        assertArrayEquals(
                f.published().scoreDistribution()[0],
                new ObjectMapper().convertValue(json.get("scoreDistribution").get("buyers"), double[].class));
    }

    @Test
    void everyCandidateHasItsFoldsAndOnlyTheServedVariantIsMarked() {
        JsonNode cv = json.get("cross_validation");
        assertEquals(run.figures.candidates().size(), cv.size());
        for (CandidateFigures c : run.figures.candidates()) {
            JsonNode node = cv.get(c.name());
            assertEquals(c.served(), node.get("served").asBoolean(), c.name());
            assertEquals(run.figures.folds(), node.get("folds").size());
            assertEquals(
                    c.summary().get("rocAuc").mean(),
                    node.get("rocAuc").get("mean").asDouble());
        }
        assertEquals(
                1,
                run.figures.candidates().stream()
                        .filter(CandidateFigures::served)
                        .count());
        assertEquals(
                run.figures.network().variant(), json.get("dnn").get("variant").asText());
        assertEquals(
                run.figures.network().bestEpochs().size(),
                json.get("dnn").get("bestEpochs").size());
    }

    @Test
    void provenanceAndWhatWasNotRunAreStatedAsGiven() {
        assertEquals(2, json.get("data").get("skippedRows").asInt());
        assertEquals(
                run.result.rows().get("leads"),
                json.get("data").get("rows").get("leads").asInt());
        assertFalse(json.has("timeCheck"), "no time check was run");
        assertEquals(1200, json.get("durationsMillis").get("cross-validate").asLong());
        assertEquals(3, json.get("config").get("seed").asLong());
        assertTrue(json.get("promotion").get("promoted").asBoolean());
        assertEquals(List.of("java"), List.copyOf(((Map<?, ?>) tree.get("versions")).keySet()));
    }
}
