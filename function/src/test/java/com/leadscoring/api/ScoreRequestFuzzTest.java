package com.leadscoring.api;

import static com.leadscoring.PropertyTests.qt;
import static com.leadscoring.PropertyTests.quoted;
import static com.leadscoring.PropertyTests.unchecked;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.generators.SourceDSL.arbitrary;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.longs;
import static org.quicktheories.generators.SourceDSL.strings;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyRequestEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyResponseEvent;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.quicktheories.api.Pair;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

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

    /** Any text of the Basic Multilingual Plane up to {@code max} characters, shown escaped. */
    static Gen<String> texts(int max) {
        return strings()
                .basicMultilingualPlaneAlphabet()
                .ofLengthBetween(0, max)
                .describedAs(t -> quoted(t));
    }

    static Gen<String> values() {
        return Generate.oneOf(
                integers().between(-5, 20).map(i -> String.valueOf(i)),
                longs().all().map(l -> String.valueOf(l)),
                arbitrary()
                        .pick(
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
                texts(12).map(s -> JSON.valueToTree(s).toString()));
    }

    static Gen<String> leads() {
        Gen<String> validish = integers()
                .between(0, 2)
                .flatMap(k -> lists().of(values()).ofSize(FIELDS.length).map(vals -> {
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
        Gen<String> junk = values();
        return Generate.frequency(Pair.of(5, validish), Pair.of(1, junk));
    }

    /** Bodies: well formed, well formed with one character inserted or removed, any text, nothing; shown escaped. */
    static Gen<String> bodies() {
        Gen<String> tails =
                arbitrary().pick("", ",\"explain\":true", ",\"explain\":1", ",\"leads\":[]", ",\"extra\":0");
        Gen<String> wellFormed = lists().of(leads())
                .ofSizeBetween(0, 6)
                .zip(tails, (ls, tail) -> "{\"leads\":[" + String.join(",", ls) + "]" + tail + "}");
        Gen<String> mutated = wellFormed.zip(
                integers().between(0, 400),
                arbitrary().pick("", "{", "}", "\"", ",", "\uFFFD", "\\", "]", ":"),
                (b, pos, ins) -> {
                    int p = Math.min(pos, b.length());
                    return b.substring(0, p) + ins + b.substring(Math.min(b.length(), p + (ins.isEmpty() ? 1 : 0)));
                });
        return Generate.oneOf(wellFormed, mutated, texts(40), Generate.constant(""))
                .describedAs(b -> quoted(b));
    }

    /**
     * 700 tries: QuickTheories skips a body it has already checked (a quarter of them are the empty body), so at least
     * 500 different bodies are sent.
     */
    @Test
    void neverFallsOver() {
        qt(20261125, 700).forAll(bodies()).checkAssert(unchecked(ScoreRequestFuzzTest::answersWithoutFallingOver));
    }

    private static void answersWithoutFallingOver(String body) throws Exception {
        APIGatewayProxyRequestEvent event = new APIGatewayProxyRequestEvent()
                .withHttpMethod("POST")
                .withPath("/v1/score")
                .withHeaders(Map.of("Content-Type", "application/json"))
                .withBody(body);
        APIGatewayProxyResponseEvent r = ScoreHandlerTest.HANDLER.handle(event, null);
        int status = r.getStatusCode();
        assertTrue(
                status == 200 || (status >= 400 && status < 500), status + " for " + quoted(body) + ": " + r.getBody());
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
