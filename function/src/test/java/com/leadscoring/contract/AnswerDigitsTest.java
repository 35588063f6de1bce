package com.leadscoring.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyRequestEvent;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.leadscoring.api.Cors;
import com.leadscoring.api.RequestMetrics;
import com.leadscoring.api.ScoreHandler;
import com.leadscoring.batch.BatchScoreHandler;
import com.leadscoring.bootstrap.ModelLoader;
import com.leadscoring.bootstrap.Serving;
import com.leadscoring.local.FunctionMain;
import com.leadscoring.model.FixtureStore;
import com.leadscoring.wire.Decimals;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * No answer holds a number with more decimals than the contract's rule (infra/openapi.yaml, "Numbers"): every event
 * under events/ (API and batch, explained too) and {@code GET /v1/model} for every version of the fixture store, and
 * the {@code score} CSV. Probabilities (and threshold, band starts, validation figures) at most 6 decimals, impacts 4,
 * percentiles 1, never an exponent.
 */
class AnswerDigitsTest {

    static final ObjectMapper JSON = new ObjectMapper();
    static final JsonFactory FACTORY = new JsonFactory();
    static final Map<String, Integer> RULE =
            Map.of("probability", Decimals.PROBABILITY, "impact", Decimals.IMPACT, "percentile", Decimals.PERCENTILE);

    /** Every fractional number of {@code json}, by field name: their largest count of decimals. */
    static Map<String, Integer> decimalsByField(String json) throws IOException {
        Map<String, Integer> most = new TreeMap<>();
        try (JsonParser p = FACTORY.createParser(json)) {
            for (JsonToken t = p.nextToken(); t != null; t = p.nextToken()) {
                if (t == JsonToken.VALUE_NUMBER_FLOAT) {
                    String text = p.getText();
                    assertFalse(text.contains("e") || text.contains("E"), "an exponent: " + text + " in " + json);
                    most.merge(String.valueOf(p.currentName()), text.length() - text.indexOf('.') - 1, Math::max);
                }
            }
        }
        return most;
    }

    static void assertWithinTheRule(String what, String json) throws IOException {
        decimalsByField(json).forEach((field, decimals) -> {
            int allowed = RULE.getOrDefault(field, Decimals.PROBABILITY);
            assertTrue(decimals <= allowed, what + ": " + field + " has " + decimals + " decimals: " + json);
        });
    }

    /** Every version of the fixture store: with and without a score distribution, labels, another encoder. */
    static List<String> versions() throws IOException {
        try (var files = Files.list(FixtureStore.path())) {
            return files.filter(Files::isDirectory)
                    .map(f -> f.getFileName().toString())
                    .sorted()
                    .toList();
        }
    }

    @Test
    void everyAnswerOfEveryVersionKeepsToTheRule() throws Exception {
        int scored = 0;
        for (String version : versions()) {
            Serving model = Serving.of(ModelLoader.load(FixtureStore.path().toString(), version));
            ScoreHandler api = new ScoreHandler(model, RequestMetrics.NONE, Cors.NONE);
            for (Path file : OpenApiContractTest.events()) {
                JsonNode json = JSON.readTree(file.toFile());
                String what = version + " " + file.getFileName();
                if (json.has("httpMethod")) {
                    APIGatewayProxyRequestEvent event = OpenApiContractTest.apiEvent(file);
                    String body = api.handle(event, null).getBody();
                    if (body != null) {
                        assertWithinTheRule(what, body);
                        scored += body.contains("\"probability\"") ? 1 : 0;
                    }
                } else {
                    for (boolean explain : new boolean[] {false, true}) {
                        ((ObjectNode) json).putObject("BatchInput").put("explain", explain);
                        ByteArrayOutputStream out = new ByteArrayOutputStream();
                        new BatchScoreHandler(model)
                                .handleRequest(
                                        new ByteArrayInputStream(json.toString().getBytes(StandardCharsets.UTF_8)),
                                        out,
                                        null);
                        assertWithinTheRule(what + " explain " + explain, out.toString(StandardCharsets.UTF_8));
                    }
                }
            }
            String info = api.handle(OpenApiContractTest.request("GET", "/v1/model", Map.of(), null), null)
                    .getBody();
            assertWithinTheRule(version + " /v1/model", info);
            assertFalse(decimalsByField(info).isEmpty(), "the threshold at least: " + info);
        }
        assertTrue(scored >= 3 * versions().size(), scored + " answers with scores");
    }

    @Test
    void theScoreCsvKeepsToTheRule(@TempDir Path tmp) throws Exception {
        JsonNode batch =
                JSON.readTree(Path.of("..", "events", "batch-good.json").toFile());
        List<String> columns = new ArrayList<>();
        batch.at("/Items/0").fieldNames().forEachRemaining(columns::add);
        StringBuilder csv = new StringBuilder(String.join(",", columns)).append('\n');
        for (JsonNode item : batch.get("Items")) {
            csv.append(String.join(
                            ",",
                            columns.stream().map(c -> item.path(c).asText()).toList()))
                    .append('\n');
        }
        Path in = tmp.resolve("leads.csv");
        Files.writeString(in, csv);
        Path out = tmp.resolve("scores.csv");
        assertEquals(
                0,
                FunctionMain.run(
                        "score",
                        "--store",
                        FixtureStore.path().toString(),
                        "--in",
                        in.toString(),
                        "--out",
                        out.toString(),
                        "--explain"));
        List<CSVRecord> rows = CSVFormat.DEFAULT
                .builder()
                .setHeader()
                .setSkipHeaderRecord(true)
                .get()
                .parse(new StringReader(Files.readString(out)))
                .getRecords();
        assertEquals(batch.get("Items").size(), rows.size());
        int impacts = 0;
        for (CSVRecord r : rows) {
            assertTrue(decimals(r.get("probability")) <= Decimals.PROBABILITY, r.toString());
            assertTrue(decimals(r.get("percentile")) <= Decimals.PERCENTILE, r.toString());
            for (String reasons : List.of(r.get("reasons_up"), r.get("reasons_down"))) {
                for (String reason : reasons.isEmpty() ? new String[0] : reasons.split("; ")) {
                    String impact = reason.substring(reason.lastIndexOf(' ') + 1);
                    assertTrue(impact.matches("[+-][0-9]+\\.[0-9]{1,4}"), reason);
                    impacts++;
                }
            }
        }
        assertTrue(impacts > 0, "explained rows have reasons");
    }

    static int decimals(String number) {
        assertFalse(number.contains("E"), number);
        return number.isEmpty() ? 0 : number.length() - number.indexOf('.') - 1;
    }
}
