package com.leadscoring.events;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Random;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.leadscoring.lead.Lead;
import com.leadscoring.lead.LeadDates;
import com.leadscoring.lead.LeadJsonWriter;
import com.leadscoring.lead.SampleLeads;

/**
 * The sample events of {@code events/}: API Gateway REST proxy events for {@code sam local invoke} and the tests, and
 * Distributed Map item batches for the batch function. Leads are made up ({@link SampleLeads}) and written by the one
 * lead writer ({@link LeadJsonWriter}), so the events follow the schema; {@link SampleEventsTest} fails when the files
 * differ from what this builds, and rewrites them when run with {@code -Devents.write=true}.
 */
final class SampleEvents {

    private static final ObjectMapper JSON = new ObjectMapper();

    private SampleEvents() {}

    /** Every event, by file name without {@code .json}, in a fixed order. */
    static Map<String, JsonNode> all() {
        Map<String, JsonNode> events = new LinkedHashMap<>();
        events.putAll(apiEvents());
        events.putAll(batches());
        return events;
    }

    private static Map<String, JsonNode> apiEvents() {
        Random random = new Random(7);
        Map<String, JsonNode> events = new LinkedHashMap<>();
        events.put("score-one", post("score-one", leads(random, 1, 1, false)));
        ObjectNode batch = JSON.createObjectNode();
        ArrayNode leads = batch.putArray("leads");
        for (int i = 0; i < 20; i++) {
            leads.add(lead(random, i, i % 4 != 0, i % 3 != 0));
        }
        events.put("score-batch", post("score-batch", batch.toString()));
        ObjectNode explain = JSON.createObjectNode();
        ArrayNode explained = explain.putArray("leads");
        for (int i = 0; i < 3; i++) {
            explained.add(lead(random, i, i != 1, true));
        }
        explain.put("explain", true);
        events.put("score-explain", post("score-explain", explain.toString()));
        events.put("model-info", event("model-info", "GET", "/v1/model", null, null));
        events.put("health", event("health", "GET", "/v1/health", null, null));
        ObjectNode invalid = JSON.createObjectNode();
        ArrayNode invalidLeads = invalid.putArray("leads");
        invalidLeads.add(lead(random, 1, true, true));
        ObjectNode badValues = lead(random, 2, true, true);
        badValues.put("signup_date", "2021-02-30"); // not a calendar day
        badValues.put("campaign_var_1", -3); // out of range
        badValues.put("user_activity_var_4", "many"); // text in a number
        invalidLeads.add(badValues);
        ObjectNode badShape = lead(random, 3, true, true);
        badShape.remove("created_at"); // required field missing
        badShape.put("campain_var_1", 2); // unknown field
        invalidLeads.add(badShape);
        events.put("invalid-lead", post("invalid-lead", invalid.toString()));
        events.put("malformed-json", post("malformed-json", "{\"leads\": [ {\"id\": \"a\", "));
        events.put("too-many-leads", post("too-many-leads", leads(random, 0, 1001, false)));
        events.put("unknown-path", event("unknown-path", "GET", "/v1/scores", null, null));
        events.put("wrong-method", event("wrong-method", "GET", "/v1/score", null, null));
        events.put(
                "wrong-content-type",
                event("wrong-content-type", "POST", "/v1/score", "leads=1", "application/x-www-form-urlencoded"));
        return events;
    }

    private static Map<String, JsonNode> batches() {
        Random random = new Random(11);
        Map<String, JsonNode> batches = new LinkedHashMap<>();
        ArrayNode good = JSON.createArrayNode();
        for (int i = 0; i < 25; i++) {
            good.add(item(random, i, i % 4 != 0, i % 3 != 0));
        }
        batches.put("batch-good", batch(good));
        ArrayNode bad = JSON.createArrayNode();
        bad.add(item(random, 0, true, true));
        bad.add(item(random, 1, true, true).put("created_at", "31-02-2021").put("campaign_var_1", "-3"));
        bad.add(item(random, 2, true, true).put("user_activity_var_4", "many").put("products_purchased", "7"));
        bad.add(item(random, 3, false, false)); // good: empty cells are missing
        bad.add(item(random, 4, true, true).put("id", "")); // no id
        bad.add(item(random, 5, true, true).put("signup_date", "2020/01/01")); // unknown date format
        bad.add(item(random, 6, true, true).put("buy", "1").put("campaign_var_2", " 4 ")); // good: extra column
        bad.add(item(random, 7, true, true).put("campaign_var_2", "")); // a required value is empty
        batches.put("batch-bad-rows", batch(bad));
        batches.put("batch-empty", batch(JSON.createArrayNode()));
        return batches;
    }

    /** An API lead; every third has a numeric id, as CRMs send them. */
    private static ObjectNode lead(Random random, int i, boolean signup, boolean products) {
        String id = i % 3 == 0 ? String.valueOf(10000 + i) : String.format("lead-%05d", i);
        Lead lead = SampleLeads.random(id, random, signup, products);
        ObjectNode node = (ObjectNode) read(LeadJsonWriter.apiLead(lead));
        if (i % 3 == 0) {
            node.put("id", 10000 + i);
        }
        return node;
    }

    private static String leads(Random random, int first, int count, boolean explain) {
        ObjectNode body = JSON.createObjectNode();
        ArrayNode leads = body.putArray("leads");
        for (int i = first; i < first + count; i++) {
            leads.add(lead(random, i, true, true));
        }
        if (explain) {
            body.put("explain", true);
        }
        return body.toString();
    }

    /** A batch item as Step Functions reads a CSV row: every value text, both date formats of the data set. */
    private static ObjectNode item(Random random, int i, boolean signup, boolean products) {
        Lead lead = SampleLeads.random(String.valueOf(5000 + i), random, signup, products);
        return (ObjectNode) read(LeadJsonWriter.batchItem(lead, i % 2 == 0 ? LeadDates.ISO : LeadDates.DATA_SET));
    }

    private static ObjectNode batch(ArrayNode items) {
        ObjectNode batch = JSON.createObjectNode();
        batch.set("Items", items);
        batch.putObject("BatchInput")
                .put("bucket", "lead-scoring-data-123456789012")
                .put("key", "rescore/input/crm-export.csv");
        return batch;
    }

    private static ObjectNode post(String name, String body) {
        return event(name, "POST", "/v1/score", body, "application/json");
    }

    private static ObjectNode event(String name, String method, String path, String body, String contentType) {
        ObjectNode event = JSON.createObjectNode();
        event.put("resource", path).put("path", path).put("httpMethod", method);
        ObjectNode headers = event.putObject("headers");
        headers.put("Accept", "application/json")
                .put("Host", "abc123.execute-api.eu-west-1.amazonaws.com")
                .put("x-api-key", "local-test-key");
        if (contentType != null) {
            headers.put("Content-Type", contentType);
        }
        ObjectNode multi = event.putObject("multiValueHeaders");
        headers.fields().forEachRemaining(h -> multi.putArray(h.getKey()).add(h.getValue()));
        event.putNull("queryStringParameters").putNull("pathParameters").putNull("stageVariables");
        ObjectNode context = event.putObject("requestContext");
        context.put("accountId", "123456789012")
                .put("resourcePath", path)
                .put("httpMethod", method)
                .put("stage", "v1")
                .put("requestId", "req-" + name);
        context.putObject("identity").put("sourceIp", "127.0.0.1").put("apiKey", "local-test-key");
        context.put("path", "/v1" + path).put("protocol", "HTTP/1.1");
        if (body == null) {
            event.putNull("body");
        } else {
            event.put("body", body);
        }
        event.put("isBase64Encoded", false);
        return event;
    }

    private static JsonNode read(String json) {
        try {
            return JSON.readTree(json);
        } catch (Exception e) {
            throw new IllegalStateException("the lead writer wrote unreadable JSON: " + json, e);
        }
    }
}
