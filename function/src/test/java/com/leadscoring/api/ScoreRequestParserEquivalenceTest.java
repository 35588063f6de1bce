package com.leadscoring.api;

import static com.leadscoring.PropertyTests.qt;
import static com.leadscoring.PropertyTests.quoted;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.generators.SourceDSL.arbitrary;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;

import com.leadscoring.features.FeatureEncoder;
import com.leadscoring.features.FeatureEncoders;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/**
 * The fast parser (values checked and encoded as their tokens arrive) against the reference (a map, the validator and a
 * Lead per lead, Jackson's strict duplicate detection): for any body, the same problem (type, detail, every error with
 * its pointer and wording), or the same ids and flag and, row by row, the float vector the encoder makes of the
 * reference's lead.
 */
class ScoreRequestParserEquivalenceTest {

    /** The fields in any order: a Fisher-Yates shuffle drawn from the property's randomness, so it replays. */
    static Gen<List<String>> shuffledFields() {
        return in -> {
            List<String> order = new ArrayList<>(Arrays.asList(ScoreRequestFuzzTest.FIELDS));
            for (int i = order.size() - 1; i > 0; i--) {
                Collections.swap(order, i, integers().between(0, i).generate(in));
            }
            return order;
        };
    }

    /** Mostly valid leads with keys in any order, whitespace around values, duplicates and nested duplicates. */
    static Gen<String> shuffled() {
        Gen<Integer> productsGen = integers().between(0, 4);
        Gen<Integer> dropGen = integers().between(0, 3);
        Gen<List<String>> orderGen = shuffledFields();
        Gen<Integer> activityGen = integers().between(0, 9);
        Gen<String> signupGen = arbitrary()
                .pick(
                        "\"2021-05-04\"",
                        "\" 2020-12-31 \"",
                        "null",
                        "\"1989-12-31\"",
                        "\"2021-02-29\"",
                        "\"2024-02-29\"",
                        "\"04-05-2021\"",
                        "7");
        Gen<String> idGen = arbitrary()
                .pick(
                        "\"L1\"",
                        "\"  L2  \"",
                        "42",
                        "-3",
                        "\"\"",
                        "\"   \"",
                        "null",
                        "1.0",
                        "\"" + "i".repeat(129) + "\"",
                        "99999999999999999999");
        Gen<String> tailGen =
                arbitrary().pick("", ",\"extra\":{\"a\":1,\"a\":2}", ",\"extra\":1", ",\"extra\":[{\"b\":1,\"b\":1}]");
        Gen<String> lead = in -> {
            int products = productsGen.generate(in);
            int drop = dropGen.generate(in);
            List<String> order = orderGen.generate(in);
            int activity = activityGen.generate(in);
            String signup = signupGen.generate(in);
            String id = idGen.generate(in);
            String tail = tailGen.generate(in);
            StringBuilder sb = new StringBuilder("{");
            for (int i = 0; i < order.size() - drop; i++) {
                String f = order.get(i);
                String v = switch (f) {
                    case "id" -> id;
                    case "created_at" -> "\"2021-05-0" + (1 + activity % 9) + "\"";
                    case "signup_date" -> signup;
                    case "products_purchased" -> products == 4 ? "null" : String.valueOf(products * 2 - 1);
                    default -> String.valueOf(activity * 1111 - 1);
                };
                sb.append(i == 0 ? "" : ",").append('"').append(f).append("\":").append(v);
            }
            return sb.append(tail).append('}').toString();
        };
        Gen<List<String>> leadsGen = lists().of(lead).ofSizeBetween(1, 5);
        Gen<Integer> whereGen = integers().between(0, 9);
        Gen<String> dupGen = arbitrary()
                .pick(
                        "",
                        ",\"id\":\"again\"",
                        ",\"campaign_var_1\":tru",
                        ",\"campaign_var_1\":1",
                        ",\"x\":1,\"x\":2",
                        ",\"x\":{\"y\":1,\"y\":{}}");
        Gen<String> bodyTailGen = arbitrary()
                .pick(
                        "",
                        ",\"explain\":true",
                        ",\"explain\":false,\"explain\":true",
                        ",\"leads\":[]",
                        ",\"x\":{\"z\":1,\"z\":2}");
        Gen<String> bodies = in -> {
            List<String> leads = new ArrayList<>(leadsGen.generate(in));
            int where = whereGen.generate(in);
            String extra = dupGen.generate(in);
            String tail = bodyTailGen.generate(in);
            String l0 = leads.get(0);
            if (where < 4) { // a duplicate or broken value at the end of the first lead
                leads.set(0, l0.substring(0, l0.length() - 1) + extra + "}");
            }
            return "{\"leads\":[" + String.join(",", leads) + "]" + tail + "}";
        };
        return bodies.describedAs(b -> quoted(b));
    }

    @Test
    void agreesOnFuzzedBodies() {
        // 1,400 tries: a body already checked is skipped (a quarter are empty), so at least 1,000 different ones.
        qt(20261126, 1400)
                .forAll(ScoreRequestFuzzTest.bodies())
                .checkAssert(ScoreRequestParserEquivalenceTest::assertSame);
    }

    @Test
    void agreesOnLeadsWithKeysInAnyOrder() {
        qt(20261127, 1000).forAll(shuffled()).checkAssert(ScoreRequestParserEquivalenceTest::assertSame);
    }

    @Test
    void agreesOnEdges() {
        String lead = "{\"id\":\"a\",\"created_at\":\"2021-05-04\",\"campaign_var_1\":1,\"campaign_var_2\":2"
                + ",\"user_activity_var_1\":0,\"user_activity_var_2\":0,\"user_activity_var_3\":0,"
                + "\"user_activity_var_4\":0"
                + ",\"user_activity_var_5\":0,\"user_activity_var_6\":0,\"user_activity_var_7\":0,"
                + "\"user_activity_var_8\":0"
                + ",\"user_activity_var_9\":0,\"user_activity_var_10\":0,\"user_activity_var_11\":0,"
                + "\"user_activity_var_12\":0}";
        for (String body : List.of(
                "{\"leads\":[" + lead + "]}",
                "{\"leads\":[" + lead + "],\"leads\":[" + lead + "]}",
                "{\"leads\":[" + lead.replace("}", ",\"id\":\"b\"}") + "]}",
                "{\"leads\":[" + lead.replace("}", ",\"id\":[1,{\"q\":1,\"q\":2}]}") + "]}",
                "{\"leads\":[" + lead.replace("}", ",\"x\":{\"q\":1,\"q\":2}}") + "]}",
                "{\"leads\":[[{\"q\":1,\"q\":2}]]}",
                "{\"explain\":{\"q\":1,\"q\":2},\"leads\":[" + lead + "]}",
                "{\"leads\":[" + lead + "]} x",
                "{\"leads\":[" + lead + "]} {}",
                "{\"leads\":[" + String.join(",", Collections.nCopies(1001, lead)) + "]}",
                "{\"leads\":[" + String.join(",", Collections.nCopies(1000, lead)) + "]}",
                "{\"leads\":["
                        + String.join(",", Collections.nCopies(1001, lead)).replace("}", ",\"id\":1}") + "]}",
                "{\"leads\":[" + lead.replace("\"a\"", "\"\\u00e9\\ud83d\\ude00\"") + "]}",
                "{\"leads\":[" + lead.replace("2021-05-04", "2021\\u002d05-04") + "]}",
                "{\"leads\":[" + lead.replace("\"created_at\"", "\"created\\u005fat\"") + "]}",
                "{\"leads\":[" + lead.replace("\"created_at\"", "\"created_at\",\"created_at\"") + "]}",
                "[]",
                "",
                "{}",
                "{\"leads\":5}",
                "{\"leads\":[1,null,{}]}")) {
            assertSame(body);
        }
    }

    static void assertSame(String body) {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        ReferenceScoreRequestParser.Parsed expected = null;
        ProblemException expectedProblem = null;
        try {
            expected = new ReferenceScoreRequestParser().parse(bytes);
        } catch (ProblemException e) {
            expectedProblem = e;
        }
        ScoreRequest actual = null;
        ProblemException actualProblem = null;
        try {
            actual = new ScoreRequestParser().parse(bytes, FeatureEncoders.V1);
        } catch (ProblemException e) {
            actualProblem = e;
        }
        if (expectedProblem != null) {
            assertTrue(actualProblem != null, "reference refused, fast parser accepted: " + body);
            assertEquals(expectedProblem.type(), actualProblem.type(), body);
            assertEquals(expectedProblem.getMessage(), actualProblem.getMessage(), body);
            assertEquals(expectedProblem.errors(), actualProblem.errors(), body);
            return;
        }
        if (actualProblem != null) {
            throw new AssertionError(
                    "reference accepted, fast parser refused (" + actualProblem.getMessage() + "): " + body);
        }
        assertEquals(expected.explain(), actual.explain(), body);
        assertEquals(expected.leads().size(), actual.size(), body);
        assertEquals(expected.ids(), Arrays.asList(actual.ids()).subList(0, actual.size()), body);
        for (int i = 0; i < actual.size(); i++) {
            float[] row = Arrays.copyOfRange(actual.features(), i * FeatureEncoder.SIZE, (i + 1) * FeatureEncoder.SIZE);
            assertArrayEquals(FeatureEncoder.encode(expected.leads().get(i)), row, body);
        }
    }
}
