package com.leadscoring.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyRequestEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyResponseEvent;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.leadscoring.bootstrap.ModelLoader;
import com.leadscoring.bootstrap.Serving;
import com.leadscoring.model.FixtureStore;
import org.junit.jupiter.api.Test;

/**
 * Reasons through the API on a model whose graph outputs its log-odds: asked for, they are always answered, and a lead
 * whose probability has saturated still gets the fields that push it up.
 */
class ExplanationTest {

    static final ScoreHandler HANDLER = new ScoreHandler(
            Serving.of(ModelLoader.load(FixtureStore.location(), FixtureStore.NEWEST_VERSION)),
            RequestMetrics.NONE,
            Cors.NONE);
    static final ObjectMapper JSON = new ObjectMapper();

    static JsonNode score(String leads, boolean explain) throws Exception {
        APIGatewayProxyResponseEvent r = HANDLER.handle(
                new APIGatewayProxyRequestEvent()
                        .withHttpMethod("POST")
                        .withPath("/v1/score")
                        .withHeaders(Map.of("Content-Type", "application/json"))
                        .withBody("{\"leads\":[" + leads + "],\"explain\":" + explain + "}"),
                null);
        assertEquals(200, r.getStatusCode(), r.getBody());
        return JSON.readTree(r.getBody()).get("scores");
    }

    static String lead(String id, int activity, boolean signup) {
        StringBuilder b = new StringBuilder(
                "{\"id\":\"" + id + "\",\"created_at\":\"2021-06-01\",\"campaign_var_1\":3," + "\"campaign_var_2\":4");
        if (signup) {
            b.append(",\"signup_date\":\"2020-02-01\",\"products_purchased\":2");
        }
        for (int k = 1; k <= 12; k++) {
            b.append(",\"user_activity_var_").append(k).append("\":").append(activity);
        }
        return b.append('}').toString();
    }

    @Test
    void aLeadAtProbabilityOneStillGetsItsReasonsUp() throws Exception {
        // Every activity field high: this model's probability saturates (1.0 in float32), and reasons stay.
        JsonNode s = score(lead("hot", 4, true) + "," + lead("hotter", 7, true), true);
        for (JsonNode lead : s) {
            assertTrue(lead.get("probability").asDouble() >= 0.999, lead.toString());
            assertEquals("A", lead.get("grade").asText());
            JsonNode factors = lead.get("factors");
            assertTrue(factors.size() >= 3, lead.toString());
            assertTrue(factors.get(0).get("impact").asDouble() > 0, "strongest reason first, and it is up: " + lead);
        }
        assertEquals(
                1.0,
                s.get(1).get("probability").asDouble(),
                "saturated in float32, where probabilities cannot explain");
    }

    @Test
    void explainAlwaysAnswersFactorsAndOtherwiseNever() throws Exception {
        SplittableRandom r = new SplittableRandom(3);
        List<String> leads = new ArrayList<>();
        for (int i = 0; i < 300; i++) {
            leads.add(lead("L" + i, r.nextInt(0, 4), r.nextBoolean()));
        }
        String body = String.join(",", leads);
        for (JsonNode s : score(body, true)) {
            assertTrue(s.get("factors").isArray() && !s.get("factors").isEmpty(), s.toString());
        }
        for (JsonNode s : score(body, false)) {
            assertFalse(s.has("factors"), s.toString());
        }
    }

    @Test
    void reasonsAndTheModelRouteCarryTheLabelsStoredWithTheModel() throws Exception {
        for (JsonNode f : score(lead("a", 2, true), true).get(0).get("factors")) {
            String field = f.get("feature").asText();
            String expected = field.equals("signup_date")
                    ? "Signed up"
                    : field.equals("user_activity_var_9") ? "Activity 9" : null;
            if (expected != null) {
                assertEquals(expected, f.get("label").asText());
            }
            assertFalse(f.get("label").asText().isBlank(), f.toString());
        }
        APIGatewayProxyResponseEvent r = HANDLER.handle(
                new APIGatewayProxyRequestEvent().withHttpMethod("GET").withPath("/v1/model"), null);
        JsonNode labels = JSON.readTree(r.getBody()).get("fieldLabels");
        assertEquals(17, labels.size(), labels.toString());
        assertTrue(
                labels.toString().contains("{\"field\":\"products_purchased\",\"label\":\"Products purchased\","),
                labels.toString());
    }
}
