package com.leadscoring.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.time.LocalDate;
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
import com.leadscoring.features.FeatureEncoders;
import com.leadscoring.lead.Lead;
import com.leadscoring.model.FixtureStore;
import com.leadscoring.model.ModelBundle;
import com.leadscoring.scoring.LeadScorer;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * One store holding models of two feature encoders serves each with its own: the API's parser, which encodes straight
 * into float rows, gives every lead of a v1 model and of a model of a later encoder exactly the probability the
 * {@link Lead} path ({@code function.jar score}, the batch handler) gives, and {@code GET /v1/model} names the encoder.
 */
class EncoderVersionsTest {

    static final ObjectMapper JSON = new ObjectMapper();

    static List<Lead> leads(int n) {
        SplittableRandom r = new SplittableRandom(22);
        List<Lead> leads = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            LocalDate created = LocalDate.of(2021, 1, 1).plusDays(r.nextInt(365));
            int[] activity = new int[Lead.ACTIVITY_COUNT];
            for (int k = 0; k < activity.length; k++) {
                activity[k] = r.nextInt(0, 5);
            }
            leads.add(new Lead(
                    "L" + i,
                    created,
                    r.nextInt(0, 20),
                    r.nextInt(0, 20),
                    r.nextBoolean() ? r.nextInt(0, 5) : null,
                    r.nextBoolean() ? created.minusDays(r.nextInt(-30, 2000)) : null,
                    activity));
        }
        return leads;
    }

    static String body(List<Lead> leads) {
        StringBuilder b = new StringBuilder("{\"leads\":[");
        for (Lead l : leads) {
            b.append(b.charAt(b.length() - 1) == '[' ? "" : ",")
                    .append("{\"id\":\"")
                    .append(l.id())
                    .append("\",\"created_at\":\"")
                    .append(l.createdAt())
                    .append("\",\"campaign_var_1\":")
                    .append(l.campaignVar1())
                    .append(",\"campaign_var_2\":")
                    .append(l.campaignVar2());
            if (l.productsPurchased() != null) {
                b.append(",\"products_purchased\":").append(l.productsPurchased());
            }
            if (l.signupDate() != null) {
                b.append(",\"signup_date\":\"").append(l.signupDate()).append('"');
            }
            for (int k = 1; k <= Lead.ACTIVITY_COUNT; k++) {
                b.append(",\"user_activity_var_").append(k).append("\":").append(l.userActivityVar(k));
            }
            b.append('}');
        }
        return b.append("]}").toString();
    }

    static APIGatewayProxyResponseEvent call(ScoreHandler handler, String method, String path, String body) {
        return handler.handle(
                new APIGatewayProxyRequestEvent()
                        .withHttpMethod(method)
                        .withPath(path)
                        .withHeaders(Map.of("Content-Type", "application/json"))
                        .withBody(body),
                null);
    }

    @ParameterizedTest
    @CsvSource({
        "latest, lead-features-v1, 24",
        FixtureStore.NEWEST_VERSION + ", lead-features-v1, 24",
        FixtureStore.OTHER_ENCODER_VERSION + ", " + FixtureStore.OTHER_ENCODER + ", "
                + FixtureStore.OTHER_ENCODER_FEATURES
    })
    void eachModelIsScoredWithItsOwnEncoder(String version, String encoder, int features) throws Exception {
        ModelBundle bundle = ModelLoader.load(FixtureStore.location(), version.equals("latest") ? null : version);
        assertEquals(encoder, bundle.manifest().encoderVersion());
        ScoreHandler handler = new ScoreHandler(Serving.of(bundle), RequestMetrics.NONE, Cors.NONE);

        JsonNode model = JSON.readTree(call(handler, "GET", "/v1/model", null).getBody());
        assertEquals(encoder, model.get("encoderVersion").asText());
        assertEquals(features, model.get("featureNames").size());

        List<Lead> leads = leads(300);
        APIGatewayProxyResponseEvent r = call(handler, "POST", "/v1/score", body(leads));
        assertEquals(200, r.getStatusCode(), r.getBody());
        JsonNode scores = JSON.readTree(r.getBody()).get("scores");
        try (LeadScorer scorer = new LeadScorer(bundle)) {
            assertEquals(FeatureEncoders.forVersion(encoder), scorer.encoder());
            float[] expected = scorer.probabilities(leads);
            for (int i = 0; i < leads.size(); i++) {
                assertEquals(
                        expected[i],
                        scores.get(i).get("probability").asDouble(),
                        0.5e-6 + 1e-7, // written at 6 decimals
                        leads.get(i).toString());
            }
        }
    }

    @ParameterizedTest
    @CsvSource({FixtureStore.OTHER_ENCODER_VERSION})
    void theOtherEncodersModelIsNotTheV1Model(String version) throws Exception {
        List<Lead> leads = leads(50);
        try (LeadScorer v1 = new LeadScorer(ModelLoader.load(FixtureStore.location(), null));
                LeadScorer v2 = new LeadScorer(ModelLoader.load(FixtureStore.location(), version))) {
            assertNotEquals(v1.encoder(), v2.encoder());
            float[] a = v1.probabilities(leads);
            float[] b = v2.probabilities(leads);
            double diff = 0;
            for (int i = 0; i < a.length; i++) {
                diff = Math.max(diff, Math.abs(a[i] - b[i]));
            }
            assertNotEquals(0.0, diff, "two models, two answers");
        }
    }
}
