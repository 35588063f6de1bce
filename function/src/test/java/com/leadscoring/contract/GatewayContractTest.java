package com.leadscoring.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import com.github.fge.jsonschema.main.JsonSchema;
import com.github.fge.jsonschema.main.JsonSchemaFactory;
import org.junit.jupiter.api.Test;

/**
 * API Gateway's form of the contract (function/target/gateway/openapi.yaml, written by the build from
 * infra/openapi.yaml) is the contract with each {@code nullable} schema rewritten for JSON Schema draft 4, and nothing
 * else; read as draft 4, it takes exactly the request bodies the contract takes, where the contract itself read as
 * draft 4 would refuse every null.
 */
class GatewayContractTest {

    static final ObjectMapper JSON = new ObjectMapper();
    static final Path CONTRACT = Path.of("..", "infra", "openapi.yaml");
    static final Path BUILT = Path.of("target", "gateway", "openapi.yaml");

    static JsonNode contract() throws Exception {
        return GatewayForm.YAML.readTree(CONTRACT.toFile());
    }

    @Test
    void theBuildWroteTheGatewayFormOfTheContractAsItIsNow() throws Exception {
        assertEquals(
                GatewayForm.of(contract()),
                GatewayForm.YAML.readTree(BUILT.toFile()),
                "target/gateway/openapi.yaml is stale: mvn process-test-classes writes it");
    }

    @Test
    void theTwoDifferOnlyWhereDraft4NeedsItAtEveryNullableSchema() throws Exception {
        JsonNode contract = contract();
        List<String> rewritten = new ArrayList<>();
        compare(contract, GatewayForm.YAML.readTree(BUILT.toFile()), "", rewritten);
        List<String> nullable = new ArrayList<>();
        nullableSchemas(contract, "", nullable);
        assertEquals(nullable, rewritten, "every nullable schema, and only those, is rewritten");
        assertTrue(
                rewritten.containsAll(List.of(
                        "/components/schemas/Lead/properties/products_purchased",
                        "/components/schemas/Lead/properties/signup_date",
                        "/components/schemas/Lead/properties/previous_score",
                        "/components/schemas/ModelInfo/properties/dataSha256",
                        "/components/schemas/BatchRowId")),
                rewritten.toString());
        assertFalse(contract.toString().contains("\"enum\":[null]"), "no null-only schema in the contract");
    }

    /** Walks both trees; where they differ, the contract must hold a nullable schema the gateway form rewrote. */
    static void compare(JsonNode contract, JsonNode gateway, String path, List<String> rewritten) {
        if (contract.equals(gateway)) {
            return;
        }
        if (contract.isObject() && contract.path("nullable").asBoolean(false)) {
            // Put back together, the gateway's schema is the contract's: annotations outside, the rest in anyOf[0].
            JsonNode anyOf = gateway.path("anyOf");
            assertEquals(2, anyOf.size(), path);
            assertEquals(GatewayForm.nullOnly(), anyOf.get(1), path);
            ObjectNode back = ((ObjectNode) gateway.deepCopy());
            back.remove("anyOf");
            back.setAll((ObjectNode) anyOf.get(0));
            back.put("nullable", true);
            assertEquals(GatewayForm.of(contract), gateway, path);
            assertEquals(keys(contract), keys(back), path);
            rewritten.add(path);
            return;
        }
        if (contract.isObject() && gateway.isObject() && keys(contract).equals(keys(gateway))) {
            contract.fields()
                    .forEachRemaining(
                            e -> compare(e.getValue(), gateway.get(e.getKey()), path + "/" + e.getKey(), rewritten));
            return;
        }
        if (contract.isArray() && gateway.isArray() && contract.size() == gateway.size()) {
            for (int i = 0; i < contract.size(); i++) {
                compare(contract.get(i), gateway.get(i), path + "/" + i, rewritten);
            }
            return;
        }
        fail("the gateway form differs from the contract at " + path + ": " + contract + " vs " + gateway);
    }

    static List<String> keys(JsonNode n) {
        List<String> k = new ArrayList<>();
        n.fieldNames().forEachRemaining(k::add);
        k.sort(null);
        return k;
    }

    static void nullableSchemas(JsonNode n, String path, List<String> out) {
        if (n.isObject() && n.path("nullable").asBoolean(false)) {
            out.add(path);
        }
        if (n.isObject()) {
            n.fields().forEachRemaining(e -> nullableSchemas(e.getValue(), path + "/" + e.getKey(), out));
        } else if (n.isArray()) {
            for (int i = 0; i < n.size(); i++) {
                nullableSchemas(n.get(i), path + "/" + i, out);
            }
        }
    }

    /** {@code schema} of {@code api} as a draft-4 JSON Schema, its refs made local, as API Gateway models are. */
    static JsonSchema draft4(JsonNode api, String schema) throws Exception {
        ObjectNode doc = JSON.createObjectNode();
        doc.put("$schema", "http://json-schema.org/draft-04/schema#");
        doc.set("definitions", localRefs(api.at("/components/schemas").deepCopy()));
        doc.put("$ref", "#/definitions/" + schema);
        return JsonSchemaFactory.byDefault().getJsonSchema(doc);
    }

    static JsonNode localRefs(JsonNode n) {
        if (n.isObject()) {
            ObjectNode o = (ObjectNode) n;
            for (Iterator<Map.Entry<String, JsonNode>> it = o.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> e = it.next();
                if (e.getKey().equals("$ref")) {
                    e.setValue(
                            TextNode.valueOf(e.getValue().asText().replace("#/components/schemas/", "#/definitions/")));
                } else {
                    localRefs(e.getValue());
                }
            }
        } else if (n.isArray()) {
            n.forEach(GatewayContractTest::localRefs);
        }
        return n;
    }

    @Test
    void readAsDraft4TheGatewayFormTakesWhatTheContractTakes() throws Exception {
        JsonSchema gateway = draft4(GatewayForm.YAML.readTree(BUILT.toFile()), "ScoreRequest");
        JsonSchema contractAsDraft4 = draft4(contract(), "ScoreRequest");
        Map<String, String> bodies = new LinkedHashMap<>();
        bodies.put("all fields", ",\"products_purchased\":2,\"signup_date\":\"2020-01-02\",\"previous_score\":40");
        bodies.put("nullable fields absent", "");
        bodies.put("products_purchased null", ",\"products_purchased\":null");
        bodies.put("signup_date null", ",\"signup_date\":null");
        bodies.put("previous_score null", ",\"previous_score\":null");
        bodies.put("every nullable null", ",\"products_purchased\":null,\"signup_date\":null,\"previous_score\":null");
        bodies.put("products_purchased out of range", ",\"products_purchased\":5");
        bodies.put("products_purchased as text", ",\"products_purchased\":\"2\"");
        bodies.put("signup_date a number", ",\"signup_date\":20200102");
        bodies.put("previous_score over 100", ",\"previous_score\":101");
        bodies.put("previous_score a decimal", ",\"previous_score\":4.5");
        bodies.put("an unknown field", ",\"product_purchased\":2");
        int nulls = 0;
        for (Map.Entry<String, String> b : bodies.entrySet()) {
            String body = OpenApiContractTest.leads(2, b.getValue());
            boolean contractTakes = OpenApiContract.requestValid(OpenApiContractTest.post("/v1/score", body));
            boolean gatewayTakes = gateway.validate(JSON.readTree(body)).isSuccess();
            assertEquals(contractTakes, gatewayTakes, b.getKey() + ": " + body);
            if (b.getValue().contains("null")) {
                assertTrue(contractTakes, b.getKey());
                assertFalse(
                        contractAsDraft4.validate(JSON.readTree(body)).isSuccess(),
                        b.getKey() + ": draft 4 without the rewrite refuses null");
                nulls++;
            }
        }
        assertEquals(4, nulls);
    }
}
