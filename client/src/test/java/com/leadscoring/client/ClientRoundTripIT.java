package com.leadscoring.client;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.leadscoring.client.api.OperationsApi;
import com.leadscoring.client.api.ScoringApi;
import com.leadscoring.client.model.Health;
import com.leadscoring.client.model.Lead;
import com.leadscoring.client.model.ModelInfo;
import com.leadscoring.client.model.Problem;
import com.leadscoring.client.model.Score;
import com.leadscoring.client.model.ScoreRequest;
import com.leadscoring.client.model.ScoreResponse;
import com.leadscoring.client.model.Trend;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The generated Java client against {@code function.jar serve} in its own JVM, as a Java back end would use it: scores
 * events/score-batch.json with explanations, reads the model and health, a trend and a percentile, and gets a 400 as an
 * {@link ApiException} whose body is the contract's {@link Problem}.
 */
class ClientRoundTripIT {

    static final Path ROOT = Path.of("..");
    static final String NEWEST_VERSION = "20261206T045105Z-ddeab15"; // percentiles, labels, probability bands
    static Process server;
    static ApiClient api;

    @BeforeAll
    static void serve() throws Exception {
        server = new ProcessBuilder(
                        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                        "-jar",
                        ROOT.resolve("function/target/function.jar").toString(),
                        "serve",
                        "--store",
                        ROOT.resolve("core/src/test/resources/fixture-store").toString(),
                        "--version",
                        NEWEST_VERSION,
                        "--port",
                        "0")
                .redirectError(ProcessBuilder.Redirect.DISCARD)
                .start();
        BufferedReader out = new BufferedReader(new InputStreamReader(server.getInputStream(), StandardCharsets.UTF_8));
        String line = out.readLine();
        assertNotNull(line, "serve printed nothing");
        Matcher port = Pattern.compile("http://127\\.0\\.0\\.1:(\\d+)/v1/score").matcher(line);
        assertTrue(port.find(), line);
        api = new ApiClient();
        api.updateBaseUri("http://127.0.0.1:" + port.group(1));
        api.setRequestInterceptor(r -> r.header("x-api-key", "local-test-key"));
    }

    @AfterAll
    static void stop() throws Exception {
        if (server != null) {
            server.destroy();
            server.waitFor(30, TimeUnit.SECONDS);
        }
    }

    @Test
    void scoresTheSampleBatchWithReasons() throws Exception {
        ObjectMapper json = api.getObjectMapper();
        String body = json.readTree(ROOT.resolve("events/score-batch.json").toFile())
                .get("body")
                .asText();
        ScoreRequest request = json.readValue(body, ScoreRequest.class).explain(true);
        ScoreResponse answer = new ScoringApi(api).scoreLeads(request, null);
        assertEquals(NEWEST_VERSION, answer.getModel().getVersion());
        assertEquals(request.getLeads().size(), answer.getScores().size());
        for (int i = 0; i < answer.getScores().size(); i++) {
            Score s = answer.getScores().get(i);
            // Ids echoed with their JSON type (string or integer).
            assertEquals(request.getLeads().get(i).getId(), s.getId());
            assertTrue(s.getProbability() >= 0 && s.getProbability() <= 1);
            assertEquals(Math.round(100 * s.getProbability()), s.getScore().longValue());
            assertNotNull(s.getFactors(), "explained");
            s.getFactors().forEach(f -> assertFalse(f.getLabel().isEmpty()));
        }
    }

    @Test
    void readsTheModelAndHealth() throws Exception {
        ModelInfo model = new OperationsApi(api).getModel(null);
        assertEquals(NEWEST_VERSION, model.getVersion());
        assertFalse(model.getGradeBands().isEmpty());
        // This version's bands start at probabilities.
        model.getGradeBands().forEach(b -> assertNotNull(b.getMinProbability(), b.toString()));
        Health health = new OperationsApi(api).getHealth(null);
        assertEquals(NEWEST_VERSION, health.getModel());
        assertEquals("ok", health.getStatus().getValue());
    }

    /** A lead with every required field, campaign_var_1 as given. */
    static Lead lead(Object id, int campaign1) {
        return new Lead()
                .id(id)
                .createdAt(LocalDate.of(2021, 5, 4))
                .campaignVar1(campaign1)
                .campaignVar2(4)
                .userActivityVar1(1)
                .userActivityVar2(0)
                .userActivityVar3(2)
                .userActivityVar4(0)
                .userActivityVar5(1)
                .userActivityVar6(0)
                .userActivityVar7(0)
                .userActivityVar8(1)
                .userActivityVar9(0)
                .userActivityVar10(0)
                .userActivityVar11(1)
                .userActivityVar12(0);
    }

    @Test
    void aPreviousScoreGivesATrendAndEveryScoreItsPercentile() throws Exception {
        Lead lead = lead(7L, 3)
                .productsPurchased(null)
                .signupDate(LocalDate.of(2020, 11, 2))
                .previousScore(100);
        Score s = new ScoringApi(api)
                .scoreLeads(new ScoreRequest().leads(List.of(lead)), null)
                .getScores()
                .get(0);
        assertEquals(7, ((Number) s.getId()).intValue());
        assertEquals(s.getScore() <= 95 ? Trend.DECLINING : Trend.STEADY, s.getTrend());
        assertNotNull(s.getPercentile());
        assertTrue(s.getPercentile() >= 0 && s.getPercentile() <= 100);
        assertEquals(s.getPercentile(), Math.round(s.getPercentile() * 10) / 10.0, "one decimal");
    }

    @Test
    void aBadLeadIsAnApiExceptionWhoseBodyIsTheProblem() throws Exception {
        Lead bad = lead("bad", 1200);
        ApiException e = assertThrows(
                ApiException.class, () -> new ScoringApi(api).scoreLeads(new ScoreRequest().leads(List.of(bad)), null));
        assertEquals(400, e.getCode());
        Problem problem = api.getObjectMapper().readValue(e.getResponseBody(), Problem.class);
        assertEquals(400, problem.getStatus());
        assertEquals("/leads/0/campaign_var_1", problem.getErrors().get(0).getPointer());
    }
}
