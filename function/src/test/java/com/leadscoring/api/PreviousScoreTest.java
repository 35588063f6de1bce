package com.leadscoring.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyRequestEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyResponseEvent;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.leadscoring.batch.BatchScoreHandler;
import com.leadscoring.bootstrap.ModelLoader;
import com.leadscoring.bootstrap.Serving;
import com.leadscoring.model.FixtureStore;
import com.leadscoring.model.ModelBundle;
import org.junit.jupiter.api.Test;

/** A lead's {@code previous_score}, sent by the caller, answered with its trend: up, none and down. */
class PreviousScoreTest {

    static final ModelBundle MODEL = ModelLoader.load(FixtureStore.location(), FixtureStore.NEWEST_VERSION);
    static final ScoreHandler HANDLER = new ScoreHandler(Serving.of(MODEL), RequestMetrics.NONE, Cors.NONE);
    static final ObjectMapper JSON = new ObjectMapper();
    static final String LEAD =
            "\"created_at\":\"2021-06-01\",\"campaign_var_1\":3,\"campaign_var_2\":4,\"signup_date\":"
                    + "\"2020-02-01\",\"products_purchased\":2,\"user_activity_var_1\":1,\"user_activity_var_2\":1,"
                    + "\"user_activity_var_3\":0,\"user_activity_var_4\":0,"
                    + "\"user_activity_var_5\":0,\"user_activity_var_6\":0,"
                    + "\"user_activity_var_7\":0,\"user_activity_var_8\":0,"
                    + "\"user_activity_var_9\":1,\"user_activity_var_10\":0,"
                    + "\"user_activity_var_11\":0,\"user_activity_var_12\":0";

    static APIGatewayProxyResponseEvent post(String body) {
        return HANDLER.handle(
                new APIGatewayProxyRequestEvent()
                        .withHttpMethod("POST")
                        .withPath("/v1/score")
                        .withHeaders(Map.of("Content-Type", "application/json"))
                        .withBody(body),
                null);
    }

    static final String COLD = LEAD.replace(
                    "\"user_activity_var_1\":1,\"user_activity_var_2\":1",
                    "\"user_activity_var_1\":0," + "\"user_activity_var_2\":0")
            .replace("\"user_activity_var_9\":1", "\"user_activity_var_9\":0");

    static int scoreOf(String lead) throws Exception {
        JsonNode s = JSON.readTree(
                        post("{\"leads\":[{\"id\":\"a\"," + lead + "}]}").getBody())
                .get("scores")
                .get(0);
        assertFalse(s.has("trend"), "no previous score, no trend");
        return s.get("score").asInt();
    }

    @Test
    void theTrendFollowsTheMoveFromThePreviousScore() throws Exception {
        int hot = scoreOf(LEAD);
        int cold = scoreOf(COLD);
        assertTrue(hot >= 5 && cold <= 95, hot + " / " + cold);
        String body = "{\"leads\":[{\"id\":\"up\",\"previous_score\":" + (hot - 5) + "," + LEAD + "},"
                + "{\"id\":\"same\"," + LEAD + ",\"previous_score\":" + (hot - 4) + "},"
                + "{\"id\":\"down\",\"previous_score\":" + (cold + 5) + "," + COLD + "},"
                + "{\"id\":\"none\",\"previous_score\":null," + COLD + "}]}";
        JsonNode scores = JSON.readTree(post(body).getBody()).get("scores");
        assertEquals("improving", scores.get(0).get("trend").asText());
        assertEquals("steady", scores.get(1).get("trend").asText());
        assertEquals("declining", scores.get(2).get("trend").asText());
        assertFalse(scores.get(3).has("trend"));
        assertEquals(
                List.of(hot, hot, cold, cold),
                List.of(
                        scores.get(0).get("score").asInt(),
                        scores.get(1).get("score").asInt(),
                        scores.get(2).get("score").asInt(),
                        scores.get(3).get("score").asInt()),
                "the previous score changes no score");
    }

    @Test
    void aBadPreviousScoreIsNamedAndNothingIsScored() throws Exception {
        for (String bad : new String[] {"101", "-1", "\"50\"", "12.5", "true"}) {
            APIGatewayProxyResponseEvent r =
                    post("{\"leads\":[{\"id\":\"a\"," + LEAD + ",\"previous_score\":" + bad + "}]}");
            assertEquals(400, r.getStatusCode(), bad);
            JsonNode errors = JSON.readTree(r.getBody()).get("errors");
            assertEquals("/leads/0/previous_score", errors.get(0).get("pointer").asText(), r.getBody());
        }
        APIGatewayProxyResponseEvent twice =
                post("{\"leads\":[{\"id\":\"a\"," + LEAD + ",\"previous_score\":1,\"previous_score\":2}]}");
        assertEquals(400, twice.getStatusCode(), twice.getBody());
    }

    @Test
    void aBatchTakesAPreviousScoreColumn() throws Exception {
        String cells = "\"created_at\":\"01-06-2021\",\"campaign_var_1\":\"3\",\"campaign_var_2\":\"4\","
                + "\"products_purchased\":\"2\","
                + "\"signup_date\":\"01-02-2020\",\"user_activity_var_1\":\"1\",\"user_activity_var_2\":\"1\","
                + "\"user_activity_var_3\":\"0\",\"user_activity_var_4\":\"0\","
                + "\"user_activity_var_5\":\"0\",\"user_activity_var_6\":\"0\","
                + "\"user_activity_var_7\":\"0\",\"user_activity_var_8\":\"0\","
                + "\"user_activity_var_9\":\"1\",\"user_activity_var_10\":\"0\","
                + "\"user_activity_var_11\":\"0\",\"user_activity_var_12\":\"0\"";
        String batch = "{\"Items\":[{\"id\":\"1\"," + cells + ",\"previous_score\":\"0\"},{\"id\":\"2\"," + cells
                + ",\"previous_score\":\"\"},{\"id\":\"3\"," + cells
                + ",\"previous_score\":\"high\"}],\"BatchInput\":{}}";
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new BatchScoreHandler(Serving.of(MODEL))
                .handleRequest(new ByteArrayInputStream(batch.getBytes(StandardCharsets.UTF_8)), out, null);
        JsonNode scores = JSON.readTree(out.toByteArray()).get("scores");
        assertEquals("improving", scores.get(0).get("trend").asText(), scores.toString());
        assertFalse(scores.get(1).has("trend"));
        assertTrue(scores.get(1).has("score"));
        assertEquals(
                "previous_score",
                scores.get(2).get("errors").get(0).get("field").asText(),
                scores.toString());
    }
}
