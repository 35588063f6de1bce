package com.leadscoring.local;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.leadscoring.lead.LeadField;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The same bad leads, with values no message could hold by chance, through every path that reports them: the API's
 * problem, a rescoring batch's answer, the {@code errors} column of scores.csv and the command lines' output. Each
 * names the bad fields; none quotes a value.
 */
class NoLeadValuesInErrorsTest {

    static final ObjectMapper JSON = new ObjectMapper();

    /** Per bad lead, the fields it breaks with their values (a JSON value; its text in a CSV cell). */
    static final List<Map<String, Object>> BAD = List.of(
            Map.of("created_at", "2023-02-29", "campaign_var_1", -31337, "user_activity_var_3", 4242.5),
            Map.of("signup_date", "1877-06-15", "campaign_var_2", "forty-two", "products_purchased", 77777),
            Map.of("id", "SECRET-ID-".repeat(13), "user_activity_var_7", 99999, "created_at", "2023-13-45"));

    /** Every bad value, and the distinctive parts a message could carry on its own. */
    static final List<String> VALUES =
            List.of("2023-02-29", "29-02-2023", "31337", "4242", "1877", "forty", "77777", "99999", "SECRET", "13-45");

    @TempDir
    Path dir;

    static Map<String, Object> lead(int i) {
        Map<String, Object> lead = new LinkedHashMap<>();
        for (LeadField f : LeadField.values()) {
            switch (f.kind()) {
                case ID -> lead.put(f.fieldName(), "lead-" + i);
                case DATE -> lead.put(f.fieldName(), f.nullable() ? null : "2021-05-04");
                case INTEGER -> lead.put(f.fieldName(), f.nullable() ? null : 1);
            }
        }
        lead.putAll(BAD.get(i));
        return lead;
    }

    static Set<String> badFields(int i) {
        return new TreeSet<>(BAD.get(i).keySet());
    }

    /**
     * Fails if {@code text} quotes one of the bad values. The test's own directory is taken out first: messages name
     * the file (as they must), and JUnit's random directory name can hold digits such as "1877".
     */
    void assertNoValue(String where, String text) {
        String outsideDir = text.replace(dir.toString(), "<dir>");
        for (String value : VALUES) {
            assertFalse(outsideDir.contains(value), where + " quotes a lead's value (" + value + "): " + text);
        }
    }

    @Test
    void theApiProblemNamesEachBadFieldAndNoValue() throws Exception {
        ObjectNode event = (ObjectNode)
                JSON.readTree(Path.of("..", "events", "score-one.json").toFile());
        ArrayNode leads = JSON.createArrayNode();
        for (int i = 0; i < BAD.size(); i++) {
            ObjectNode lead = leads.addObject();
            lead(i).forEach((k, v) -> {
                if (v != null) {
                    lead.set(k, JSON.valueToTree(v));
                }
            });
        }
        event.put("body", JSON.writeValueAsString(JSON.createObjectNode().set("leads", leads)));
        Path file = dir.resolve("event.json");
        JSON.writeValue(file.toFile(), event);

        Output out = run("invoke", "--store", FunctionMainTest.STORE, "--event", file.toString());
        JsonNode response = JSON.readTree(out.stdout());
        assertEquals(400, response.get("statusCode").asInt(), out.stdout());
        JsonNode problem = JSON.readTree(response.get("body").asText());
        Set<String> pointers = new TreeSet<>();
        problem.get("errors").forEach(e -> pointers.add(e.get("pointer").asText()));
        Set<String> expected = new TreeSet<>();
        for (int i = 0; i < BAD.size(); i++) {
            for (String field : BAD.get(i).keySet()) {
                expected.add("/leads/" + i + "/" + field);
            }
        }
        assertEquals(expected, pointers, problem.toString());
        assertNoValue("the API problem", problem.toString());
        assertNoValue("invoke's output", out.all());
    }

    @Test
    void aBatchAnswerNamesEachBadFieldAndNoValue() throws Exception {
        ObjectNode event = (ObjectNode)
                JSON.readTree(Path.of("..", "events", "batch-good.json").toFile());
        ArrayNode items = event.putArray("Items");
        for (int i = 0; i < BAD.size(); i++) {
            ObjectNode item = items.addObject();
            lead(i).forEach((k, v) -> item.put(k, v == null ? "" : String.valueOf(v)));
        }
        Path file = dir.resolve("batch.json");
        JSON.writeValue(file.toFile(), event);

        Output out = run("invoke-batch", "--store", FunctionMainTest.STORE, "--event", file.toString());
        JsonNode scores =
                JSON.readTree(out.stdout().substring(out.stdout().indexOf('{'))).get("scores");
        assertEquals(BAD.size(), scores.size(), out.stdout());
        for (int i = 0; i < BAD.size(); i++) {
            Set<String> fields = new TreeSet<>();
            for (JsonNode e : scores.get(i).get("errors")) {
                fields.add(e.get("field").asText());
                assertNoValue("batch row " + i + "'s reason", e.get("reason").asText());
            }
            assertEquals(badFields(i), fields, scores.get(i).toString());
        }
        assertNoValue("invoke-batch's log and errors", out.stderr());
    }

    @Test
    void scoresCsvErrorsNameEachBadFieldAndNoValue() throws Exception {
        StringBuilder csv = new StringBuilder(String.join(",", lead(0).keySet())).append('\n');
        for (int i = 0; i < BAD.size(); i++) {
            List<String> cells = new ArrayList<>();
            lead(i).values().forEach(v -> cells.add(v == null ? "" : String.valueOf(v)));
            csv.append(String.join(",", cells)).append('\n');
        }
        Path in = dir.resolve("leads.csv");
        Path scores = dir.resolve("scores.csv");
        Files.writeString(in, csv.toString());

        Output out = run("score", "--store", FunctionMainTest.STORE, "--in", in.toString(), "--out", scores.toString());
        List<CSVRecord> rows = CSVFormat.DEFAULT
                .builder()
                .setHeader()
                .setSkipHeaderRecord(true)
                .get()
                .parse(new StringReader(Files.readString(scores)))
                .getRecords();
        assertEquals(BAD.size(), rows.size());
        for (int i = 0; i < BAD.size(); i++) {
            String errors = rows.get(i).get("errors");
            for (String field : BAD.get(i).keySet()) {
                assertTrue(errors.contains(field + ": "), "row " + i + " names " + field + ": " + errors);
            }
            assertNoValue("scores.csv's errors of row " + i, errors);
        }
        assertTrue(out.stderr().contains("line 2, column created_at: "), out.stderr());
        assertNoValue("score's output", out.all());
    }

    record Output(String stdout, String stderr) {
        String all() {
            return stdout + stderr;
        }
    }

    /** Runs a command of function.jar, keeping what it prints. */
    static Output run(String... args) {
        PrintStream stdout = System.out;
        PrintStream stderr = System.err;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        try {
            System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
            System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
            FunctionMain.run(args);
        } finally {
            System.setOut(stdout);
            System.setErr(stderr);
        }
        return new Output(out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }
}
