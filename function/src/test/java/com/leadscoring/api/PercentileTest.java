package com.leadscoring.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyRequestEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyResponseEvent;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.leadscoring.batch.BatchScoreHandler;
import com.leadscoring.bootstrap.ModelLoader;
import com.leadscoring.bootstrap.Serving;
import com.leadscoring.decision.ScoreDistribution;
import com.leadscoring.lead.LeadField;
import com.leadscoring.model.FixtureStore;
import com.leadscoring.model.ModelBundle;
import com.leadscoring.model.ScoreDistributionJson;
import org.junit.jupiter.api.Test;

/**
 * Percentiles and grades from the stored distribution and bands, through the API and the batch handler; a model
 * published without a distribution answers without the field.
 */
class PercentileTest {

    static final ModelBundle NEWEST = ModelLoader.load(FixtureStore.location(), FixtureStore.NEWEST_VERSION);
    static final ObjectMapper JSON = new ObjectMapper();

    static String leads(int n, long seed) {
        SplittableRandom r = new SplittableRandom(seed);
        List<String> leads = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            StringBuilder b = new StringBuilder(
                    "{\"id\":\"L" + i + "\",\"created_at\":\"2021-0" + r.nextInt(1, 10) + "-1" + r.nextInt(10)
                            + "\",\"campaign_var_1\":" + r.nextInt(1, 16) + ",\"campaign_var_2\":" + r.nextInt(1, 16));
            if (r.nextBoolean()) {
                b.append(",\"signup_date\":\"2020-0")
                        .append(r.nextInt(1, 10))
                        .append("-2")
                        .append(r.nextInt(10))
                        .append("\",\"products_purchased\":")
                        .append(r.nextInt(1, 5));
            }
            for (int k = 1; k <= 12; k++) {
                b.append(",\"user_activity_var_")
                        .append(k)
                        .append("\":")
                        .append(r.nextDouble() < 0.3 ? r.nextInt(1, 4) : 0);
            }
            leads.add(b.append('}').toString());
        }
        return String.join(",", leads);
    }

    static JsonNode score(ScoreHandler handler, String leads) throws Exception {
        APIGatewayProxyResponseEvent r = handler.handle(
                new APIGatewayProxyRequestEvent()
                        .withHttpMethod("POST")
                        .withPath("/v1/score")
                        .withHeaders(Map.of("Content-Type", "application/json"))
                        .withBody("{\"leads\":[" + leads + "]}"),
                null);
        assertEquals(200, r.getStatusCode(), r.getBody());
        return JSON.readTree(r.getBody()).get("scores");
    }

    @Test
    void thePercentileIsTheStoredDistributionsAndNeverFallsAsTheProbabilityRises() throws Exception {
        ScoreDistribution distribution = ScoreDistributionJson.of(NEWEST);
        List<JsonNode> scores = new ArrayList<>();
        score(new ScoreHandler(Serving.of(NEWEST), RequestMetrics.NONE, Cors.NONE), leads(500, 9))
                .forEach(scores::add);
        scores.sort(Comparator.comparingDouble(s -> s.get("probability").asDouble()));
        double previous = -1;
        for (JsonNode s : scores) {
            double p = s.get("probability").asDouble();
            double percentile = s.get("percentile").asDouble();
            // The percentile and grade are of the unrounded probability, within half a unit of the 6th decimal of p.
            double below = p - 0.5e-6;
            double above = p + 0.5e-6;
            assertTrue(
                    distribution.percentile(below) <= percentile && percentile <= distribution.percentile(above),
                    s.toString());
            assertTrue(percentile >= 0 && percentile <= 100 && percentile >= previous, s.toString());
            // Grades from the model's own bands: A only for the top of the distribution (its default share, 5 %).
            assertTrue(
                    List.of(
                                    NEWEST.preprocessing().policy().gradeOfProbability(below),
                                    NEWEST.preprocessing().policy().gradeOfProbability(above))
                            .contains(s.get("grade").asText()),
                    s.toString());
            if (s.get("grade").asText().equals("A")) {
                assertTrue(percentile >= 94, s.toString());
            }
            previous = percentile;
        }
        assertTrue(scores.get(scores.size() - 1).get("percentile").asDouble() > 90);
    }

    @Test
    void aModelPublishedWithoutADistributionAnswersWithoutPercentile() throws Exception {
        ModelBundle old = ModelLoader.load(FixtureStore.location(), null);
        assertEquals(null, ScoreDistributionJson.of(old));
        for (JsonNode s : score(new ScoreHandler(Serving.of(old), RequestMetrics.NONE, Cors.NONE), leads(20, 4))) {
            assertFalse(s.has("percentile"), s.toString());
        }
    }

    @Test
    void theBatchHandlerAnswersTheSamePercentiles() throws Exception {
        JsonNode api = score(new ScoreHandler(Serving.of(NEWEST), RequestMetrics.NONE, Cors.NONE), leads(50, 6));
        StringBuilder items = new StringBuilder("{\"Items\":[");
        for (int i = 0; i < api.size(); i++) {
            JsonNode lead = JSON.readTree("[" + leads(50, 6) + "]").get(i);
            items.append(i == 0 ? "" : ",").append('{');
            boolean first = true;
            for (LeadField field : LeadField.values()) {
                // CSV cells, as Distributed Map reads them from a lead export: every column, dates day first.
                String v = lead.path(field.fieldName()).asText("");
                String cell = v.matches("\\d{4}-\\d{2}-\\d{2}")
                        ? v.substring(8) + "-" + v.substring(5, 7) + "-" + v.substring(0, 4)
                        : v;
                items.append(first ? "" : ",")
                        .append('"')
                        .append(field.fieldName())
                        .append("\":\"")
                        .append(cell)
                        .append('"');
                first = false;
            }
            items.append('}');
        }
        items.append("],\"BatchInput\":{}}");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new BatchScoreHandler(Serving.of(NEWEST))
                .handleRequest(new ByteArrayInputStream(items.toString().getBytes(StandardCharsets.UTF_8)), out, null);
        JsonNode batch = JSON.readTree(out.toByteArray()).get("scores");
        for (int i = 0; i < api.size(); i++) {
            assertFalse(batch.get(i).has("errors"), batch.get(i).toString());
            assertEquals(api.get(i).get("percentile"), batch.get(i).get("percentile"), "lead " + i);
            assertEquals(api.get(i).get("grade"), batch.get(i).get("grade"), "lead " + i);
        }
    }
}
