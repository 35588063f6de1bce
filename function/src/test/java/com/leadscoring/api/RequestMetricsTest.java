package com.leadscoring.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyRequestEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyResponseEvent;
import com.amazonaws.services.lambda.runtime.tests.annotations.Event;
import com.fasterxml.jackson.databind.JsonNode;
import com.leadscoring.api.RequestMetrics.RequestOutcome;
import com.leadscoring.bootstrap.ModelLoader;
import com.leadscoring.bootstrap.Serving;
import com.leadscoring.bootstrap.TestServing;
import com.leadscoring.model.ModelBundle;
import com.leadscoring.scoring.LeadScorer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;

/** One metrics record per request, with the status, and lead and buy counts that match the response. */
class RequestMetricsTest {

    private final List<RequestOutcome> captured = Collections.synchronizedList(new ArrayList<>());
    private final ScoreHandler handler = new ScoreHandler(
            Serving.of(ModelLoader.load(ScoreHandlerTest.FIXTURE.toString(), null)), captured::add, Cors.NONE);

    @ParameterizedTest
    @Event(value = "events/score-batch.json", type = APIGatewayProxyRequestEvent.class)
    void scoredLeadsAndBuysMatchTheResponse(APIGatewayProxyRequestEvent event) throws Exception {
        APIGatewayProxyResponseEvent r = handler.handle(event, null);
        JsonNode scores = ScoreHandlerTest.body(r).get("scores");
        int buys = 0;
        Map<String, Integer> grades = new HashMap<>();
        for (JsonNode s : scores) {
            buys += s.get("buy").asBoolean() ? 1 : 0;
            grades.merge(s.get("grade").asText(), 1, Integer::sum);
        }
        assertEquals(1, captured.size());
        RequestOutcome o = captured.get(0);
        assertEquals(200, o.status());
        assertFalse(o.error());
        assertEquals(scores.size(), o.leadsScored());
        assertEquals(buys, o.buyCount());
        assertTrue(o.latencyMs() >= 0);
        // Every grade of the model's bands, in band order, counting exactly the grades the response carries.
        assertEquals(List.of("A", "B", "C", "D"), List.copyOf(o.gradeCounts().keySet()));
        for (var g : o.gradeCounts().entrySet()) {
            assertEquals(grades.getOrDefault(g.getKey(), 0), g.getValue(), "grade " + g.getKey());
        }
        assertEquals(
                scores.size(),
                o.gradeCounts().values().stream().mapToInt(Integer::intValue).sum());
    }

    @ParameterizedTest
    @Event(value = "events/invalid-lead.json", type = APIGatewayProxyRequestEvent.class)
    void aRejectedRequestIsAnErrorWithItsStatusAndScoresNothing(APIGatewayProxyRequestEvent event) {
        handler.handle(event, null);
        RequestOutcome o = captured.get(0);
        assertEquals(400, o.status());
        assertTrue(o.error());
        assertEquals(0, o.leadsScored());
        assertEquals(0, o.buyCount());
        assertTrue(o.gradeCounts().isEmpty());
    }

    @Test
    void anUnexpectedFailureIsA500ProblemWithTheRequestIdAndNoInternals() throws Exception {
        ModelBundle bundle = ModelLoader.load(ScoreHandlerTest.FIXTURE.toString(), null);
        LeadScorer closed = new LeadScorer(bundle);
        closed.close();
        ScoreHandler broken = new ScoreHandler(TestServing.of(bundle, closed), captured::add, Cors.NONE);
        APIGatewayProxyRequestEvent event = ScoreHandlerTest.post(ScoreHandlerTest.oneLead(""))
                .withRequestContext(new APIGatewayProxyRequestEvent.ProxyRequestContext().withRequestId("req-500"));
        APIGatewayProxyResponseEvent r = broken.handle(event, null);
        ScoreHandlerTest.assertProblem(r, ProblemType.INTERNAL);
        JsonNode b = ScoreHandlerTest.body(r);
        assertEquals("req-500", b.get("requestId").asText());
        assertFalse(r.getBody().contains("Exception") || r.getBody().contains("at com."), r.getBody());
        assertEquals(500, captured.get(0).status());
        assertEquals(0, captured.get(0).leadsScored());
    }

    @Test
    void everyRouteRecordsOnce() {
        handler.handle(new APIGatewayProxyRequestEvent().withHttpMethod("GET").withPath("/v1/health"), null);
        handler.handle(new APIGatewayProxyRequestEvent().withHttpMethod("GET").withPath("/nowhere"), null);
        handler.handle(
                new APIGatewayProxyRequestEvent().withHttpMethod("DELETE").withPath("/v1/score"), null);
        assertEquals(
                List.of(200, 404, 405),
                captured.stream().map(RequestOutcome::status).toList());
    }
}
