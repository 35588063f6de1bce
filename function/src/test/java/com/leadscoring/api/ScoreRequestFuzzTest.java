package com.leadscoring.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyRequestEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyResponseEvent;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;

/**
 * Property: whatever the body, the handler answers 200 with one score per lead, or a 4xx problem+json whose errors
 * point into the request; never a 5xx, never an exception, never a partial answer.
 */
class ScoreRequestFuzzTest {

    static final ObjectMapper JSON = new ObjectMapper();
    static final String[] FIELDS = {
        "id",
        "created_at",
        "campaign_var_1",
        "campaign_var_2",
        "products_purchased",
        "signup_date",
        "user_activity_var_1",
        "user_activity_var_2",
        "user_activity_var_3",
        "user_activity_var_4",
        "user_activity_var_5",
        "user_activity_var_6",
        "user_activity_var_7",
        "user_activity_var_8",
        "user_activity_var_9",
        "user_activity_var_10",
        "user_activity_var_11",
        "user_activity_var_12"
    };

    @Provide
    Arbitrary<String> values() {
        return Arbitraries.oneOf(
                Arbitraries.integers().between(-5, 20).map(String::valueOf),
                Arbitraries.longs().map(String::valueOf),
                Arbitraries.of(
                        "null",
                        "true",
                        "false",
                        "1.5",
                        "-0",
                        "1e400",
                        "NaN",
                        "Infinity",
                        "99999999999999999999999",
                        "[]",
                        "{}",
                        "[[[[[[]]]]]]",
                        "{\"a\":{\"b\":[1,2]}}",
                        "\"\"",
                        "\"2021-02-30\"",
                        "\"0000-01-01\"",
                        "\"2021-05-04\"",
                        "\"04-05-2021\"",
                        "\"2099-12-31\"",
                        "\"\\u0000\"",
                        "\"" + "x".repeat(300) + "\""),
                Arbitraries.strings()
                        .ofMaxLength(12)
                        .map(s -> JSON.valueToTree(s).toString()));
    }

    @Provide
    Arbitrary<String> leads() {
        Arbitrary<String> validish = Arbitraries.integers()
                .between(0, 2)
                .flatMap(k -> values().list().ofSize(FIELDS.length).map(vals -> {
                    StringBuilder sb = new StringBuilder("{");
                    for (int i = 0; i < FIELDS.length; i++) {
                        String v = i == 1 ? "\"2021-05-04\"" : i == 0 ? "\"id" + i + "\"" : vals.get(i);
                        if (k == 0 && i >= 2 && i != 5) {
                            v = "1"; // mostly valid leads
                        }
                        sb.append(i == 0 ? "" : ",")
                                .append('"')
                                .append(FIELDS[i])
                                .append("\":")
                                .append(v);
                    }
                    return sb.append('}').toString();
                }));
        Arbitrary<String> junk = values();
        return Arbitraries.frequencyOf(Tuple.of(5, validish), Tuple.of(1, junk));
    }

    @Provide
    Arbitrary<String> bodies() {
        Arbitrary<String> wellFormed = Combinators.combine(
                        leads().list().ofMaxSize(6),
                        Arbitraries.of("", ",\"explain\":true", ",\"explain\":1", ",\"leads\":[]", ",\"extra\":0"))
                .as((ls, tail) -> "{\"leads\":[" + String.join(",", ls) + "]" + tail + "}");
        Arbitrary<String> mutated = Combinators.combine(
                        wellFormed,
                        Arbitraries.integers().between(0, 400),
                        Arbitraries.of("", "{", "}", "\"", ",", "\uFFFD", "\\", "]", ":"))
                .as((b, pos, ins) -> {
                    int p = Math.min(pos, b.length());
                    return b.substring(0, p) + ins + b.substring(Math.min(b.length(), p + (ins.isEmpty() ? 1 : 0)));
                });
        return Arbitraries.oneOf(wellFormed, mutated, Arbitraries.strings().ofMaxLength(40), Arbitraries.just(""));
    }

    @Property(tries = 500, seed = "20261125")
    void neverFallsOver(@ForAll("bodies") String body) throws Exception {
        APIGatewayProxyRequestEvent event = new APIGatewayProxyRequestEvent()
                .withHttpMethod("POST")
                .withPath("/v1/score")
                .withHeaders(Map.of("Content-Type", "application/json"))
                .withBody(body);
        APIGatewayProxyResponseEvent r = ScoreHandlerTest.HANDLER.handleRequest(event, null);
        int status = r.getStatusCode();
        assertTrue(status == 200 || (status >= 400 && status < 500), status + " for " + body + ": " + r.getBody());
        JsonNode b = JSON.readTree(r.getBody());
        if (status == 200) {
            int leads = JSON.readTree(body).get("leads").size();
            assertEquals(leads, b.get("scores").size(), "one score per lead");
        } else {
            assertEquals("application/problem+json", r.getHeaders().get("Content-Type"));
            assertEquals(status, b.get("status").asInt());
            List<String> pointers = new ArrayList<>();
            b.path("errors").forEach(e -> pointers.add(e.get("pointer").asText()));
            pointers.forEach(p -> assertTrue(p.isEmpty() || p.startsWith("/"), p));
        }
    }
}
